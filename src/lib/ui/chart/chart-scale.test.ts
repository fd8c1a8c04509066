import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chartFacts, fitText, horizontalBarLayout, niceTicks, seriesPattern, textWidth, verticalBarLayout, type ChartSeries } from './chart-scale';

/** 1, 2 or 5 × 10ⁿ */
function isNiceStep(step: number): boolean {
	const magnitude = 10 ** Math.floor(Math.log10(step));
	return [1, 2, 5, 10].some((m) => Math.abs(step / magnitude - m) < 1e-9);
}

describe('niceTicks', () => {
	it.each([
		[42, 10, 50],
		[100, 20, 100],
		[7, 2, 8],
		[182, 50, 200],
		[0.3, 0.1, 0.3],
		[1234567, 500000, 1500000]
	])('max %d: step %d up to %d', (max, step, end) => {
		const scale = niceTicks(max);
		expect(scale.step).toBe(step);
		expect(scale.max).toBe(end);
		expect(scale.ticks[0]).toBe(0);
		expect(scale.ticks.at(-1)).toBe(end);
	});

	it('gives counts whole-number steps', () => {
		expect(niceTicks(2, { integer: true }).ticks).toEqual([0, 1, 2]);
		expect(niceTicks(1, { integer: true }).ticks).toEqual([0, 1]);
		expect(niceTicks(2).ticks).toEqual([0, 0.5, 1, 1.5, 2]);
	});

	it('shows 0..1 when there is nothing to show', () => {
		for (const max of [0, -5, Number.NaN, Infinity]) expect(niceTicks(max)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
	});

	it('handles huge values without overflowing', () => {
		expect(niceTicks(1e15)).toEqual({ max: 1e15, step: 2e14, ticks: [0, 2e14, 4e14, 6e14, 8e14, 1e15] });
		const safe = niceTicks(Number.MAX_SAFE_INTEGER);
		expect(safe.max).toBeGreaterThanOrEqual(Number.MAX_SAFE_INTEGER);
		const biggest = niceTicks(Number.MAX_VALUE);
		expect(Number.isFinite(biggest.max)).toBe(true);
		expect(biggest.ticks).toEqual([0, Number.MAX_VALUE]);
	});

	it('always covers the value with a few 1-2-5 steps from 0, without float noise', () => {
		fc.assert(
			fc.property(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), fc.boolean(), (max, integer) => {
				const scale = niceTicks(max, { integer });
				expect(scale.max).toBeGreaterThanOrEqual(max * (1 - 1e-12));
				expect(isNiceStep(scale.step)).toBe(true);
				expect(scale.ticks.length).toBeGreaterThanOrEqual(2);
				expect(scale.ticks.length).toBeLessThanOrEqual(12);
				if (integer) expect(scale.ticks.every(Number.isInteger)).toBe(true);
				scale.ticks.forEach((tick, i) => {
					expect(Math.abs(tick - i * scale.step)).toBeLessThanOrEqual(scale.step * 1e-9);
					expect(String(tick)).not.toMatch(/\.\d*(0{6}|9{6})\d/);
				});
			})
		);
	});
});

describe('text measure', () => {
	it('counts Japanese as a full em and Latin as about 0.6 em', () => {
		expect(textWidth('訪問', 10)).toBe(20);
		expect(textWidth('ab', 10)).toBe(12);
		expect(textWidth('ｶﾅ', 10)).toBe(20);
	});

	it('cuts long names with an ellipsis to fit', () => {
		expect(fitText('長岡市西地区チーム', 50, 10)).toBe('長岡市西…');
		expect(fitText('東', 50, 10)).toBe('東');
		expect(textWidth(fitText('a'.repeat(100), 60, 10), 10)).toBeLessThanOrEqual(60);
	});
});

