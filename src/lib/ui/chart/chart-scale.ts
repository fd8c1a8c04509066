// Numbers behind the bar charts: "nice" axis ticks, text widths for placing labels, and the
// position of every bar and label. Pure, so the drawing can be tested without a browser.

export type BarPattern = 'solid' | 'hatch' | 'dots' | 'cross' | 'outline';
export const BAR_PATTERNS: readonly BarPattern[] = ['solid', 'hatch', 'dots', 'cross', 'outline'];

export interface ChartSeries {
	name: string;
	/** one per category, in the same order; a missing or non-finite value is drawn as no bar */
	values: readonly number[];
	pattern?: BarPattern;
}

/** What both bar charts (vertical and horizontal) take. */
export interface BarChartProps {
	title: string;
	categories: string[];
	series: ChartSeries[];
	/** shown once beside the title and in the table's caption, e.g. 件 */
	unit?: string;
	/** writes a value on (or after) its bar and in the table; the unit is not repeated there */
	valueLabel?: (n: number) => string;
	/** the table's first column heading (default 項目), e.g. 訪問者 */
	categoryHeader?: string;
}

/** The series' own pattern, else solid, hatch, dots, cross-hatch, outline in turn: up to five series never look alike. */
export function seriesPattern(series: Pick<ChartSeries, 'pattern'>, index: number): BarPattern {
	return series.pattern ?? BAR_PATTERNS[index % BAR_PATTERNS.length] ?? 'solid';
}

export interface AxisScale {
	/** the axis end: the largest tick, at or above the largest value */
	max: number;
	step: number;
	ticks: number[];
}

/** Float noise off (0.30000000000000004 → 0.3) while keeping huge values exact enough. */
function tidy(value: number): number {
	return Number(value.toPrecision(12));
}

/**
 * Ticks from 0 to at least `maxValue` in steps of 1, 2 or 5 × 10ⁿ, about `target` of them.
 * Counts (`integer`) never get a step below 1. Nothing to show (0, negative, NaN) gives 0..1.
 */
export function niceTicks(maxValue: number, { target = 5, integer = false }: { target?: number; integer?: boolean } = {}): AxisScale {
	if (!(maxValue > 0) || maxValue === Infinity) return { max: 1, step: 1, ticks: [0, 1] };
	const raw = maxValue / Math.max(1, target);
	const magnitude = 10 ** Math.floor(Math.log10(raw));
	const normalised = raw / magnitude;
	let step = (normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 5 ? 5 : 10) * magnitude;
	if (integer) step = Math.max(1, Math.round(step));
	const count = Math.ceil(tidy(maxValue / step));
	const max = tidy(count * step);
	// Near Number.MAX_VALUE the rounded-up end overflows: fall back to the value itself.
	if (!Number.isFinite(max)) return { max: maxValue, step: maxValue, ticks: [0, maxValue] };
	return { max, step, ticks: Array.from({ length: count + 1 }, (_, i) => tidy(i * step)) };
}

/** Width of text in SVG units: CJK and full-width characters take 1 em, the rest about 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) ems += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6;
	return ems * fontSize;
}

/** The text, cut with an ellipsis to fit `maxWidth`; the whole text stays in the data table. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
	if (textWidth(text, fontSize) <= maxWidth) return text;
	const chars = [...text];
	while (chars.length > 1 && textWidth(chars.join('') + '…', fontSize) > maxWidth) chars.pop();
	return chars.join('') + '…';
}

function drawable(value: number | undefined): value is number {
	return value !== undefined && Number.isFinite(value);
}

export interface ChartFacts {
	categoryCount: number;
	seriesCount: number;
	/** no category or no series */
	empty: boolean;
	/** every value shown is 0 (or missing) */
	allZero: boolean;
	/** the largest value and where it is (the first one on ties) */
	max?: { value: number; category: string; series: string };
}

/** What a screen reader hears about the chart before it opens the table. */
export function chartFacts(categories: readonly string[], series: readonly ChartSeries[]): ChartFacts {
	let max: ChartFacts['max'];
	for (const one of series) {
		categories.forEach((category, i) => {
			const value = one.values[i];
			if (drawable(value) && value > 0 && (!max || value > max.value)) max = { value, category, series: one.name };
		});
	}
	const empty = categories.length === 0 || series.length === 0;
	return { categoryCount: categories.length, seriesCount: series.length, empty, allZero: !empty && !max, ...(max ? { max } : {}) };
}

