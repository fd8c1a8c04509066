import { describe, expect, it } from 'vitest';
import { proportion } from './proportion';

describe('proportion', () => {
	it('gives the share and a whole percent', () => {
		expect(proportion(182, 200)).toEqual({ fill: 0.91, percent: 91 });
		expect(proportion(2, 3)).toEqual({ fill: 2 / 3, percent: 67 });
		expect(proportion(0, 50)).toEqual({ fill: 0, percent: 0 });
		expect(proportion(50, 50)).toEqual({ fill: 1, percent: 100 });
	});

	it('never rounds a partial share to 0 % or 100 %', () => {
		expect(proportion(1999, 2000).percent).toBe(99);
		expect(proportion(1, 1000).percent).toBe(1);
	});

	it('goes past 100 % in text but fills the bar only once', () => {
		expect(proportion(210, 200)).toEqual({ fill: 1, percent: 105 });
	});

	it('has no percent without a whole, and draws nothing for negatives or NaN', () => {
		expect(proportion(3, 0)).toEqual({ fill: 0 });
		expect(proportion(Number.NaN, 10)).toEqual({ fill: 0 });
		expect(proportion(-4, 10)).toEqual({ fill: 0, percent: 0 });
	});
});
