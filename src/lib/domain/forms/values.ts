// Form values and the record they map to: reading a record into values (to amend it), which
// fields skip logic shows, and nested paths in plain objects.
import type { Condition, FieldDefinition, FieldValue, FormValues, SectionDefinition, VisitFormDefinition } from './types.ts';

type Json = Record<string, unknown>;

export function getPath(record: Json, path: string): unknown {
	let node: unknown = record;
	for (const key of path.split('.')) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Json)[key];
	}
	return node;
}

/** Sets `value` at `path`, creating objects on the way; `undefined` removes the key. */
export function setPath(record: Json, path: string, value: unknown): void {
	const keys = path.split('.');
	const last = keys.pop()!;
	let node = record;
	for (const key of keys) {
		const next = node[key];
		if (value === undefined && (next === null || typeof next !== 'object')) return;
		if (next === null || typeof next !== 'object' || Array.isArray(next)) node[key] = {};
		node = node[key] as Json;
	}
	if (value === undefined) delete node[last];
	else node[last] = value;
}

/** Removes objects left empty after fields were taken out, so the record holds no empty blocks. */
export function pruneEmpty(record: Json): Json {
	for (const [key, value] of Object.entries(record)) {
		if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
			pruneEmpty(value as Json);
			if (Object.keys(value).length === 0) delete record[key];
		}
	}
	return record;
}

function asText(value: FieldValue | undefined): string {
	if (value === undefined) return '';
	if (typeof value === 'boolean') return String(value);
	return Array.isArray(value) ? value.join(',') : value;
}

export function conditionHolds(condition: Condition | undefined, values: FormValues): boolean {
	if (condition === undefined) return true;
	const value = values[condition.path];
	if (condition.includes !== undefined) return Array.isArray(value) && value.includes(condition.includes);
	if (condition.filled) return asText(value).trim() !== '' && value !== false;
	if (condition.in !== undefined) return condition.in.includes(asText(value));
	return true;
}

/** The sections skip logic shows, each with only its shown fields. */
export function visibleSections(definition: VisitFormDefinition, values: FormValues): SectionDefinition[] {
	return definition.sections
		.filter((section) => conditionHolds(section.when, values))
		.map((section) => ({ ...section, fields: section.fields.filter((field) => conditionHolds(field.when, values)) }));
}

export function allFields(definition: VisitFormDefinition): FieldDefinition[] {
	return definition.sections.flatMap((section) => section.fields);
}

/** Value keys of one field: a questionnaire holds one per item, the checklist an answer and a note per item. */
export function questionnaireKey(instrument: 'epds' | 'bonding', item: number): string {
	return `${instrument}.${item}`;
}

export function checklistKey(item: string, part: 'answer' | 'note'): string {
	return `checklist.${item}.${part}`;
}

export function emptyValue(field: FieldDefinition): FieldValue {
	if (field.type === 'multi') return [];
	if (field.type === 'tick') return false;
	return '';
}

/** A blank form: every storable field empty (questionnaires and the checklist fill their keys as answered). */
export function emptyValues(definition: VisitFormDefinition, preset: FormValues = {}): FormValues {
	const values: FormValues = {};
	for (const field of allFields(definition)) {
		if (field.type === 'computed' || field.type === 'questionnaire' || field.type === 'checklist') continue;
		values[field.path] = emptyValue(field);
	}
	return { ...values, ...preset };
}

/** The values that show `record` in the form, for amending it. */
export function valuesFromRecord(definition: VisitFormDefinition, record: Json): FormValues {
	const values = emptyValues(definition);
	for (const field of allFields(definition)) {
		if (field.type === 'computed' || field.type === 'questionnaire' || field.type === 'checklist') continue;
		const stored = getPath(record, field.path);
		if (stored === undefined || stored === null) continue;
		if (field.type === 'multi') values[field.path] = Array.isArray(stored) ? stored.map(String) : [];
		else if (field.type === 'tick') values[field.path] = stored === true;
		else values[field.path] = String(stored);
	}
	return values;
}
