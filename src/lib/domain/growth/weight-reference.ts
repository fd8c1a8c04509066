// The Japanese infant weight reference (令和5年乳幼児身体発育調査, 2023) as data, and reading it at any
// age from birth to 12 months: percentile weights, the centile band a weight falls in, chart curves.

import type { CHILD_SEXES } from '../records/child.ts';
import type { Bilingual } from '../screening/bilingual.ts';

export type Sex = (typeof CHILD_SEXES)[number];
/** The average month of the survey's "n to under n+1 months" bands. */
export const DAYS_PER_MONTH = 30.4375;

export type WeightReferenceRow = {
	label: Bilingual;
	/** age in days; birth is day 0 */
	fromDay: number;
	toDay: number;
	/** kg at each of `percentiles` */
	kg: readonly number[];
};

export type WeightReference = {
	edition: { id: string; title: Bilingual; source: string };
	percentiles: readonly number[];
	rows: Record<'male' | 'female', readonly WeightReferenceRow[]>;
};

const AT_BIRTH = { label: { ja: '出生時', en: 'birth' }, fromDay: 0, toDay: 0 };
const AT_30_DAYS = { label: { ja: '30日', en: '30 days' }, fromDay: 30, toDay: 30 };

function months(n: number) {
	const label = { ja: `${n}～${n + 1}月未満`, en: `${n} to under ${n + 1} months` };
	return { label, fromDay: n * DAYS_PER_MONTH, toDay: (n + 1) * DAYS_PER_MONTH };
}

/** DOMAIN.md §6, e-Stat table 1: weight (kg) at the 3rd, 10th, 25th, 50th, 75th, 90th and 97th percentiles. */
export const WEIGHT_REFERENCE_2023: WeightReference = {
	edition: {
		id: 'mhlw-2023',
		title: {
			ja: '令和5年乳幼児身体発育調査（こども家庭庁・厚生労働省、2024年12月公表）',
			en: '2023 National Growth Survey on Preschool Children (MHLW, published December 2024)'
		},
		source: 'e-Stat statInfId 000040240361'
	},
	percentiles: [3, 10, 25, 50, 75, 90, 97],
	rows: {
		male: [
			{ ...AT_BIRTH, kg: [2.32, 2.58, 2.8, 3.06, 3.31, 3.56, 3.81] },
			{ ...AT_30_DAYS, kg: [3.23, 3.53, 3.82, 4.15, 4.47, 4.76, 5.04] },
			{ ...months(1), kg: [3.76, 4.09, 4.43, 4.8, 5.16, 5.49, 5.8] },
			{ ...months(2), kg: [4.59, 4.98, 5.37, 5.8, 6.23, 6.6, 6.97] },
			{ ...months(3), kg: [5.22, 5.65, 6.08, 6.55, 7.02, 7.43, 7.84] },
			{ ...months(4), kg: [5.71, 6.16, 6.62, 7.12, 7.62, 8.06, 8.5] },
			{ ...months(5), kg: [6.09, 6.56, 7.04, 7.56, 8.08, 8.55, 9.01] },
			{ ...months(6), kg: [6.4, 6.88, 7.37, 7.91, 8.45, 8.93, 9.41] },
			{ ...months(7), kg: [6.64, 7.14, 7.63, 8.19, 8.74, 9.24, 9.73] },
			{ ...months(8), kg: [6.85, 7.35, 7.86, 8.42, 8.99, 9.49, 10.0] },
			{ ...months(9), kg: [7.03, 7.54, 8.05, 8.63, 9.2, 9.72, 10.23] },
			{ ...months(10), kg: [7.2, 7.71, 8.24, 8.82, 9.4, 9.93, 10.45] },
			{ ...months(11), kg: [7.37, 7.88, 8.41, 9.0, 9.59, 10.13, 10.66] }
		],
		female: [
			{ ...AT_BIRTH, kg: [2.22, 2.46, 2.7, 2.95, 3.21, 3.44, 3.66] },
			{ ...AT_30_DAYS, kg: [3.05, 3.32, 3.6, 3.91, 4.21, 4.48, 4.74] },
			{ ...months(1), kg: [3.51, 3.81, 4.11, 4.44, 4.77, 5.07, 5.36] },
			{ ...months(2), kg: [4.27, 4.61, 4.95, 5.33, 5.71, 6.06, 6.39] },
			{ ...months(3), kg: [4.9, 5.27, 5.64, 6.06, 6.48, 6.86, 7.24] },
			{ ...months(4), kg: [5.4, 5.79, 6.19, 6.64, 7.1, 7.51, 7.92] },
			{ ...months(5), kg: [5.79, 6.2, 6.63, 7.1, 7.59, 8.03, 8.46] },
			{ ...months(6), kg: [6.1, 6.53, 6.97, 7.47, 7.97, 8.44, 8.9] },
			{ ...months(7), kg: [6.34, 6.78, 7.24, 7.75, 8.28, 8.76, 9.25] },
			{ ...months(8), kg: [6.54, 6.99, 7.46, 7.99, 8.53, 9.03, 9.54] },
			{ ...months(9), kg: [6.7, 7.16, 7.64, 8.19, 8.75, 9.26, 9.79] },
			{ ...months(10), kg: [6.85, 7.32, 7.8, 8.36, 8.94, 9.47, 10.01] },
			{ ...months(11), kg: [6.99, 7.46, 7.96, 8.53, 9.12, 9.66, 10.22] }
		]
	}
};

