import { describe, expect, it } from 'vitest';
import { formatResult, median, percentile } from './stats.ts';

describe('bench statistics', () => {
	it('takes the middle value, and the nearest rank for percentiles', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
		expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
		expect(() => median([])).toThrow('no values');
	});

	it('says when a figure is over its budget and gives the ratio to the baseline', () => {
		const text = formatResult({ name: 'x', value: 300, unit: 'ms', budget: 200, baseline: { name: 'plain', value: 150 } });
		expect(text).toContain('OVER');
		expect(text).toContain('ratio 2.00×');
	});
});
