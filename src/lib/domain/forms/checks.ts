// Field-level checks as the worker types, before the record schema has its say: numbers that are
// numbers and in range, dates not in the future, questionnaires answered in full.
import type { FieldDefinition, FieldValue } from './types.ts';

export type FormIssueCode =
	| 'required'
	| 'number'
	| 'integer'
	| 'range'
	| 'futureDate'
	| 'date'
	| 'time'
	| 'tooLong'
	| 'choice'
	| 'incomplete'
	/** a judgement recorded without any indicator as its reason */
	| 'noReasons'
	/** the record schema refused it; `schemaMessage` says how */
	| 'schema';

export interface FormIssue {
	/** the field's path, or `epds` / `bonding` / `checklist` for a whole questionnaire */
	path: string;
	code: FormIssueCode;
	params?: Record<string, string | number>;
	/** for `schema`: the zod issue, which the UI turns into words */
	schemaIssue?: { code: string; message: string; path: PropertyKey[]; minimum?: number | bigint; maximum?: number | bigint; origin?: string };
}

/** Full-width digits and signs as typed on a Japanese keyboard read as ASCII. */
export function normaliseNumberText(text: string): string {
	return text.normalize('NFKC').replace(/[,，]/g, '').replace(/[−ー]/g, '-').trim();
}

export function parseNumber(text: string): number | undefined {
	const normal = normaliseNumberText(text);
	return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isBlank(value: FieldValue | undefined): boolean {
	if (value === undefined || value === false) return true;
	if (value === true) return false;
	return Array.isArray(value) ? value.length === 0 : value.trim() === '';
}

/** The first problem with one shown field's value, if any (questionnaires are checked by their builder). */
export function checkField(field: FieldDefinition, value: FieldValue | undefined, today: string): FormIssue | undefined {
	const path = field.path;
	if (isBlank(value)) return field.required ? { path, code: 'required' } : undefined;
	const text = typeof value === 'string' ? value : '';
	switch (field.type) {
		case 'text':
		case 'note':
			return text.length > field.maxLength ? { path, code: 'tooLong', params: { max: field.maxLength } } : undefined;
		case 'number': {
			const number = parseNumber(text);
			if (number === undefined) return { path, code: 'number' };
			if (field.integer && !Number.isInteger(number)) return { path, code: 'integer' };
			if (number < field.min || number > field.max) return { path, code: 'range', params: { min: field.min, max: field.max, unit: field.unit ?? '' } };
			return undefined;
		}
		case 'date':
			if (!DATE.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`))) return { path, code: 'date' };
			return field.notFuture && text > today ? { path, code: 'futureDate' } : undefined;
		case 'time':
			return TIME.test(text) ? undefined : { path, code: 'time' };
		case 'choice':
			return field.options.some((option) => option.value === text) ? undefined : { path, code: 'choice' };
		case 'multi':
			return Array.isArray(value) && value.every((item) => field.options.some((option) => option.value === item)) ? undefined : { path, code: 'choice' };
		default:
			return undefined;
	}
}
