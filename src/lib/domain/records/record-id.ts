// Record ids: `<type>:<time><random>`, sortable by creation time so that `_all_docs` and the
// changes feed list a type's records oldest first without an index.

import type { RecordType } from './record-types.ts';

/** Milliseconds in base 36, padded: 9 digits last until the year 5188. */
const TIME_DIGITS = 9;
/** 10 base-36 digits ≈ 51 bits: two devices writing in the same millisecond will not collide. */
const RANDOM_DIGITS = 10;
const MAX_TIME = 36 ** TIME_DIGITS - 1;

/** The part after `<type>:`; kept as a pattern source so the server's validate function can use it. */
export const RECORD_ID_SUFFIX_PATTERN = `[0-9a-z]{${TIME_DIGITS + RANDOM_DIGITS}}`;

/** A uniform number in [0, 1) from the platform's CSPRNG (browsers and Node 24 both have it). */
function secureRandom(): number {
	const word = new Uint32Array(1);
	globalThis.crypto.getRandomValues(word);
	return (word[0] ?? 0) / 2 ** 32;
}

/**
 * A new `_id` for a record of `type` created at `now`. `random` returns numbers in [0, 1); pass a
 * seeded one for reproducible ids (tests, the demo city).
 */
export function newRecordId(
	type: RecordType,
	now: Date | number = Date.now(),
	random: () => number = secureRandom
): string {
	const ms = Math.floor(typeof now === 'number' ? now : now.getTime());
	if (!Number.isFinite(ms) || ms < 0 || ms > MAX_TIME) {
		throw new RangeError(`newRecordId: time out of range: ${String(now)}`);
	}
	let suffix = '';
	for (let i = 0; i < RANDOM_DIGITS; i++) {
		const digit = Math.min(35, Math.max(0, Math.floor(random() * 36)));
		suffix += digit.toString(36);
	}
	return `${type}:${ms.toString(36).padStart(TIME_DIGITS, '0')}${suffix}`;
}

/** Anchored pattern for ids of one type (or of any type when omitted). */
export function recordIdPattern(type?: RecordType): RegExp {
	const prefix = type ?? '[a-z]+';
	return new RegExp(`^${prefix}:${RECORD_ID_SUFFIX_PATTERN}$`);
}

/** When the record was created, read back from its id; undefined for anything not an id. */
export function recordIdTime(id: string): Date | undefined {
	const match = /^[a-z]+:([0-9a-z]{9})[0-9a-z]{10}$/.exec(id);
	return match?.[1] === undefined ? undefined : new Date(parseInt(match[1], 36));
}
