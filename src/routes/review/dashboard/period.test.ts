import { describe, expect, it } from 'vitest';
import { chosenPeriod, isMonth, lastTwelveMonths } from './period.ts';

describe('dashboard period', () => {
	it('defaults to the 12 months ending this month, across a year end', () => {
		expect(lastTwelveMonths('2026-06-20')).toEqual({ from: '2025-07', to: '2026-06' });
		expect(lastTwelveMonths('2026-12-31')).toEqual({ from: '2026-01', to: '2026-12' });
		expect(lastTwelveMonths('2026-01-01')).toEqual({ from: '2025-02', to: '2026-01' });
	});

	it('takes the months given, falls back for an empty one, and swaps a reversed period', () => {
		expect(chosenPeriod('2026-01', '2026-03', '2026-06-20')).toEqual({ from: '2026-01', to: '2026-03', reversed: false });
		expect(chosenPeriod('', '2026-03', '2026-06-20')).toEqual({ from: '2025-07', to: '2026-03', reversed: false });
		expect(chosenPeriod('2026-05', '2026-02', '2026-06-20')).toEqual({ from: '2026-02', to: '2026-05', reversed: true });
	});

	it('knows a month from anything else', () => {
		expect(isMonth('2026-04')).toBe(true);
		for (const value of ['2026-13', '2026-4', '2026-04-01', '']) expect(isMonth(value), value).toBe(false);
	});
});