/** The reference ends at 12 months; past it a chart needs the next table (not held here). */
export const WEIGHT_REFERENCE_END_DAY = 12 * DAYS_PER_MONTH;

export const CENTILE_BANDS = ['below-3', '3-10', '10-25', '25-50', '50-75', '75-90', '90-97', 'above-97'] as const;
export type CentileBand = (typeof CENTILE_BANDS)[number];

type Anchor = { day: number; kg: readonly number[] };

/** Each row read at one age: birth at day 0, 30 days at day 30, a monthly band at its midpoint. */
function anchorsOf(rows: readonly WeightReferenceRow[]): Anchor[] {
	return rows.map((row) => ({ day: (row.fromDay + row.toDay) / 2, kg: row.kg }));
}

const MALE = anchorsOf(WEIGHT_REFERENCE_2023.rows.male);
const FEMALE = anchorsOf(WEIGHT_REFERENCE_2023.rows.female);
// A baby whose sex is undetermined has no table of its own; the mean of the two keeps hints from
// leaning either way (boys run about 0.1–0.5 kg heavier), and is still increasing in the percentile.
const UNDETERMINED = MALE.map((anchor, i) => ({
	day: anchor.day,
	kg: anchor.kg.map((kg, j) => Math.round(((kg + (FEMALE[i]?.kg[j] ?? kg)) / 2) * 1000) / 1000)
}));

function anchorsFor(sex: Sex): Anchor[] {
	return sex === 'male' ? MALE : sex === 'female' ? FEMALE : UNDETERMINED;
}

function lerp(a: readonly number[], b: readonly number[], t: number): number[] {
	return a.map((value, i) => value + ((b[i] ?? value) - value) * t);
}

/**
 * Weight in kg at the 7 percentiles at `ageDays`, linearly interpolated between anchors; from the
 * last anchor (11–12 months, day ≈ 350) to 12 months the last segment's slope is carried on.
 * Undefined before birth and after 12 months.
 */
export function weightBandsAt(sex: Sex, ageDays: number): readonly number[] | undefined {
	if (!(ageDays >= 0 && ageDays <= WEIGHT_REFERENCE_END_DAY)) return undefined;
	const anchors = anchorsFor(sex);
	const next = anchors.findIndex((anchor) => anchor.day > ageDays);
	// Past the last anchor, interpolate along the last segment (t > 1 extrapolates).
	const to = next === -1 ? anchors.length - 1 : Math.max(next, 1);
	const a = anchors[to - 1];
	const b = anchors[to];
	if (!a || !b) return undefined;
	return lerp(a.kg, b.kg, (ageDays - a.day) / (b.day - a.day));
}

/** Which centile band `grams` falls in at `ageDays`; a weight exactly on a percentile counts in the band above it. */
export function weightCentileBand(sex: Sex, ageDays: number, grams: number): CentileBand | undefined {
	const bands = weightBandsAt(sex, ageDays);
	if (!bands || !Number.isFinite(grams)) return undefined;
	const kg = grams / 1000;
	return CENTILE_BANDS[bands.filter((percentileKg) => kg >= percentileKg).length];
}

export type ChartPoint = { day: number; kg: number[] };

/** Points for drawing the 7 percentile curves from birth to `maxDays` (at most 12 months), every `stepDays`. */
export function chartCurves(sex: Sex, maxDays = 365, stepDays = 7): ChartPoint[] {
	if (!(stepDays > 0)) throw new RangeError(`a chart step is a positive number of days, not ${stepDays}`);
	const end = Math.min(maxDays, WEIGHT_REFERENCE_END_DAY);
	const days: number[] = [];
	for (let day = 0; day <= end; day += stepDays) days.push(day);
	if (end >= 0 && days.at(-1) !== end) days.push(end);
	return days.flatMap((day) => {
		const kg = weightBandsAt(sex, day);
		return kg ? [{ day, kg: [...kg] }] : [];
	});
}