describe('seriesPattern', () => {
	it('takes the series own pattern, else solid, hatch, dots in turn', () => {
		expect([0, 1, 2, 3, 4, 5].map((i) => seriesPattern({}, i))).toEqual(['solid', 'hatch', 'dots', 'cross', 'outline', 'solid']);
		expect(seriesPattern({ pattern: 'dots' }, 0)).toBe('dots');
	});
});

describe('chartFacts', () => {
	it('finds the largest value and where it is', () => {
		const facts = chartFacts(['4月', '5月'], [
			{ name: '訪問', values: [3, 9] },
			{ name: '来所', values: [9, 1] }
		]);
		expect(facts).toEqual({ categoryCount: 2, seriesCount: 2, empty: false, allZero: false, max: { value: 9, category: '5月', series: '訪問' } });
	});

	it('tells all-zero and empty data apart', () => {
		expect(chartFacts(['4月'], [{ name: 'a', values: [0] }])).toMatchObject({ allZero: true, empty: false });
		expect(chartFacts([], [{ name: 'a', values: [] }])).toMatchObject({ allZero: false, empty: true });
		expect(chartFacts(['4月'], [])).toMatchObject({ empty: true });
	});
});

const months = (count: number) => Array.from({ length: count }, (_, i) => `${2025 + Math.floor(i / 12)}年${(i % 12) + 1}月`);

describe('verticalBarLayout', () => {
	const series: ChartSeries[] = [
		{ name: '訪問', values: [10, 0, 25] },
		{ name: '来所', values: [5, 20, 15] }
	];

	it('places grouped bars side by side on a shared baseline, heights in proportion', () => {
		const layout = verticalBarLayout(['4月', '5月', '6月'], series);
		expect(layout.bars).toHaveLength(6);
		const [a, b] = layout.bars;
		expect(a).toMatchObject({ category: 0, series: 0, value: 10 });
		expect(b).toMatchObject({ category: 0, series: 1, value: 5 });
		expect(b!.x).toBeCloseTo(a!.x + a!.width);
		for (const bar of layout.bars) expect(bar.y + bar.height).toBeCloseTo(layout.plot.bottom);
		expect(a!.height).toBeCloseTo(b!.height * 2);
		// The axis ends at 25 (steps of 5), so 25 reaches the top and 15 stands at 3/5.
		expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 5, 10, 15, 20, 25]);
		expect(layout.bars[4]!.y).toBeCloseTo(layout.plot.top);
		expect(layout.bars[5]!.height).toBeCloseTo(((layout.plot.bottom - layout.plot.top) * 15) / 25);
	});

	it('gives a zero a flat bar that still carries its number', () => {
		const zero = verticalBarLayout(['4月', '5月', '6月'], series).bars.find((bar) => bar.value === 0)!;
		expect(zero.height).toBe(0);
		expect(zero.label?.text).toBe('0');
	});

	it('draws no bar for a missing value', () => {
		const layout = verticalBarLayout(['4月', '5月'], [{ name: 'a', values: [3] }]);
		expect(layout.bars.map((bar) => bar.category)).toEqual([0]);
	});

	it('keeps all-zero data on a 0..1 axis with flat bars', () => {
		const layout = verticalBarLayout(['4月', '5月'], [{ name: 'a', values: [0, 0] }]);
		expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 1]);
		expect(layout.bars.every((bar) => bar.height === 0)).toBe(true);
	});

	it('centres one category and writes its name flat', () => {
		const layout = verticalBarLayout(['合計'], [{ name: 'a', values: [4] }]);
		const bar = layout.bars[0]!;
		expect(bar.x + bar.width / 2).toBeCloseTo((layout.plot.left + layout.plot.right) / 2);
		expect(layout.slanted).toBe(false);
		expect(layout.valueLabels).toBe('upright');
	});

	it('widens the viewBox for 24 months and slants and thins out their names', () => {
		const layout = verticalBarLayout(months(24), [
			{ name: '訪問', values: months(24).map((_, i) => i * 3) },
			{ name: '来所', values: months(24).map((_, i) => i) }
		]);
		expect(layout.width).toBeGreaterThan(640);
		expect(Math.min(...layout.bars.map((bar) => bar.width))).toBeGreaterThanOrEqual(10);
		expect(layout.slanted).toBe(true);
		expect(layout.categoryLabels.length).toBeLessThanOrEqual(24);
		const gaps = layout.categoryLabels.slice(1).map((label, i) => label.x - layout.categoryLabels[i]!.x);
		expect(Math.min(...gaps)).toBeGreaterThanOrEqual(layout.fontSize * 1.4);
		expect(layout.height).toBeGreaterThan(layout.plot.bottom + 50);
	});

	it('turns the numbers, then leaves them to the table, as bars get thinner', () => {
		const wide = (n: number) => Array.from({ length: n }, () => 123456);
		expect(verticalBarLayout(['a', 'b'], [{ name: 's', values: wide(2) }]).valueLabels).toBe('upright');
		const turned = verticalBarLayout(months(12), [{ name: 's', values: wide(12) }, { name: 't', values: wide(12) }]);
		expect(turned.valueLabels).toBe('turned');
		expect(turned.plot.top).toBeGreaterThan(textWidth('123456', 12));
		const thin = verticalBarLayout(months(60), [0, 1, 2].map((s) => ({ name: String(s), values: wide(60) })));
		expect(thin.width).toBe(1600);
		expect(thin.valueLabels).toBe('none');
		expect(thin.bars.every((bar) => bar.label === undefined)).toBe(true);
	});

	it('makes room on the left for huge tick texts', () => {
		const format = (n: number) => n.toLocaleString('ja-JP');
		const layout = verticalBarLayout(['a'], [{ name: 's', values: [9.5e11] }], { formatTick: format, formatValue: format });
		expect(layout.ticks.at(-1)?.text).toBe('1,000,000,000,000');
		expect(layout.plot.left).toBeGreaterThanOrEqual(textWidth('1,000,000,000,000', 12));
	});

	it('draws nothing, without failing, for no categories or no series', () => {
		expect(verticalBarLayout([], []).bars).toEqual([]);
		expect(verticalBarLayout(['a'], []).bars).toEqual([]);
	});
});