export interface BarLabel {
	text: string;
	x: number;
	y: number;
}

export interface PlacedBar {
	category: number;
	series: number;
	value: number;
	x: number;
	y: number;
	width: number;
	height: number;
	/** absent when the bars are too thin for their numbers (the table has them) */
	label?: BarLabel;
}

export interface AxisTick {
	value: number;
	text: string;
	/** position along the value axis in viewBox units */
	at: number;
}

export interface CategoryLabel extends BarLabel {
	/** the whole name, for a <title> when `text` was cut */
	full: string;
}

export interface Plot {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

export interface LayoutOptions {
	/** the narrowest viewBox: a 1024 × 768 tablet shows it at about 1.3×, so 12-unit text reads at 16 px */
	minWidth?: number;
	fontSize?: number;
	formatTick?: (value: number) => string;
	formatValue?: (value: number) => string;
}

export const FONT_SIZE = 12;
const MIN_WIDTH = 640;
/** Past this, bars thin out instead of the chart widening (text would shrink below reading size). */
const MAX_WIDTH = 1600;
const MIN_BAR = 13;
/** share of a category's slot the bars take; the rest separates groups */
const GROUP_SHARE = 0.8;
const PLOT_HEIGHT = 260;
const CATEGORY_LABEL_MAX = 120;

function allIntegers(series: readonly ChartSeries[]): boolean {
	return series.every((one) => one.values.every((value) => !drawable(value) || Number.isInteger(value)));
}

function largest(series: readonly ChartSeries[]): number {
	return Math.max(0, ...series.flatMap((one) => one.values.filter(drawable)));
}

function axisFor(series: readonly ChartSeries[], formatTick: (value: number) => string) {
	const scale = niceTicks(largest(series), { integer: allIntegers(series) });
	return { scale, texts: scale.ticks.map(formatTick) };
}

const plain = (value: number) => String(value);

export interface VerticalBarLayout {
	width: number;
	height: number;
	fontSize: number;
	plot: Plot;
	ticks: AxisTick[];
	bars: PlacedBar[];
	/** only the labels shown: with many categories every second or third one */
	categoryLabels: CategoryLabel[];
	/** category names slanted 45° when they do not fit under their bars */
	slanted: boolean;
	/** value labels upright above the bars, turned 90° when the bars are thin, or left out */
	valueLabels: 'upright' | 'turned' | 'none';
}

/** Grouped vertical bars: one slot per category, one bar per series inside it. */
export function verticalBarLayout(categories: readonly string[], series: readonly ChartSeries[], options: LayoutOptions = {}): VerticalBarLayout {
	const fontSize = options.fontSize ?? FONT_SIZE;
	const formatValue = options.formatValue ?? plain;
	const { scale, texts } = axisFor(series, options.formatTick ?? plain);
	const left = Math.max(32, ...texts.map((text) => textWidth(text, fontSize) + 10));
	const right = 12;
	const perSlot = Math.max(1, series.length);
	const wanted = left + right + (categories.length * perSlot * MIN_BAR) / GROUP_SHARE;
	const width = Math.min(MAX_WIDTH, Math.max(options.minWidth ?? MIN_WIDTH, wanted));
	const slot = (width - left - right) / Math.max(1, categories.length);
	const barWidth = (slot * GROUP_SHARE) / perSlot;

	const valueTexts = series.map((one) => categories.map((_, i) => (drawable(one.values[i]) ? formatValue(one.values[i]) : '')));
	const widestValue = Math.max(0, ...valueTexts.flat().map((text) => textWidth(text, fontSize)));
	// Upright numbers may spill into the gap beside their bar, not onto the neighbour's number.
	const valueLabels = widestValue <= barWidth + slot * (1 - GROUP_SHARE) * 0.5 ? 'upright' : barWidth >= fontSize ? 'turned' : 'none';
	const top = valueLabels === 'turned' ? widestValue + 8 : fontSize + 8;

	const nameWidths = categories.map((name) => Math.min(CATEGORY_LABEL_MAX, textWidth(name, fontSize)));
	const slanted = nameWidths.some((w) => w > slot - 4);
	// Slanted names need about 1.5 em between them, else every k-th name is shown.
	const every = slanted ? Math.max(1, Math.ceil((fontSize * 1.5) / slot)) : 1;
	const bottomRoom = slanted ? Math.max(0, ...nameWidths) * Math.SQRT1_2 + fontSize * 1.5 : fontSize * 1.8;
	const plot: Plot = { left, top, right: width - right, bottom: top + PLOT_HEIGHT };
	const y = (value: number) => plot.bottom - (value / scale.max) * PLOT_HEIGHT;

	const bars: PlacedBar[] = [];
	categories.forEach((_, c) => {
		const groupLeft = left + c * slot + (slot * (1 - GROUP_SHARE)) / 2;
		series.forEach((one, s) => {
			const value = one.values[c];
			if (!drawable(value)) return;
			const top = y(Math.max(0, value));
			const x = groupLeft + s * barWidth;
			const text = valueTexts[s]?.[c] ?? '';
			const label = valueLabels === 'none' ? undefined : { text, x: x + barWidth / 2, y: top - 4 };
			bars.push({ category: c, series: s, value, x, y: top, width: barWidth, height: plot.bottom - top, ...(label ? { label } : {}) });
		});
	});

	const categoryLabels: CategoryLabel[] = [];
	categories.forEach((name, c) => {
		if (c % every !== 0) return;
		const x = left + (c + 0.5) * slot;
		categoryLabels.push({ full: name, text: fitText(name, slanted ? CATEGORY_LABEL_MAX : slot - 4, fontSize), x, y: plot.bottom + fontSize + 4 });
	});

	return {
		width,
		height: plot.bottom + bottomRoom,
		fontSize,
		plot,
		ticks: scale.ticks.map((value, i) => ({ value, text: texts[i] ?? '', at: y(value) })),
		bars,
		categoryLabels,
		slanted,
		valueLabels
	};
}

export interface HorizontalBarLayout {
	width: number;
	height: number;
	fontSize: number;
	plot: Plot;
	ticks: AxisTick[];
	bars: PlacedBar[];
	/** every category's name, cut to the label column; the whole name is in the table */
	categoryLabels: CategoryLabel[];
}

const BAR_THICKNESS = 20;
const ROW_GAP = 12;

/** Horizontal bars for long names (workers, teams): one row per category, grows downwards. */
export function horizontalBarLayout(categories: readonly string[], series: readonly ChartSeries[], options: LayoutOptions = {}): HorizontalBarLayout {
	const fontSize = options.fontSize ?? FONT_SIZE;
	const formatValue = options.formatValue ?? plain;
	const width = options.minWidth ?? MIN_WIDTH;
	const { scale, texts } = axisFor(series, options.formatTick ?? plain);
	const nameColumn = Math.min(width * 0.35, Math.max(0, ...categories.map((name) => textWidth(name, fontSize))));
	const left = nameColumn + 12;
	const valueTexts = series.map((one) => categories.map((_, i) => (drawable(one.values[i]) ? formatValue(one.values[i]) : '')));
	const widestValue = Math.max(0, ...valueTexts.flat().map((text) => textWidth(text, fontSize)));
	// Room for the number after the longest bar, and for the last tick's text to centre on its line.
	const lastTick = textWidth(texts.at(-1) ?? '', fontSize) / 2;
	const right = Math.max(widestValue + 8, lastTick + 4);
	const rowHeight = Math.max(1, series.length) * BAR_THICKNESS + ROW_GAP;
	const top = 4;
	const plot: Plot = { left, top, right: width - right, bottom: top + categories.length * rowHeight };
	const x = (value: number) => plot.left + (value / scale.max) * (plot.right - plot.left);

	const bars: PlacedBar[] = [];
	const categoryLabels: CategoryLabel[] = [];
	categories.forEach((name, c) => {
		const rowTop = top + c * rowHeight + ROW_GAP / 2;
		categoryLabels.push({ full: name, text: fitText(name, nameColumn, fontSize), x: left - 8, y: rowTop + (rowHeight - ROW_GAP) / 2 });
		series.forEach((one, s) => {
			const value = one.values[c];
			if (!drawable(value)) return;
			const end = x(Math.max(0, value));
			const barTop = rowTop + s * BAR_THICKNESS;
			const text = valueTexts[s]?.[c] ?? '';
			bars.push({ category: c, series: s, value, x: plot.left, y: barTop, width: end - plot.left, height: BAR_THICKNESS - 2, label: { text, x: end + 4, y: barTop + (BAR_THICKNESS - 2) / 2 } });
		});
	});

	return {
		width,
		height: plot.bottom + fontSize * 2,
		fontSize,
		plot,
		ticks: scale.ticks.map((value, i) => ({ value, text: texts[i] ?? '', at: x(value) })),
		bars,
		categoryLabels
	};
}
