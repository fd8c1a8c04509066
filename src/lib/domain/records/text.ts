// Field primitives shared by every record schema: text, kana, dates, numbers. Each is a pure check
// (no transforms), so a schema means the same thing in zod and in the server's validate function,
// which reads the JSON Schema generated from these.

import { z } from 'zod';

// Characters no record text may contain: C0/C1 controls, DEL and the Unicode line separators.
const FORBIDDEN = '\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029';
// Notes may hold line breaks and tabs, nothing else from that set.
const FORBIDDEN_IN_NOTES = '\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u2028\\u2029';

/** `^(edge(inner*edge)?)?$`: every string of `inner` characters that neither starts nor ends with white space. */
function trimmedPattern(inner: string): RegExp {
	const edge = `[^\\s${FORBIDDEN}]`;
	return new RegExp(`^(?:${edge}(?:${inner}*${edge})?)?$`);
}

export const LINE_PATTERN = trimmedPattern(`[^${FORBIDDEN}]`);
export const NOTE_PATTERN = trimmedPattern(`[^${FORBIDDEN_IN_NOTES}]`);
// Hiragana, katakana, the prolonged-sound mark, iteration marks, the middle dot and spaces.
const KANA = '\\u3041-\\u3096\\u309b-\\u309f\\u30a1-\\u30fa\\u30fb-\\u30ff';
export const KANA_PATTERN = new RegExp(`^(?:[${KANA}](?:[${KANA}\\u3000 ]*[${KANA}])?)?$`);

export const TEXT_MESSAGES = {
	line: 'must be one line, without control characters or spaces at either end',
	note: 'must not contain control characters or start or end with spaces',
	kana: 'must be written in kana (ひらがな or カタカナ)',
	date: 'must be a calendar date written YYYY-MM-DD',
	timestamp: 'must be a UTC time written YYYY-MM-DDThh:mm:ss.sssZ',
	time: 'must be a time of day written hh:mm',
	phone: 'must be a phone number of digits and hyphens, e.g. 0258-12-3456',
	postalCode: 'must be a postal code written 940-0062'
} as const;

interface Length {
	max: number;
	/** 1 for fields that must not be empty; default 0 */
	min?: number;
}

function boundedString({ min = 0, max }: Length) {
	const base = z.string().max(max);
	return min > 0 ? base.min(min) : base;
}

/** Single-line text: names, places, short answers. */
export function lineText(length: Length) {
	return boundedString(length)
		.regex(LINE_PATTERN, { error: TEXT_MESSAGES.line })
		.meta({ errorMessage: TEXT_MESSAGES.line });
}

/** Multi-line free text: notes, advice, comments. Markup is plain text here; the UI escapes it. */
export function noteText(length: Length) {
	return boundedString(length)
		.regex(NOTE_PATTERN, { error: TEXT_MESSAGES.note })
		.meta({ errorMessage: TEXT_MESSAGES.note });
}

/** Name readings (フリガナ). */
export function kanaText(length: Length) {
	return boundedString(length)
		.regex(KANA_PATTERN, { error: TEXT_MESSAGES.kana })
		.meta({ errorMessage: TEXT_MESSAGES.kana });
}

/** A calendar date, `YYYY-MM-DD` (zod's own pattern knows leap years). */
export const isoDate = z.iso.date({ error: TEXT_MESSAGES.date }).meta({ errorMessage: TEXT_MESSAGES.date });

/** An instant, as `Date.prototype.toISOString()` writes it. */
export const isoTimestamp = z.iso
	.datetime({ error: TEXT_MESSAGES.timestamp })
	.meta({ errorMessage: TEXT_MESSAGES.timestamp });

export const timeOfDay = z
	.string()
	.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: TEXT_MESSAGES.time })
	.meta({ errorMessage: TEXT_MESSAGES.time });

// Digits and hyphens (0258-12-3456, 090-1234-5678), optionally +81; extension-free.
export const phoneNumber = z
	.string()
	.max(20)
	.regex(/^\+?[0-9](?:[0-9-]{3,17})[0-9]$/, { error: TEXT_MESSAGES.phone })
	.meta({ errorMessage: TEXT_MESSAGES.phone });

export const postalCode = z
	.string()
	.regex(/^[0-9]{3}-[0-9]{4}$/, { error: TEXT_MESSAGES.postalCode })
	.meta({ errorMessage: TEXT_MESSAGES.postalCode });

export function integerIn(min: number, max: number) {
	return z.int().min(min).max(max);
}

export function numberIn(min: number, max: number) {
	return z.number().min(min).max(max);
}

/**
 * What a form should do with typed text before it is stored: unify line breaks, drop control
 * characters the schemas refuse, and trim. Single-line fields also fold line breaks into spaces.
 */
export function tidyText(value: string, { multiline = false }: { multiline?: boolean } = {}): string {
	let text = value.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, '\n');
	text = multiline ? text : text.replace(/[\n\t]+/g, ' ');
	// eslint-disable-next-line no-control-regex -- removing control characters is the point
	text = text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '');
	return text.trim();
}