describe('horizontalBarLayout', () => {
	it('gives each category a row, bars from the same left edge, numbers after their ends', () => {
		const layout = horizontalBarLayout(['midwife1', 'phn1'], [{ name: '訪問', values: [8, 4] }]);
		const [a, b] = layout.bars;
		expect(a!.x).toBe(layout.plot.left);
		expect(b!.x).toBe(layout.plot.left);
		expect(a!.width).toBeCloseTo(b!.width * 2);
		expect(b!.y).toBeGreaterThan(a!.y + a!.height);
		expect(a!.label!.x).toBeGreaterThan(a!.x + a!.width);
		expect(a!.label!.x + textWidth('8', 12)).toBeLessThanOrEqual(layout.width);
	});

	it('cuts long names to a third of the width and keeps the whole name', () => {
		const name = '長岡市こども家庭センター西地区担当チーム（栃尾・与板・寺泊）';
		const layout = horizontalBarLayout([name], [{ name: 's', values: [1] }]);
		expect(layout.categoryLabels[0]!.full).toBe(name);
		expect(layout.categoryLabels[0]!.text.endsWith('…')).toBe(true);
		expect(textWidth(layout.categoryLabels[0]!.text, 12)).toBeLessThanOrEqual(640 * 0.35);
	});

	it('grows downwards with many categories and several series', () => {
		const names = months(24);
		const layout = horizontalBarLayout(names, [{ name: 'a', values: names.map(() => 1) }, { name: 'b', values: names.map(() => 2) }]);
		expect(layout.bars).toHaveLength(48);
		expect(layout.height).toBeGreaterThan(24 * 2 * 18);
	});
});
