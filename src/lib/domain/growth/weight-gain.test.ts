// Weight gain per day, its reference bands, birth-weight loss and the series a chart draws.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	assessWeightGain,
	birthWeightLossStatus,
	daysBetween,
	WEIGHT_GAIN_BANDS,
	weightChangeFromBirth,
	weightGainPerDay,
	weightGainSeries
} from './weight-gain.ts';
import { DAYS_PER_MONTH, WEIGHT_REFERENCE_2023 } from './weight-reference.ts';

const DAY_MS = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const date = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => isoDay(d.getTime()));
const grams = fc.integer({ min: 300, max: 15000 });

describe('daysBetween', () => {
	it('counts calendar days, across month ends, leap days and DST changes elsewhere', () => {
		expect(daysBetween('2026-11-19', '2026-11-20')).toBe(1);
		expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
		expect(daysBetween('2026-12-31', '2026-01-01')).toBe(-364);
	});

	it('refuses what is not a calendar date', () => {
		for (const bad of ['2026-02-30', '2026-1-01', '20260101', '', '2026-11-19T00:00:00Z']) {
			expect(() => daysBetween(bad, '2026-01-01')).toThrow(RangeError);
		}
	});

	it('is antisymmetric and adds up along a chain', () => {
		fc.assert(
			fc.property(date, date, date, (a, b, c) => {
				expect(daysBetween(a, b)).toBe(-daysBetween(b, a) || 0);
				expect(daysBetween(a, c)).toBe(daysBetween(a, b) + daysBetween(b, c));
			})
		);
	});
});

describe('weightGainPerDay', () => {
	it('divides the change by the days between, to one decimal', () => {
		expect(weightGainPerDay({ date: '2026-10-01', grams: 3000 }, { date: '2026-10-31', grams: 3900 })).toBe(30);
		expect(weightGainPerDay({ date: '2026-10-01', grams: 3000 }, { date: '2026-10-04', grams: 3100 })).toBe(33.3);
		expect(weightGainPerDay({ date: '2026-10-01', grams: 3000 }, { date: '2026-10-04', grams: 2900 })).toBe(-33.3);
	});

	it('has no answer for the same day or a later weight dated earlier', () => {
		expect(weightGainPerDay({ date: '2026-10-01', grams: 3000 }, { date: '2026-10-01', grams: 3100 })).toBeUndefined();
		expect(weightGainPerDay({ date: '2026-10-02', grams: 3000 }, { date: '2026-10-01', grams: 3100 })).toBeUndefined();
	});

	it('is 0 between equal weights and changes sign when the two weights swap', () => {
		fc.assert(
			fc.property(date, fc.integer({ min: 1, max: 400 }), grams, grams, (from, days, a, b) => {
				const to = isoDay(Date.parse(from) + days * DAY_MS);
				expect(weightGainPerDay({ date: from, grams: a }, { date: to, grams: a })).toBe(0);
				const gain = weightGainPerDay({ date: from, grams: a }, { date: to, grams: b });
				expect(weightGainPerDay({ date: from, grams: b }, { date: to, grams: a })).toBe(gain === 0 ? 0 : -(gain ?? 0));
				expect(Math.abs((gain ?? 0) - (b - a) / days)).toBeLessThanOrEqual(0.05 + 1e-9);
			})
		);
	});
});

describe('WEIGHT_GAIN_BANDS', () => {
	it('cover 2 weeks to 12 months without gaps, each with concern < low < high', () => {
		expect(WEIGHT_GAIN_BANDS[0]?.fromDay).toBe(14);
		expect(WEIGHT_GAIN_BANDS.at(-1)?.toDay).toBe(12 * DAYS_PER_MONTH);
		WEIGHT_GAIN_BANDS.forEach((band, i) => {
			if (i > 0) expect(band.fromDay).toBe(WEIGHT_GAIN_BANDS[i - 1]?.toDay);
			expect(band.concernBelow).toBeLessThan(band.low);
			expect(band.low).toBeLessThan(band.high);
			expect(band.basis.ja && band.basis.en).toBeTruthy();
		});
		expect(WEIGHT_GAIN_BANDS[0]).toMatchObject({ low: 25, high: 50, concernBelow: 18 });
	});

	it('from 3 months follow the 2023 reference: median slopes inside the typical range, 3rd-percentile slopes above the concern line', () => {
		for (const band of WEIGHT_GAIN_BANDS.filter((b) => b.fromDay >= 3 * DAYS_PER_MONTH)) {
			const median: number[] = [];
			const third: number[] = [];
			for (const rows of [WEIGHT_REFERENCE_2023.rows.male, WEIGHT_REFERENCE_2023.rows.female]) {
				const anchors = rows.map((row) => ({ day: (row.fromDay + row.toDay) / 2, kg: row.kg }));
				anchors.slice(1).forEach((b, i) => {
					const a = anchors[i];
					if (!a) return;
					const mid = (a.day + b.day) / 2;
					if (mid < band.fromDay - 1e-9 || mid > band.toDay + 1e-9) return;
					const slope = (j: number) => (((b.kg[j] ?? 0) - (a.kg[j] ?? 0)) * 1000) / (b.day - a.day);
					median.push(slope(3));
					third.push(slope(0));
				});
			}
			expect(median.length).toBeGreaterThan(0);
			for (const slope of median) expect(slope).toBeGreaterThanOrEqual(band.low);
			for (const slope of median) expect(slope).toBeLessThanOrEqual(band.high);
			// The low end is the flattest median slope rounded down, not further.
			expect(Math.min(...median) - band.low).toBeLessThan(1);
			for (const slope of third) expect(slope).toBeGreaterThanOrEqual(band.concernBelow);
		}
	});
});

