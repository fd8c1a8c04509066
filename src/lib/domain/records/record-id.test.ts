// Record ids: time order, round trip of the time, uniqueness, and the edges of the random source.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newRecordId, recordIdPattern, recordIdTime } from './record-id.ts';
import { RECORD_TYPES } from './record-types.ts';

const instant = fc.integer({ min: 0, max: Date.UTC(2200, 0, 1) });
const random = fc.infiniteStream(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }));
const source = (stream: Iterable<number>) => {
	const it = stream[Symbol.iterator]();
	return () => it.next().value as number;
};

describe('newRecordId', () => {
	it('sorts by creation time, whatever the random part', () => {
		fc.assert(
			fc.property(fc.constantFrom(...RECORD_TYPES), instant, instant, random, random, (type, a, b, ra, rb) => {
				fc.pre(a !== b);
				const [early, late] = a < b ? [a, b] : [b, a];
				expect(newRecordId(type, early, source(ra)) < newRecordId(type, late, source(rb))).toBe(true);
			})
		);
	});

	it('matches its type’s pattern and gives its time back', () => {
		fc.assert(
			fc.property(fc.constantFrom(...RECORD_TYPES), instant, random, (type, ms, stream) => {
				const id = newRecordId(type, new Date(ms), source(stream));
				expect(id).toMatch(recordIdPattern(type));
				expect(recordIdTime(id)?.getTime()).toBe(ms);
			})
		);
	});

	it('is unique within one millisecond with the default random source', () => {
		const ids = new Set(Array.from({ length: 10_000 }, () => newRecordId('visit', 1_763_600_000_000)));
		expect(ids.size).toBe(10_000);
	});

	it('copes with a random source that returns 1 or less than 0', () => {
		expect(newRecordId('family', 0, () => 1)).toBe('family:000000000zzzzzzzzzz');
		expect(newRecordId('family', 0, () => -0.5)).toBe('family:0000000000000000000');
	});

	it('refuses times it cannot encode', () => {
		expect(() => newRecordId('family', -1)).toThrow(RangeError);
		expect(() => newRecordId('family', Number.NaN)).toThrow(RangeError);
		expect(() => newRecordId('family', new Date('invalid'))).toThrow(RangeError);
	});
});

describe('recordIdTime', () => {
	it('is undefined for anything that is not an id', () => {
		expect(recordIdTime('family:hanako')).toBeUndefined();
		expect(recordIdTime('_design/yorisoi')).toBeUndefined();
	});
});
