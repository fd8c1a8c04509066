// Weight gain between dated weights, and the reference bands it is read against. These are hints for
// the visitor, never diagnoses: there is no single official standard for daily gain (DOMAIN.md §3).

import { daysBetween } from '../calendar.ts';
import type { Bilingual } from '../screening/bilingual.ts';
import { DAYS_PER_MONTH, weightCentileBand, type CentileBand, type Sex } from './weight-reference.ts';

export type WeightMeasurement = {
	/** YYYY-MM-DD */
	date: string;
	grams: number;
	/** where the weight came from (a visit, a clinic checkup, the handbook …) */
	source?: string;
};

/** Calendar days between two dates; one definition for the whole domain (calendar.ts). */
export { daysBetween };

/** Rounds to one decimal, halves away from zero, so that negating the input negates the result. */
function round1(value: number): number {
	const magnitude = Math.round(Math.abs(value) * 10) / 10;
	return magnitude === 0 ? 0 : Math.sign(value) * magnitude;
}

type DatedWeight = Pick<WeightMeasurement, 'date' | 'grams'>;

/** Grams per day from `earlier` to `later`, one decimal; undefined unless `later` is at least a day after. */
export function weightGainPerDay(earlier: DatedWeight, later: DatedWeight): number | undefined {
	const days = daysBetween(earlier.date, later.date);
	return days > 0 ? round1((later.grams - earlier.grams) / days) : undefined;
}

export type WeightGainBand = {
	/** age in days at the later measurement; `toDay` is exclusive except for the last band */
	fromDay: number;
	toDay: number;
	/** the typical range, g/day */
	low: number;
	high: number;
	/** g/day below which the gain is worth a closer look */
	concernBelow: number;
	basis: Bilingual;
};

/** Before this age the baby is still in the physiological loss, read against birth weight instead (birthWeightLossStatus). */
export const PHYSIOLOGICAL_LOSS_DAYS = 14;

/**
 * Reference bands by age. From 3 months the bands are read off the 2023 Japanese reference
 * (weight-reference.ts): the slope of the 50th-percentile curve between neighbouring anchors gives the
 * typical range, the slope of the 3rd-percentile curve the concern line (weight-gain.test.ts checks both).
 */
export const WEIGHT_GAIN_BANDS: readonly WeightGainBand[] = [
	{
		fromDay: PHYSIOLOGICAL_LOSS_DAYS,
		toDay: 3 * DAYS_PER_MONTH,
		low: 25,
		high: 50,
		// WHO/UNICEF: at least 125 g a week (≈ 18 g/day); Japanese texts quote lower bounds of 14–20.
		concernBelow: 18,
		basis: {
			ja: '2週～3か月：1日25～50g（生後1か月は約30g）。WHO/UNICEFの目安は週125g以上（1日約18g）。',
			en: '2 weeks to 3 months: 25–50 g a day (about 30 in the first month). WHO/UNICEF: at least 125 g a week (about 18 a day).'
		}
	},
	{
		fromDay: 3 * DAYS_PER_MONTH,
		toDay: 6 * DAYS_PER_MONTH,
		// The 2023 median curve rises ≈ 24 g/day at 3 months, ≈ 19 at 4, ≈ 15 at 5 and ≈ 12 at 6; the
		// 3rd-percentile curve never rises slower than ≈ 10 in this period.
		low: 11,
		high: 25,
		concernBelow: 10,
		basis: {
			ja: '3～6か月：1日11～25g（令和5年乳幼児身体発育調査の50パーセンタイル曲線の傾き。3か月で約24g、6か月で約12g）。',
			en: '3 to 6 months: 11–25 g a day (slope of the 50th-percentile curve, 2023 Japanese survey: about 24 at 3 months, 12 at 6).'
		}
	},
	{
		fromDay: 6 * DAYS_PER_MONTH,
		toDay: 12 * DAYS_PER_MONTH,
		// The often-quoted 10–15 g/day is steeper than the 2023 median curve after 6 months (≈ 12 falling to
		// ≈ 6), so the low end follows the curve; the 3rd percentile's flattest stretch is ≈ 4.6 g/day.
		low: 5,
		high: 15,
		concernBelow: 4,
		basis: {
			ja: '6～12か月：1日5～15g（よく引用される目安は10～15g。令和5年調査の50パーセンタイル曲線の傾きは約12gから約6gへ下がる）。',
			en: '6 to 12 months: 5–15 g a day (often quoted as 10–15; the 2023 median curve slows from about 12 to about 6).'
		}
	}
];

