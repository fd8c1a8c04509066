// What a form definition is: sections of typed fields addressed by their path in the record.
// The form engine (forms/*.ts and ui/form/) renders and maps any definition, so a new kind of
// visit needs a definition file, not new screens.
import type { VisitKind } from '../records/visit.ts';
import type { Bilingual } from '../screening/bilingual.ts';

/** Text shown to workers, in both UI languages, kept beside the field it labels. */
export type { Bilingual };

/** What a form holds while being filled: strings as typed, lists for multi-choice, booleans for ticks. */
export type FieldValue = string | string[] | boolean;
export type FormValues = Record<string, FieldValue>;

/** Skip logic: the field or section shows only when the value at `path` satisfies this. */
export interface Condition {
	path: string;
	/** equals one of these (a string value, or 'true'/'false' for a tick) */
	in?: readonly string[];
	/** any non-empty value */
	filled?: boolean;
	/** a multi-choice that includes this option */
	includes?: string;
}

export interface Option {
	value: string;
	label: Bilingual;
}

interface FieldBase {
	/** dotted path in the visit record (`baby.exam.weightG`), or `epds`/`bonding`/`checklist` */
	path: string;
	label: Bilingual;
	hint?: Bilingual;
	/** required by this form even where the record schema allows leaving it out */
	required?: boolean;
	when?: Condition;
}

export type FieldDefinition =
	| (FieldBase & { type: 'text'; maxLength: number })
	| (FieldBase & { type: 'note'; maxLength: number })
	| (FieldBase & { type: 'number'; unit?: string; min: number; max: number; integer?: boolean })
	| (FieldBase & { type: 'date'; notFuture?: boolean })
	| (FieldBase & { type: 'time' })
	/** `numeric`: the option values are numbers in the record (the stool colour card's 1–7) */
	| (FieldBase & { type: 'choice'; options: readonly Option[]; style?: 'radio' | 'select'; numeric?: boolean })
	| (FieldBase & { type: 'multi'; options: readonly Option[] })
	| (FieldBase & { type: 'tick' })
	/** the family's child or pregnancy the visit is about; options come from the family's file */
	| (FieldBase & { type: 'record-ref'; refType: 'child' | 'pregnancy' })
	/** one of the scored questionnaires; makes its own screening record */
	| (FieldBase & { type: 'questionnaire'; instrument: 'epds' | 'bonding' })
	/** the 育児支援チェックリスト: yes/no per item with a note; makes its own screening record */
	| (FieldBase & { type: 'checklist' })
	/** shown live from other fields, never stored */
	| (FieldBase & { type: 'computed'; compute: ComputedKind });

export type FieldType = FieldDefinition['type'];
export type ComputedKind = 'epds-score' | 'bonding-score' | 'checklist-risks' | 'weight-gain';

export interface SectionDefinition {
	id: string;
	title: Bilingual;
	description?: Bilingual;
	fields: readonly FieldDefinition[];
	when?: Condition;
}

export interface VisitFormDefinition {
	kind: VisitKind;
	title: Bilingual;
	/** who may fill it: the clinical staff, or a promoter (companion visits hold nothing clinical) */
	audience: 'clinical' | 'promoter';
	/** the EPDS cutoff context of screenings made on this form */
	screeningContext: 'postpartum' | 'antenatal';
	sections: readonly SectionDefinition[];
}
