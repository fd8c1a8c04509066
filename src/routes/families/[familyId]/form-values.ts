// What the pregnancy and child forms share: numbers typed as text (a Japanese keyboard may give
// full-width digits), the bounds a record schema puts on a number, and the validation messages
// for both, so every form says the same thing about a number out of range or a date to come.
import type { z } from 'zod';
import { fieldMessages, type FieldIssue, type FieldMessage } from '$lib/ui/validation-message';

/** A number typed into a field: absent when empty, `'invalid'` when it is not a plain number. */
export type TypedNumber = number | undefined | 'invalid';

export function parseNumber(text: string): TypedNumber {
	const ascii = text
		.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
		.replace(/[．。]/g, '.')
		.replace(/[,，\s]/g, '');
	if (ascii === '') return undefined;
	return /^\d+(?:\.\d+)?$/.test(ascii) ? Number(ascii) : 'invalid';
}

export interface NumberBounds {
	min: number;
	max: number;
	integer: boolean;
}

interface NumberSchemaLike {
	minValue?: number | null;
	maxValue?: number | null;
	isInt?: boolean;
	unwrap?: () => unknown;
}

/** The bounds a schema field sets (`integerIn`/`numberIn`, optional or not): read, not repeated. */
export function numberBounds(field: z.ZodType): NumberBounds {
	let schema = field as unknown as NumberSchemaLike;
	while (typeof schema.unwrap === 'function' && schema.minValue === undefined) schema = schema.unwrap() as NumberSchemaLike;
	const { minValue, maxValue, isInt } = schema;
	if (typeof minValue !== 'number' || typeof maxValue !== 'number') throw new TypeError('numberBounds: not a bounded number field');
	return { min: minValue, max: maxValue, integer: isInt === true };
}

/** The message for a number out of its bounds; the form adds the unit it shows beside the field. */
export function rangeMessage(bounds: NumberBounds): FieldMessage {
	return { key: bounds.integer ? 'familyPage.range.integer' : 'familyPage.range.decimal', params: { min: bounds.min, max: bounds.max } };
}

/**
 * Turns what the schema and the typed text say into one message per field: text that is no
 * number, a number out of bounds, a required field left empty, a date that has not come yet.
 */
export function formMessages(options: {
	issues: readonly FieldIssue[];
	numbers: Record<string, { typed: TypedNumber; bounds: NumberBounds }>;
	required: readonly string[];
	values: Record<string, unknown>;
	/** date fields that must not be later than `today` */
	pastDates: readonly string[];
	today: string;
}): Record<string, FieldMessage> {
	const { issues, numbers, required, values, pastDates, today } = options;
	const messages = fieldMessages(issues);
	for (const field of required) {
		if (values[field] === undefined || values[field] === '') messages[field] = { key: 'validation.required' };
	}
	for (const [field, { typed, bounds }] of Object.entries(numbers)) {
		if (typed === 'invalid') messages[field] = { key: 'familyPage.validation.number' };
		else if (typed !== undefined && messages[field]) messages[field] = rangeMessage(bounds);
	}
	for (const field of pastDates) {
		const value = values[field];
		if (typeof value === 'string' && !messages[field] && value > today) messages[field] = { key: 'validation.futureDate' };
	}
	return messages;
}

/** An object without its `undefined` entries: an emptied optional field leaves the record. */
export function withoutUndefined(entries: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}
