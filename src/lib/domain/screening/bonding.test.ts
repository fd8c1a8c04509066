// The bonding questionnaire's keying and scoring against DOMAIN.md §2.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BONDING_ITEMS, BONDING_THRESHOLDS, bondingItemScore, bondingOutcome, bondingPositionForScore, scoreBonding } from './bonding.ts';

const position = fc.integer({ min: 0, max: 3 });
const answers = fc.array(position, { minLength: 10, maxLength: 10 });

describe('bonding items', () => {
	it('key items 1, 6, 8 and 10 as positive feelings, the rest negative (DOMAIN.md §2)', () => {
		expect(BONDING_ITEMS.map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(BONDING_ITEMS.filter((item) => item.keying === 'positive').map((item) => item.number)).toEqual([1, 6, 8, 10]);
	});

	it('print the same four options, from "almost always, strongly" to "not at all"', () => {
		for (const item of BONDING_ITEMS) {
			const options = item.options.map((o) => o.ja);
			expect(options).toEqual(['ほとんどいつも強くそう感じる', 'たまに強くそう感じる', 'たまに少しそう感じる', '全然そう感じない']);
			expect(item.question.ja && item.question.en).toBeTruthy();
		}
	});
});

describe('bondingItemScore', () => {
	it('scores a strong negative feeling 3 and a strong positive feeling 0, for every item × option', () => {
		for (const item of BONDING_ITEMS) {
			for (let p = 0; p <= 3; p++) {
				expect(bondingItemScore(item.number, p), `item ${item.number} option ${p}`).toBe(item.keying === 'positive' ? p : 3 - p);
			}
		}
		// "resentful", always strongly; "baby feels dear", always strongly
		expect(bondingItemScore(3, 0)).toBe(3);
		expect(bondingItemScore(1, 0)).toBe(0);
	});

	it('is inverted by bondingPositionForScore', () => {
		for (let item = 1; item <= 10; item++) {
			for (let s = 0; s <= 3; s++) expect(bondingItemScore(item, bondingPositionForScore(item, s))).toBe(s);
		}
	});

	it('refuses items outside 1–10 and positions outside 0–3', () => {
		expect(() => bondingItemScore(0, 0)).toThrow(RangeError);
		expect(() => bondingItemScore(11, 0)).toThrow(RangeError);
		expect(() => bondingItemScore(1, 4)).toThrow(RangeError);
		expect(() => bondingItemScore(1, -1)).toThrow(RangeError);
	});
});

describe('scoreBonding', () => {
	it('sums the item scores of the answered items, 0–30', () => {
		fc.assert(
			fc.property(fc.array(fc.option(position, { nil: undefined }), { maxLength: 10 }), (given) => {
				const scored = given.flatMap((p, i) => (p === undefined ? [] : [bondingItemScore(i + 1, p)]));
				expect(scoreBonding(given)).toEqual({
					total: scored.reduce((a, b) => a + b, 0),
					answered: scored.length,
					complete: scored.length === 10
				});
			})
		);
	});

	it('gives 0 to a mother with only warm feelings and 30 to one with only cold ones', () => {
		const warm = BONDING_ITEMS.map((item) => (item.keying === 'positive' ? 0 : 3));
		expect(scoreBonding(warm)).toEqual({ total: 0, answered: 10, complete: true });
		expect(scoreBonding(warm.map((p) => 3 - p)).total).toBe(30);
	});

	it('turns the total into 30 − total when every answer p becomes 3 − p', () => {
		fc.assert(
			fc.property(answers, (given) => {
				expect(scoreBonding(given.map((p) => 3 - p)).total).toBe(30 - scoreBonding(given).total);
			})
		);
	});
});

describe('bondingOutcome', () => {
	it('is positive at total ≥ 5 by default, or at the threshold given', () => {
		expect(BONDING_THRESHOLDS).toEqual({ default: 5, mild: 3 });
		expect(bondingOutcome(4)).toEqual({ threshold: 5, positive: false });
		expect(bondingOutcome(5)).toEqual({ threshold: 5, positive: true });
		expect(bondingOutcome(3, BONDING_THRESHOLDS.mild)).toEqual({ threshold: 3, positive: true });
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 30 }), (total, threshold) => {
				expect(bondingOutcome(total, threshold).positive).toBe(total >= threshold);
			})
		);
	});
});