describe('assessWeightGain', () => {
	it('reads a gain against the band for the age', () => {
		expect(assessWeightGain(30, 30)).toMatchObject({ status: 'typical', band: { low: 25 } });
		expect(assessWeightGain(20, 30).status).toBe('below-typical');
		expect(assessWeightGain(17.9, 30).status).toBe('below-concern');
		expect(assessWeightGain(18, 30).status).toBe('below-typical');
		expect(assessWeightGain(50, 30).status).toBe('typical');
		expect(assessWeightGain(50.1, 30).status).toBe('above-typical');
		expect(assessWeightGain(15, 120).status).toBe('typical');
		expect(assessWeightGain(8, 300).status).toBe('typical');
		expect(assessWeightGain(3, 300).status).toBe('below-concern');
	});

	it('has no reference during the physiological loss, after 12 months or for a gain that is not a number', () => {
		expect(assessWeightGain(-50, 5)).toEqual({ band: undefined, status: 'no-reference' });
		expect(assessWeightGain(30, 13.9).status).toBe('no-reference');
		expect(assessWeightGain(30, 14).status).toBe('typical');
		expect(assessWeightGain(8, 365.25).status).toBe('typical');
		expect(assessWeightGain(8, 366).status).toBe('no-reference');
		expect(assessWeightGain(Number.NaN, 60).status).toBe('no-reference');
	});

	it('never rates a larger gain lower at the same age', () => {
		const rank = ['below-concern', 'below-typical', 'typical', 'above-typical'];
		fc.assert(
			fc.property(
				fc.double({ min: 14, max: 365, noNaN: true }),
				fc.double({ min: -50, max: 80, noNaN: true }),
				fc.double({ min: 0, max: 50, noNaN: true }),
				(age, gain, more) => {
					const rankOf = (g: number) => rank.indexOf(assessWeightGain(g, age).status);
					expect(rankOf(gain + more)).toBeGreaterThanOrEqual(rankOf(gain));
				}
			)
		);
	});
});

describe('birth weight', () => {
	it('gives the change from birth weight in percent', () => {
		expect(weightChangeFromBirth(3000, 2790)).toBe(-7);
		expect(weightChangeFromBirth(3000, 3100)).toBe(3.3);
		expect(() => weightChangeFromBirth(0, 3000)).toThrow(RangeError);
	});

	it('expects a loss of up to 10 %, worries past 10 % and when birth weight is not back by day 21', () => {
		expect(birthWeightLossStatus(-7, 4)).toBe('expected');
		expect(birthWeightLossStatus(-10, 4)).toBe('expected');
		expect(birthWeightLossStatus(-10.1, 4)).toBe('concern-loss');
		expect(birthWeightLossStatus(-2, 20)).toBe('expected');
		expect(birthWeightLossStatus(-2, 21)).toBe('concern-not-regained');
		expect(birthWeightLossStatus(0, 21)).toBe('regained');
		expect(birthWeightLossStatus(4, 10)).toBe('regained');
	});
});

describe('weightGainSeries', () => {
	const birth = { date: '2026-10-01', grams: 3000 };

	it('sorts, reads each weight against the previous one and against birth', () => {
		const series = weightGainSeries(
			[
				{ date: '2026-10-31', grams: 3900, source: 'visit' },
				{ date: '2026-10-05', grams: 2790, source: 'clinic' }
			],
			birth,
			'female'
		);
		expect(series.map((p) => [p.date, p.ageDays, p.gainPerDay])).toEqual([
			['2026-10-05', 4, -52.5],
			['2026-10-31', 30, 42.7]
		]);
		expect(series[0]).toMatchObject({ assessment: { status: 'no-reference' }, changeFromBirth: -7, birthWeightStatus: 'expected', source: 'clinic' });
		expect(series[1]).toMatchObject({ assessment: { status: 'typical' }, centileBand: '25-50', birthWeightStatus: 'regained' });
	});

	it('keeps the weight given last for a date and drops weights before birth', () => {
		const series = weightGainSeries(
			[
				{ date: '2026-10-15', grams: 3300, source: 'handbook' },
				{ date: '2026-09-30', grams: 3000 },
				{ date: '2026-10-15', grams: 3320, source: 'visit' }
			],
			birth,
			'male'
		);
		expect(series).toHaveLength(1);
		expect(series[0]).toMatchObject({ grams: 3320, source: 'visit', ageDays: 14, gainPerDay: 22.9 });
	});

	it('has no gain for a weight on the day of birth', () => {
		const [atBirth] = weightGainSeries([{ date: '2026-10-01', grams: 3010 }], birth, 'undetermined');
		expect(atBirth).toMatchObject({ ageDays: 0, gainPerDay: undefined, assessment: undefined });
	});

	it('is in date order with unique dates, whatever the input order', () => {
		const offsets = fc.array(fc.record({ day: fc.integer({ min: -5, max: 365 }), grams }), { maxLength: 15 });
		fc.assert(
			fc.property(offsets, (given) => {
				const measurements = given.map(({ day, grams: g }) => ({ date: isoDay(Date.parse(birth.date) + day * DAY_MS), grams: g }));
				const series = weightGainSeries(measurements, birth, 'male');
				const ages = series.map((p) => p.ageDays);
				expect(ages).toEqual([...new Set(ages)].sort((a, b) => a - b));
				expect(new Set(ages)).toEqual(new Set(given.filter((m) => m.day >= 0).map((m) => m.day)));
				series.forEach((point, i) => {
					const previous = series[i - 1] ?? birth;
					expect(point.gainPerDay).toEqual(weightGainPerDay(previous, point));
				});
			})
		);
	});
});
