// The universal visit's target age by calendar months, and coverage: visited, late, missed, pending.

import { describe, expect, it } from 'vitest';
import { countCoverage, coverageOutcome, coverageRate, emptyCoverage, universalVisitTarget } from './coverage.ts';

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