export type WeightGainStatus = 'below-concern' | 'below-typical' | 'typical' | 'above-typical' | 'no-reference';
export type WeightGainAssessment = { band: WeightGainBand | undefined; status: WeightGainStatus };

function bandAt(ageDays: number): WeightGainBand | undefined {
	const last = WEIGHT_GAIN_BANDS.at(-1);
	return WEIGHT_GAIN_BANDS.find((band) => ageDays >= band.fromDay && (ageDays < band.toDay || (band === last && ageDays <= band.toDay)));
}

/** Reads a gain (g/day) against the band for the age at the later of the two weights. */
export function assessWeightGain(gainPerDay: number, ageDaysAtLaterMeasurement: number): WeightGainAssessment {
	const band = bandAt(ageDaysAtLaterMeasurement);
	if (!band || !Number.isFinite(gainPerDay)) return { band, status: 'no-reference' };
	if (gainPerDay < band.concernBelow) return { band, status: 'below-concern' };
	if (gainPerDay < band.low) return { band, status: 'below-typical' };
	return { band, status: gainPerDay <= band.high ? 'typical' : 'above-typical' };
}

/** Percent change from birth weight, one decimal: −7 means 7 % below birth weight. */
export function weightChangeFromBirth(birthGrams: number, grams: number): number {
	if (!(birthGrams > 0)) throw new RangeError('a birth weight is a positive number of grams'); // no value: messages reach logs
	return round1(((grams - birthGrams) / birthGrams) * 100);
}

/** A loss of 5–10 % is expected, lowest at days 3–5, and birth weight is back by 2–3 weeks (DOMAIN.md §3). */
export const BIRTH_WEIGHT_LOSS = { concernAbovePercent: 10, regainedByDay: 21 } as const;

export type BirthWeightStatus = 'regained' | 'expected' | 'concern-loss' | 'concern-not-regained';

/** Reads a change from birth weight (as weightChangeFromBirth gives it, negative for a loss) at `ageDays`. */
export function birthWeightLossStatus(percentChange: number, ageDays: number): BirthWeightStatus {
	if (percentChange < -BIRTH_WEIGHT_LOSS.concernAbovePercent) return 'concern-loss';
	if (percentChange >= 0) return 'regained';
	return ageDays >= BIRTH_WEIGHT_LOSS.regainedByDay ? 'concern-not-regained' : 'expected';
}

export type WeightGainPoint = WeightMeasurement & {
	ageDays: number;
	/** g/day since the previous weight (birth for the first); undefined on the day of birth */
	gainPerDay: number | undefined;
	assessment: WeightGainAssessment | undefined;
	centileBand: CentileBand | undefined;
	changeFromBirth: number;
	birthWeightStatus: BirthWeightStatus;
};

/**
 * A baby's weights in date order, each read against the one before (birth for the first). Weights on
 * the same date keep the one given last (a later source corrects an earlier one); weights dated
 * before birth are dropped.
 */
export function weightGainSeries(
	measurements: readonly WeightMeasurement[],
	birth: { date: string; grams: number },
	sex: Sex
): WeightGainPoint[] {
	const byDate = new Map<string, WeightMeasurement>();
	for (const measurement of measurements) {
		byDate.delete(measurement.date);
		byDate.set(measurement.date, measurement);
	}
	const dated = [...byDate.values()]
		.map((measurement) => ({ measurement, ageDays: daysBetween(birth.date, measurement.date) }))
		.filter(({ ageDays }) => ageDays >= 0)
		.sort((a, b) => a.ageDays - b.ageDays);
	let previous: DatedWeight = birth;
	return dated.map(({ measurement, ageDays }) => {
		const gainPerDay = weightGainPerDay(previous, measurement);
		previous = measurement;
		const changeFromBirth = weightChangeFromBirth(birth.grams, measurement.grams);
		return {
			...measurement,
			ageDays,
			gainPerDay,
			assessment: gainPerDay === undefined ? undefined : assessWeightGain(gainPerDay, ageDays),
			centileBand: weightCentileBand(sex, ageDays, measurement.grams),
			changeFromBirth,
			birthWeightStatus: birthWeightLossStatus(changeFromBirth, ageDays)
		};
	});
}
