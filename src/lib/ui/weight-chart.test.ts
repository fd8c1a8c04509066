import { describe, expect, it } from 'vitest';
import { chartCurves, WEIGHT_REFERENCE_2023 } from '$lib/domain/growth/weight-reference';
import { chartSpanDays, kgDomain, linearScale, weightChartGeometry, type ChartFrame } from './weight-chart';

const frame: ChartFrame = { width: 200, height: 120, margin: { top: 10, right: 10, bottom: 10, left: 10 } };
const percentiles = [3, 10, 25, 50, 75, 90, 97];

/** Straight-line curves: percentile i weighs 3 + i/2 kg at birth and gains 1 kg per 100 days. */
function straightCurves(maxDays: number) {
	return [0, maxDays / 2, maxDays].map((day) => ({ day, kg: percentiles.map((_, i) => 3 + i / 2 + day / 100) }));
}

/** Every number in an SVG path, in order. */
function numbers(path: string): number[] {
	return (path.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
}

describe('linearScale', () => {
	it('maps the domain onto the range, reversed ranges too (SVG y grows downwards)', () => {
		const x = linearScale([0, 365], [10, 190]);
		expect(x(0)).toBe(10);
		expect(x(365)).toBe(190);
		expect(x(182.5)).toBe(100);
		const y = linearScale([2, 6], [110, 10]);
		expect(y(2)).toBe(110);
		expect(y(6)).toBe(10);
		expect(y(4)).toBe(60);
		expect(linearScale([3, 3], [0, 100])(3)).toBe(0);
	});
});

describe('kgDomain and chartSpanDays', () => {
	it('rounds out to whole kilograms with a little room, never below zero', () => {
		expect(kgDomain([2.32, 4.74, 3.05])).toEqual([2, 5]);
		expect(kgDomain([0.1, 0.4])).toEqual([0, 1]);
		expect(kgDomain([])).toEqual([0, 1]);
	});

	it('enlarges the first months for a young baby and spans a year at most', () => {
		expect(chartSpanDays(undefined)).toBe(91);
		expect(chartSpanDays(21)).toBe(91);
		expect(chartSpanDays(100)).toBe(152);
		expect(chartSpanDays(340)).toBe(365);
		expect(chartSpanDays(500)).toBe(365);
	});
});

describe('weightChartGeometry', () => {
	const geometry = weightChartGeometry({
		curves: straightCurves(200),
		percentiles,
		measurements: [
			{ ageDays: 100, grams: 5000 },
			{ ageDays: 0, grams: 3000 },
			{ ageDays: 400, grams: 9000 }
		],
		spanDays: 200,
		frame
	});

	it('fits the plot inside the frame and the kg axis around curves and points', () => {
		expect(geometry.plot).toEqual({ left: 10, top: 10, right: 190, bottom: 110 });
		// curves run from 3 kg (3rd at birth) to 8 kg (97th at day 200)
		expect(geometry.kg).toEqual([2, 9]);
		expect(geometry.days).toEqual([0, 200]);
	});

	it('draws three bands (3–97, 10–90, 25–75) as closed areas and the median as a line', () => {
		expect(geometry.bands.map(({ from, to }) => [from, to])).toEqual([
			[3, 97],
			[10, 90],
			[25, 75]
		]);
		const outer = numbers(geometry.bands[0]!.path);
		// upper curve left to right, then lower curve back: 6 points
		expect(outer).toHaveLength(12);
		expect(geometry.bands[0]!.path.endsWith('Z')).toBe(true);
		const y = linearScale([2, 9], [110, 10]);
		expect(outer.slice(0, 2)).toEqual([10, Math.round(y(6) * 10) / 10]);
		expect(outer.slice(-2)).toEqual([10, Math.round(y(3) * 10) / 10]);
		expect(numbers(geometry.median!)).toEqual([10, Math.round(y(4.5) * 10) / 10, 100, Math.round(y(5.5) * 10) / 10, 190, Math.round(y(6.5) * 10) / 10]);
	});

	it('plots the measurements in age order and joins them; one outside the span is counted, not drawn', () => {
		expect(geometry.points.map((p) => [p.ageDays, p.x])).toEqual([
			[0, 10],
			[100, 100]
		]);
		expect(geometry.outside).toBe(1);
		expect(geometry.line.startsWith('M10 ')).toBe(true);
		expect(numbers(geometry.line)).toHaveLength(4);
	});

	it('draws no line for a single point', () => {
		const single = weightChartGeometry({ curves: straightCurves(91), percentiles, measurements: [{ ageDays: 0, grams: 3000 }], spanDays: 91, frame });
		expect(single.line).toBe('');
		expect(single.points).toHaveLength(1);
	});

	it('ticks every two weeks on a short span, every month on a long one, and every kilogram', () => {
		const short = weightChartGeometry({ curves: straightCurves(91), percentiles, measurements: [], spanDays: 91, frame });
		expect(short.xUnit).toBe('day');
		expect(short.xTicks.map((tick) => tick.value)).toEqual([0, 14, 28, 42, 56, 70, 84]);
		const year = weightChartGeometry({ curves: chartCurves('female'), percentiles: WEIGHT_REFERENCE_2023.percentiles, measurements: [], frame });
		expect(year.xUnit).toBe('month');
		expect(year.xTicks.map((tick) => tick.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
		expect(year.xTicks.at(-1)!.at).toBeCloseTo(190 + (12 * 30.4375 - 365) * (180 / 365), 5);
		expect(year.yTicks.map((tick) => tick.value)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
		expect(year.yTicks[0]!.at).toBe(110);
	});
});
