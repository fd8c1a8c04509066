// Search folding for the register: one canonical form for Japanese text, so that カナ and かな,
// full- and half-width, and spaced or hyphenated input all find the same family.

import type { FamilyRecord } from '../records/index.ts';

// Katakana ァ (U+30A1) … ヶ (U+30F6) and the iteration marks ヽヾ sit exactly 0x60 above their
// hiragana; ヷ–ヺ have no hiragana and stay. ー (U+30FC) is part of a name's reading and stays.
const KATAKANA = /[\u30a1-\u30f6\u30fd\u30fe]/g;
const KANA_OFFSET = 0x60;
// White space (JS \s includes the ideographic space U+3000) and hyphen-like marks typed in
// phone numbers, postal codes and addresses (丁目 1-2-3): hyphen-minus, hyphen, non-breaking
// hyphen, en and em dash, horizontal bar, minus sign, full-width hyphen-minus.
const IGNORED = /[\s\-\u2010\u2011\u2013\u2014\u2015\u2212\uff0d]+/g;

function toHiragana(text: string): string {
	return text.replace(KATAKANA, (ch) => String.fromCharCode(ch.charCodeAt(0) - KANA_OFFSET));
}

/**
 * The form both the index and the query are reduced to: NFKC (half-width katakana → full-width,
 * full-width ASCII → ASCII), katakana → hiragana, lower case, without spaces and hyphens.
 */
export function foldForSearch(text: string): string {
	// Lower-casing can leave a few characters NFKC would still change (e.g. the Kelvin sign's
	// relatives), so normalise after it as well: folding must be idempotent.
	return toHiragana(text.normalize('NFKC').toLowerCase().normalize('NFKC')).replace(IGNORED, '');
}

export interface FamilySearchKeys {
	/** folded names, readings, address, district and postal code, one field per line */
	text: string;
	/** the phone number's digits only, in domestic form (+81 → 0) */
	digits: string;
}

/** Phone digits as typed in Japan: full-width digits count, an international +81 becomes 0. */
export function phoneDigits(phone: string): string {
	const normalised = phone.normalize('NFKC').trim();
	const digits = normalised.replace(/\D/g, '');
	return normalised.startsWith('+81') ? `0${digits.slice(2)}` : digits;
}

/** What the register indexes for one family; computed once per family, not per keystroke. */
export function familySearchKeys(family: FamilyRecord): FamilySearchKeys {
	const fields = [
		// The full name also matches either part alone, since matching is by substring.
		family.familyName + family.givenName,
		// Readings both ways: registers are read aloud family name first, people give theirs either way.
		family.familyNameKana + family.givenNameKana,
		family.givenNameKana + family.familyNameKana,
		family.address ?? '',
		family.district,
		family.postalCode ?? ''
	];
	// Folded one by one and kept on separate lines, so no term matches across two fields (the
	// newline never survives folding of a query).
	return {
		text: fields.map(foldForSearch).join('\n'),
		digits: family.phone === undefined ? '' : phoneDigits(family.phone)
	};
}

/** A query split into folded terms (white space separates terms); empty terms dropped. */
export function searchTerms(query: string): string[] {
	return query
		.normalize('NFKC')
		.split(/\s+/)
		.map(foldForSearch)
		.filter((term) => term.length > 0);
}

const PHONE_TERM = /^\d{3,}$/;

/**
 * Whether a family matches every term of the query: the term is in its folded text, or, for a
 * term of three or more digits, in its phone number. An empty query matches every family.
 */
export function queryMatches(keys: FamilySearchKeys, query: string | readonly string[]): boolean {
	const terms = typeof query === 'string' ? searchTerms(query) : query;
	return terms.every(
		(term) => keys.text.includes(term) || (PHONE_TERM.test(term) && keys.digits.includes(term))
	);
}
