import { describe, expect, it } from 'vitest';
import { lastMonth, periodIssues } from './export-period';

describe('export period', () => {
	it('defaults to the previous calendar month, across a year end', () => {
		expect(lastMonth('2026-11-25')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
		expect(lastMonth('2027-01-01')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
		expect(lastMonth('2028-03-15')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
	});

	it('names what is wrong with a period', () => {
		expect(periodIssues('2026-10-01', '2026-10-31')).toEqual([]);
		expect(periodIssues('2026-10-01', '2026-10-01')).toEqual([]);
		expect(periodIssues('', '')).toEqual(['from-missing', 'to-missing']);
		expect(periodIssues('<script>', '2026-10-31')).toEqual(['from-missing']);
		expect(periodIssues('2026-11-01', '2026-10-31')).toEqual(['reversed']);
		expect(periodIssues('2006-11-01', '2026-10-31')).toEqual(['too-long']);
	});
});
