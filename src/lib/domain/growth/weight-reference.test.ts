// Reading the 2023 weight reference: the data as published, interpolation, centile bands and curves.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	chartCurves,
	DAYS_PER_MONTH,
	WEIGHT_REFERENCE_2023,
	WEIGHT_REFERENCE_END_DAY,
	weightBandsAt,
	weightCentileBand,
	type Sex
} from './weight-reference.ts';

const SEXES: Sex[] = ['male', 'female', 'undetermined'];
const age = fc.double({ min: 0, max: WEIGHT_REFERENCE_END_DAY, noNaN: true });
const anchorDays = WEIGHT_REFERENCE_2023.rows.male.map((row) => (row.fromDay + row.toDay) / 2);

describe('WEIGHT_REFERENCE_2023', () => {
	it('holds the edition and 13 rows of 7 percentiles for each sex', () => {
		expect(WEIGHT_REFERENCE_2023.edition.id).toBe('mhlw-2023');
		expect(WEIGHT_REFERENCE_2023.edition.source).toBe('e-Stat statInfId 000040240361');
		expect(WEIGHT_REFERENCE_2023.percentiles).toEqual([3, 10, 25, 50, 75, 90, 97]);
		for (const rows of [WEIGHT_REFERENCE_2023.rows.male, WEIGHT_REFERENCE_2023.rows.female]) {
			expect(rows).toHaveLength(13);
			for (const row of rows) expect(row.kg).toHaveLength(7);
		}
	});

	it('copies DOMAIN.md §6 (spot checks at birth, 30 days and 11–12 months)', () => {
		const { male, female } = WEIGHT_REFERENCE_2023.rows;
		expect(male[0]?.kg).toEqual([2.32, 2.58, 2.8, 3.06, 3.31, 3.56, 3.81]);
		expect(female[1]?.kg).toEqual([3.05, 3.32, 3.6, 3.91, 4.21, 4.48, 4.74]);
		expect(male[12]?.kg).toEqual([7.37, 7.88, 8.41, 9.0, 9.59, 10.13, 10.66]);
		expect(female[12]?.kg).toEqual([6.99, 7.46, 7.96, 8.53, 9.12, 9.66, 10.22]);
		expect(male[2]).toMatchObject({ fromDay: DAYS_PER_MONTH, toDay: 2 * DAYS_PER_MONTH, label: { en: '1 to under 2 months' } });
		expect(male.map((row) => row.fromDay)).toEqual(female.map((row) => row.fromDay));
	});
});

