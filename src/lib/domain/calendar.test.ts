// Calendar arithmetic on date strings, and today's date in Nagaoka.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageInDays, dateOfTimestamp, daysBetween, todayIn } from './calendar.ts';

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

describe('addMonths', () => {
	it('keeps the day when the month has it', () => {
		expect(addMonths('2026-01-31', 4)).toBe('2026-05-31');
		expect(addMonths('2026-01-15', 4)).toBe('2026-05-15');
		expect(addMonths('2026-03-01', 2)).toBe('2026-05-01');
	});

	it('falls back to the last day of a shorter month', () => {
		expect(addMonths('2025-10-31', 4)).toBe('2026-02-28');
		expect(addMonths('2027-10-31', 4)).toBe('2028-02-29');
		expect(addMonths('2026-01-31', 2)).toBe('2026-03-31');
		expect(addMonths('2025-12-31', 2)).toBe('2026-02-28');
		expect(addMonths('2026-05-31', 4)).toBe('2026-09-30');
	});

	it('crosses years both ways', () => {
		expect(addMonths('2026-11-30', 4)).toBe('2027-03-30');
		expect(addMonths('2026-02-15', -3)).toBe('2025-11-15');
		expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
	});

	it('refuses what is not a calendar date', () => {
		expect(() => addMonths('2026-02-30', 4)).toThrow(RangeError);
		expect(() => addMonths('2026-13-01', 4)).toThrow(RangeError);
		expect(() => addMonths('2026-1-5', 4)).toThrow(RangeError);
		expect(() => addMonths('2026-01-05', 1.5)).toThrow(RangeError);
	});

	it('lands in the right month, never before the same day number unless the month is shorter', () => {
		const dates = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
		fc.assert(
			fc.property(dates, fc.integer({ min: 0, max: 24 }), (date, months) => {
				const to = addMonths(date, months);
				const monthIndex = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
				expect(monthIndex(to) - monthIndex(date)).toBe(months);
				// the next day is in the following month whenever the day had to be clamped
				if (to.slice(8) !== date.slice(8)) expect(addDays(to, 1).slice(8)).toBe('01');
			})
		);
	});
});
