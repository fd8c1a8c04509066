// A submitted visit as read-only rows: each shown field's label and its value in words, section by
// section, for the visit page and the paper report.
import type { FormValues, VisitFormDefinition, Bilingual } from '$lib/domain/forms/types';
import { valuesFromRecord, visibleSections } from '$lib/domain/forms/values';
import type { Locale } from '$lib/i18n/translate';

export interface SummaryRow {
	path: string;
	label: string;
	value: string;
}

export interface SummarySection {
	id: string;
	title: string;
	rows: SummaryRow[];
}

const YES: Bilingual = { ja: 'あり', en: 'Yes' };

function shown(value: FormValues[string] | undefined): boolean {
	if (value === undefined || value === false || value === '') return false;
	return !Array.isArray(value) || value.length > 0;
}

/** Sections with the fields that hold a value; questionnaires and live figures are shown apart. */
export function visitSummary(definition: VisitFormDefinition, record: Record<string, unknown>, locale: Locale, refLabels: Record<string, string> = {}): SummarySection[] {
	const values = valuesFromRecord(definition, record);
	return visibleSections(definition, values)
		.map((section) => ({
			id: section.id,
			title: section.title[locale],
			rows: section.fields.flatMap((field): SummaryRow[] => {
				const value = values[field.path];
				if (!shown(value) || field.type === 'computed' || field.type === 'questionnaire' || field.type === 'checklist') return [];
				const label = field.label[locale];
				const text = (() => {
					switch (field.type) {
						case 'choice':
							return field.options.find((option) => option.value === value)?.label[locale] ?? String(value);
						case 'multi':
							return (value as string[]).map((item) => field.options.find((option) => option.value === item)?.label[locale] ?? item).join('、');
						case 'tick':
							return YES[locale];
						case 'number':
							return `${String(value)}${field.unit ? ` ${field.unit}` : ''}`;
						case 'record-ref':
							return refLabels[String(value)] ?? String(value);
						default:
							return String(value);
					}
				})();
				return [{ path: field.path, label, value: text }];
			})
		}))
		.filter((section) => section.rows.length > 0);
}