describe('weightBandsAt', () => {
	it('reads each anchor exactly: birth at day 0, 30 days at day 30, a monthly band at its midpoint', () => {
		for (const sex of ['male', 'female'] as const) {
			WEIGHT_REFERENCE_2023.rows[sex].forEach((row, i) => {
				const bands = weightBandsAt(sex, anchorDays[i] ?? Number.NaN);
				row.kg.forEach((kg, j) => expect(bands?.[j]).toBeCloseTo(kg, 10));
			});
		}
	});

	it('takes the mean of the two tables for an undetermined sex', () => {
		expect(weightBandsAt('undetermined', 0)).toEqual([2.27, 2.52, 2.75, 3.005, 3.26, 3.5, 3.735]);
		fc.assert(
			fc.property(age, (day) => {
				const [male, female, mean] = SEXES.map((sex) => weightBandsAt(sex, day));
				mean?.forEach((kg, j) => expect(kg).toBeCloseTo(((male?.[j] ?? 0) + (female?.[j] ?? 0)) / 2, 2));
			})
		);
	});

	it('stays between the neighbouring anchors', () => {
		fc.assert(
			fc.property(fc.constantFrom(...SEXES), fc.double({ min: 0, max: anchorDays.at(-1) ?? 0, noNaN: true }), (sex, day) => {
				const next = anchorDays.findIndex((d) => d > day);
				const i = next === -1 ? anchorDays.length - 1 : Math.max(1, next);
				const before = weightBandsAt(sex, anchorDays[i - 1] ?? 0);
				const after = weightBandsAt(sex, anchorDays[i] ?? 0);
				weightBandsAt(sex, day)?.forEach((kg, j) => {
					expect(kg).toBeGreaterThanOrEqual(Math.min(before?.[j] ?? 0, after?.[j] ?? 0) - 1e-9);
					expect(kg).toBeLessThanOrEqual(Math.max(before?.[j] ?? 0, after?.[j] ?? 0) + 1e-9);
				});
			})
		);
	});

	it('increases with the percentile at every age, for every sex, and with age at every percentile', () => {
		fc.assert(
			fc.property(fc.constantFrom(...SEXES), age, age, (sex, a, b) => {
				const bands = weightBandsAt(sex, a) ?? [];
				expect(bands).toHaveLength(7);
				for (let j = 1; j < 7; j++) expect(bands[j]).toBeGreaterThan(bands[j - 1] ?? Infinity);
				const [younger, older] = a <= b ? [bands, weightBandsAt(sex, b) ?? []] : [weightBandsAt(sex, b) ?? [], bands];
				younger.forEach((kg, j) => expect(older[j]).toBeGreaterThanOrEqual(kg));
			})
		);
	});

	it('carries the last slope on to 12 months and has nothing before birth or after', () => {
		const last = weightBandsAt('male', anchorDays.at(-1) ?? 0)?.[3] ?? 0;
		expect(weightBandsAt('male', WEIGHT_REFERENCE_END_DAY)?.[3]).toBeGreaterThan(last);
		expect(weightBandsAt('male', WEIGHT_REFERENCE_END_DAY)?.[3]).toBeLessThan(9.2);
		for (const day of [-1, WEIGHT_REFERENCE_END_DAY + 0.01, 400, Number.NaN]) expect(weightBandsAt('female', day)).toBeUndefined();
	});
});

describe('weightCentileBand', () => {
	it('places a weight between the percentiles it falls between', () => {
		expect(weightCentileBand('male', 0, 3060)).toBe('50-75');
		expect(weightCentileBand('male', 0, 3059)).toBe('25-50');
		expect(weightCentileBand('male', 0, 2319)).toBe('below-3');
		expect(weightCentileBand('male', 0, 2320)).toBe('3-10');
		expect(weightCentileBand('female', 30, 4740)).toBe('above-97');
		expect(weightCentileBand('female', 30, 4739)).toBe('90-97');
		expect(weightCentileBand('female', 500, 9000)).toBeUndefined();
		expect(weightCentileBand('female', 30, Number.NaN)).toBeUndefined();
	});

	it('moves up, never down, as the weight grows at a fixed age', () => {
		const order = ['below-3', '3-10', '10-25', '25-50', '50-75', '75-90', '90-97', 'above-97'];
		fc.assert(
			fc.property(fc.constantFrom(...SEXES), age, fc.integer({ min: 1000, max: 15000 }), fc.integer({ min: 0, max: 3000 }), (sex, day, g, more) => {
				const lighter = order.indexOf(weightCentileBand(sex, day, g) ?? '');
				expect(lighter).toBeGreaterThanOrEqual(0);
				expect(order.indexOf(weightCentileBand(sex, day, g + more) ?? '')).toBeGreaterThanOrEqual(lighter);
			})
		);
	});
});

describe('chartCurves', () => {
	it('gives a point every week from birth to 365 days by default, ending at the last day', () => {
		const points = chartCurves('female');
		expect(points[0]).toEqual({ day: 0, kg: [2.22, 2.46, 2.7, 2.95, 3.21, 3.44, 3.66] });
		expect(points.slice(0, 3).map((p) => p.day)).toEqual([0, 7, 14]);
		expect(points.at(-1)?.day).toBe(365);
		expect(points).toHaveLength(54);
		for (const point of points) expect(point.kg).toEqual(weightBandsAt('female', point.day));
	});

	it('stops at 12 months and refuses a step that is not positive', () => {
		expect(chartCurves('male', 1000, 30).at(-1)?.day).toBe(WEIGHT_REFERENCE_END_DAY);
		expect(chartCurves('male', 10, 5).map((p) => p.day)).toEqual([0, 5, 10]);
		expect(() => chartCurves('male', 100, 0)).toThrow(RangeError);
	});
});
