// The weight chart's geometry: scales, the percentile bands and median as SVG paths, the child's
// points and the axis ticks. Pure numbers, so the drawing can be tested without a browser.
import { DAYS_PER_MONTH } from '$lib/domain/growth/weight-reference';

export const YEAR_DAYS = 365;

export interface ChartFrame {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
}

/** A viewBox for a tablet: scaled to the container's width, so only the proportions matter. */
export const DEFAULT_FRAME: ChartFrame = { width: 640, height: 380, margin: { top: 12, right: 16, bottom: 48, left: 52 } };

export type Scale = (value: number) => number;

/** Maps `domain` linearly onto `range`; a domain of zero width maps everything to the range's start. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
	const span = d1 - d0;
	return (value) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
}

/** Reference curves as the growth module gives them: kg at each percentile, by day of age. */
export interface CurvePoint {
	day: number;
	kg: readonly number[];
}

export interface ChartMeasurement {
	ageDays: number;
	grams: number;
}

export type PlottedPoint<M extends ChartMeasurement = ChartMeasurement> = M & {
	x: number;
	y: number;
};

export interface Tick {
	/** position along its axis in viewBox units */
	at: number;
	value: number;
}

export interface WeightChartGeometry<M extends ChartMeasurement = ChartMeasurement> {
	frame: ChartFrame;
	plot: { left: number; top: number; right: number; bottom: number };
	days: readonly [number, number];
	kg: readonly [number, number];
	/** shaded from outermost to innermost, e.g. 3–97, 10–90, 25–75 */
	bands: { from: number; to: number; path: string }[];
	/** the 50th percentile, absent when the reference has none */
	median?: string;
	/** the child's measurements joined in age order; empty with fewer than two points */
	line: string;
	points: PlottedPoint<M>[];
	/** measurements outside the drawn age span: only in the table */
	outside: number;
	xTicks: Tick[];
	/** whether `xTicks` count days (a short span) or months */
	xUnit: 'day' | 'month';
	yTicks: Tick[];
}

const round = (value: number) => Math.round(value * 10) / 10;

function polyline(points: readonly (readonly [number, number])[]): string {
	return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`).join(' ');
}

/**
 * Days the chart spans: the first months enlarged while the baby is young (at least 3 months and
 * a month past the latest measurement, in whole months), a year at most.
 */
export function chartSpanDays(latestAgeDays: number | undefined): number {
	const months = Math.min(12, Math.max(3, Math.ceil(((latestAgeDays ?? 0) + DAYS_PER_MONTH) / DAYS_PER_MONTH)));
	return months === 12 ? YEAR_DAYS : Math.round(months * DAYS_PER_MONTH);
}

/** Whole kilograms around the lowest and highest values, with a little room. */
export function kgDomain(values: readonly number[]): [number, number] {
	const finite = values.filter(Number.isFinite);
	if (finite.length === 0) return [0, 1];
	const low = Math.max(0, Math.floor(Math.min(...finite) - 0.2));
	const high = Math.ceil(Math.max(...finite) + 0.2);
	return [low, Math.max(high, low + 1)];
}

function pairIndexes(percentiles: readonly number[]): [number, number][] {
	const pairs: [number, number][] = [];
	for (let i = 0, j = percentiles.length - 1; i < j; i++, j--) pairs.push([i, j]);
	return pairs;
}

export function weightChartGeometry<M extends ChartMeasurement>(options: {
	curves: readonly CurvePoint[];
	percentiles: readonly number[];
	/** extra fields (a date, a source) are carried on to the plotted points */
	measurements: readonly M[];
	spanDays?: number;
	frame?: ChartFrame;
}): WeightChartGeometry<M> {
	const frame = options.frame ?? DEFAULT_FRAME;
	const spanDays = options.spanDays ?? YEAR_DAYS;
	const { percentiles } = options;
	const curves = options.curves.filter((point) => point.day <= spanDays);
	const inside = options.measurements.filter((m) => m.ageDays >= 0 && m.ageDays <= spanDays);
	const kg = kgDomain([...curves.flatMap((point) => [point.kg[0] ?? NaN, point.kg.at(-1) ?? NaN]), ...inside.map((m) => m.grams / 1000)]);
	const plot = { left: frame.margin.left, top: frame.margin.top, right: frame.width - frame.margin.right, bottom: frame.height - frame.margin.bottom };
	const x = linearScale([0, spanDays], [plot.left, plot.right]);
	const y = linearScale(kg, [plot.bottom, plot.top]);

	const curve = (index: number) => curves.map((point) => [x(point.day), y(point.kg[index] ?? NaN)] as const);
	const bands = pairIndexes(percentiles).map(([lower, upper]) => ({
		from: percentiles[lower]!,
		to: percentiles[upper]!,
		path: `${polyline([...curve(upper), ...curve(lower).reverse()])} Z`
	}));
	const medianIndex = percentiles.indexOf(50);
	const points: PlottedPoint<M>[] = [...inside].sort((a, b) => a.ageDays - b.ageDays).map((m) => ({ ...m, x: x(m.ageDays), y: y(m.grams / 1000) }));

	const short = spanDays <= 92;
	const step = short ? 14 : DAYS_PER_MONTH;
	const xTicks: Tick[] = [];
	for (let n = 0; n * step <= spanDays + 1; n++) xTicks.push({ at: x(n * step), value: short ? n * 14 : n });
	const kgStep = kg[1] - kg[0] > 10 ? 2 : 1;
	const yTicks: Tick[] = [];
	for (let value = kg[0]; value <= kg[1]; value += kgStep) yTicks.push({ at: y(value), value });

	return {
		frame,
		plot,
		days: [0, spanDays],
		kg,
		bands,
		median: medianIndex === -1 || curves.length === 0 ? undefined : polyline(curve(medianIndex)),
		line: points.length < 2 ? '' : polyline(points.map((p) => [p.x, p.y])),
		points,
		outside: options.measurements.length - inside.length,
		xTicks,
		xUnit: short ? 'day' : 'month',
		yTicks
	};
}
