// Calendar arithmetic on date strings, and today's date in Nagaoka.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, ageInDays, dateOfTimestamp, daysBetween, todayIn } from './calendar.ts';

const isoDates = fc
	.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));

describe('addDays', () => {
	it('crosses month, year and leap-day boundaries', () => {
		expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(addDays('2026-11-20', 0)).toBe('2026-11-20');
	});

	it('refuses what is not a calendar date', () => {
		expect(() => addDays('2026-1-5', 1)).toThrow(RangeError);
		expect(() => addDays('2026-11-20T00:00:00Z', 1)).toThrow(RangeError);
		expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
		expect(() => daysBetween('2026-11-20', '2027-13-01')).toThrow(RangeError);
	});

	it('is undone by daysBetween', () => {
		fc.assert(
			fc.property(isoDates, fc.integer({ min: -2000, max: 2000 }), (date, n) => {
				expect(daysBetween(date, addDays(date, n))).toBe(n);
			})
		);
	});
});

describe('daysBetween and ageInDays', () => {
	it('count whole days, later minus earlier', () => {
		expect(daysBetween('2026-11-01', '2026-11-20')).toBe(19);
		expect(daysBetween('2026-11-20', '2026-11-01')).toBe(-19);
		expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
		expect(ageInDays('2026-11-20', '2026-11-20')).toBe(0);
		expect(ageInDays('2025-11-20', '2026-11-20')).toBe(365);
	});
});

describe('todayIn', () => {
	it('gives the Japanese date, which is a day ahead of UTC in the morning', () => {
		expect(todayIn('Asia/Tokyo', new Date('2026-11-19T15:00:00Z'))).toBe('2026-11-20');
		expect(todayIn('Asia/Tokyo', new Date('2026-11-19T14:59:59Z'))).toBe('2026-11-19');
		expect(todayIn('UTC', new Date('2026-11-19T15:00:00Z'))).toBe('2026-11-19');
	});

	it('defaults to Tokyo', () => {
		const now = new Date('2026-12-31T20:00:00Z');
		expect(todayIn(undefined, now)).toBe('2027-01-01');
	});
});

describe('dateOfTimestamp', () => {
	it('gives the Japanese calendar day of a record timestamp', () => {
		expect(dateOfTimestamp('2026-11-19T23:30:00.000Z')).toBe('2026-11-20');
		expect(dateOfTimestamp('2026-11-20T01:30:00.000Z')).toBe('2026-11-20');
		expect(dateOfTimestamp('2026-11-19T23:30:00.000Z', 'UTC')).toBe('2026-11-19');
	});
});
