// The universal visit's target age by calendar months, and coverage: visited, late, missed, pending.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.ts';
import { addCalendarMonths, countCoverage, coverageOutcome, coverageRate, emptyCoverage, universalVisitTarget } from './coverage.ts';

describe('addCalendarMonths', () => {
	it('keeps the day when the month has it', () => {
		expect(addCalendarMonths('2026-01-31', 4)).toBe('2026-05-31');
		expect(addCalendarMonths('2026-01-15', 4)).toBe('2026-05-15');
		expect(addCalendarMonths('2026-03-01', 2)).toBe('2026-05-01');
	});

	it('falls back to the last day of a shorter month', () => {
		expect(addCalendarMonths('2025-10-31', 4)).toBe('2026-02-28');
		expect(addCalendarMonths('2027-10-31', 4)).toBe('2028-02-29');
		expect(addCalendarMonths('2026-01-31', 2)).toBe('2026-03-31');
		expect(addCalendarMonths('2025-12-31', 2)).toBe('2026-02-28');
		expect(addCalendarMonths('2026-05-31', 4)).toBe('2026-09-30');
	});

	it('crosses years both ways', () => {
		expect(addCalendarMonths('2026-11-30', 4)).toBe('2027-03-30');
		expect(addCalendarMonths('2026-02-15', -3)).toBe('2025-11-15');
		expect(addCalendarMonths('2028-02-29', 12)).toBe('2029-02-28');
	});

	it('refuses what is not a calendar date', () => {
		expect(() => addCalendarMonths('2026-02-30', 4)).toThrow(RangeError);
		expect(() => addCalendarMonths('2026-13-01', 4)).toThrow(RangeError);
		expect(() => addCalendarMonths('2026-1-5', 4)).toThrow(RangeError);
		expect(() => addCalendarMonths('2026-01-05', 1.5)).toThrow(RangeError);
	});

	it('lands in the right month, never before the same day number unless the month is shorter', () => {
		const dates = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
		fc.assert(
			fc.property(dates, fc.integer({ min: 0, max: 24 }), (date, months) => {
				const to = addCalendarMonths(date, months);
				const monthIndex = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
				expect(monthIndex(to) - monthIndex(date)).toBe(months);
				// the next day is in the following month whenever the day had to be clamped
				if (to.slice(8) !== date.slice(8)) expect(addDays(to, 1).slice(8)).toBe('01');
			})
		);
	});
});

describe('universalVisitTarget', () => {
	it('is the legal 4 months unless told otherwise', () => {
		expect(universalVisitTarget('2026-01-31')).toBe('2026-05-31');
		expect(universalVisitTarget('2026-01-31', 2)).toBe('2026-03-31');
	});
});

describe('coverageOutcome', () => {
	const target = '2026-05-31';
	it('counts a visit on the target day as in time', () => {
		expect(coverageOutcome('2026-05-31', target, '2026-06-01')).toBe('visited');
		expect(coverageOutcome('2026-06-01', target, '2026-06-02')).toBe('late');
		expect(coverageOutcome(undefined, target, '2026-06-01')).toBe('missed');
	});

	it('leaves a baby whose target date has not passed pending, not missed', () => {
		expect(coverageOutcome(undefined, target, '2026-05-31')).toBe('pending');
		expect(coverageOutcome(undefined, target, '2026-04-01')).toBe('pending');
		expect(coverageOutcome('2026-03-10', target, '2026-04-01')).toBe('early');
	});
});

describe('countCoverage', () => {
	it('counts due, visited, late, missed and pending, and the rate over the due only', () => {
		const today = '2026-06-10';
		const legal = emptyCoverage(4);
		const outcomes = [
			{ birthDate: '2026-01-31', universalVisitOn: '2026-05-31' }, // target 05-31: visited
			{ birthDate: '2026-01-31', universalVisitOn: '2026-06-01' }, // late
			{ birthDate: '2026-02-09' }, // target 06-09 < today: missed
			{ birthDate: '2026-02-10' }, // target 06-10 = today: pending
			{ birthDate: '2026-03-01', universalVisitOn: '2026-04-20' } // target 07-01: pending, visited early
		].map((child) => countCoverage(legal, child, today));
		expect(outcomes).toEqual(['visited', 'late', 'missed', 'pending', 'early']);
		expect(legal).toEqual({ targetMonths: 4, born: 5, due: 3, visited: 1, late: 1, missed: 1, pending: 2, early: 1 });
		expect(coverageRate(legal)).toBeCloseTo(1 / 3);
	});

	it('has no rate while nobody is due yet', () => {
		const coverage = emptyCoverage(2);
		countCoverage(coverage, { birthDate: '2026-06-01' }, '2026-06-10');
		expect(coverage.pending).toBe(1);
		expect(coverageRate(coverage)).toBeUndefined();
	});
});
