// The EPDS keying, scoring and outcome against DOMAIN.md §2, exhaustively where the space allows.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EPDS_CUTOFFS, EPDS_ITEMS, epdsItemScore, epdsOutcome, epdsPositionForScore, scoreEpds } from './epds.ts';

const position = fc.integer({ min: 0, max: 3 });
const answers = fc.array(position, { minLength: 10, maxLength: 10 });
const partialAnswers = fc.array(fc.option(position, { nil: undefined }), { minLength: 0, maxLength: 10 });

/** DOMAIN.md §2 written out independently of the module: the score of every item × option. */
const EXPECTED_SCORES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => ([1, 2, 4].includes(n) ? [0, 1, 2, 3] : [3, 2, 1, 0]));

describe('EPDS items', () => {
	it('are the ten items of DOMAIN.md §2 with four options each', () => {
		expect(EPDS_ITEMS.map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		for (const item of EPDS_ITEMS) {
			expect(item.options).toHaveLength(4);
			for (const text of [item.question, ...item.options]) expect(text.ja && text.en).toBeTruthy();
		}
		expect(EPDS_ITEMS[0]?.question.ja).toBe('笑うことができたし、物事のおもしろい面もわかった。');
		const item10 = EPDS_ITEMS[9]?.options.map((o) => o.ja);
		expect(item10).toEqual(['はい、かなりしばしばそうだった', '時々そうだった', 'めったになかった', '全くなかった']);
	});

	it('group into the Japanese sub-scales: anhedonia 1–2, anxiety 3–6, depression 7, 9, 10', () => {
		const byTopic = (topic: string | null) => EPDS_ITEMS.filter((item) => item.topic === topic).map((item) => item.number);
		expect(byTopic('anhedonia')).toEqual([1, 2]);
		expect(byTopic('anxiety')).toEqual([3, 4, 5, 6]);
		expect(byTopic('depression')).toEqual([7, 9, 10]);
		expect(byTopic(null)).toEqual([8]);
	});
});

describe('epdsItemScore', () => {
	it('scores every item × option as DOMAIN.md §2 says', () => {
		for (let item = 1; item <= 10; item++) {
			for (let p = 0; p <= 3; p++) expect(epdsItemScore(item, p), `item ${item} option ${p}`).toBe(EXPECTED_SCORES[item - 1]?.[p]);
		}
	});

	it('is inverted by epdsPositionForScore', () => {
		for (let item = 1; item <= 10; item++) {
			for (let s = 0; s <= 3; s++) expect(epdsItemScore(item, epdsPositionForScore(item, s))).toBe(s);
		}
	});

	it.each([
		[0, 0],
		[11, 0],
		[1.5, 0],
		[Number.NaN, 0],
		[1, -1],
		[1, 4],
		[1, 0.5]
	])('refuses item %s, position %s', (item, p) => {
		expect(() => epdsItemScore(item, p)).toThrow(RangeError);
	});
});

describe('scoreEpds', () => {
	it('over all 4^10 answer vectors: total is the sum of item scores and totals are distributed as (1+x+x²+x³)^10', () => {
		// Each item maps positions to scores one-to-one, so the number of vectors per total does not depend on keying.
		let expected = [1];
		for (let i = 0; i < 10; i++) {
			const next = Array<number>(expected.length + 3).fill(0);
			expected.forEach((count, t) => [0, 1, 2, 3].forEach((s) => (next[t + s] = (next[t + s] ?? 0) + count)));
			expected = next;
		}
		const histogram = Array<number>(31).fill(0);
		const vector = Array<number>(10).fill(0);
		let mismatches = 0;
		let selfHarmWithoutItem10 = 0;
		for (let code = 0; code < 4 ** 10; code++) {
			let rest = code;
			let sum = 0;
			for (let i = 0; i < 10; i++) {
				vector[i] = rest & 3;
				rest >>= 2;
				sum += EXPECTED_SCORES[i]?.[vector[i] ?? 0] ?? Number.NaN;
			}
			const score = scoreEpds(vector);
			if (score.total !== sum || !score.complete || score.answered !== 10) mismatches++;
			if (score.item10 !== EXPECTED_SCORES[9]?.[vector[9] ?? 0]) mismatches++;
			if (epdsOutcome(score, 'postpartum').selfHarm !== (vector[9] !== 3)) selfHarmWithoutItem10++;
			histogram[score.total] = (histogram[score.total] ?? 0) + 1;
		}
		expect(mismatches).toBe(0);
		expect(selfHarmWithoutItem10).toBe(0);
		expect(histogram).toEqual(expected);
	});

	it('sums the answered items only and counts them', () => {
		fc.assert(
			fc.property(partialAnswers, (given) => {
				const score = scoreEpds(given);
				const scored = given.flatMap((p, i) => (p === undefined ? [] : [epdsItemScore(i + 1, p)]));
				expect(score.total).toBe(scored.reduce((a, b) => a + b, 0));
				expect(score.answered).toBe(scored.length);
				expect(score.complete).toBe(scored.length === 10);
				expect(score.total).toBeGreaterThanOrEqual(0);
				expect(score.total).toBeLessThanOrEqual(30);
				expect(score.item10).toBe(given[9] === undefined ? undefined : epdsItemScore(10, given[9]));
			})
		);
	});

	it('treats null as a blank item', () => {
		expect(scoreEpds([null, 3, null])).toMatchObject({ total: 3, answered: 1, complete: false, item10: undefined });
		expect(scoreEpds([])).toEqual({ total: 0, item10: undefined, answered: 0, complete: false, subscores: { anhedonia: 0, anxiety: 0, depression: 0 } });
	});

	it('splits the total into sub-scores that add up to it with item 8', () => {
		fc.assert(
			fc.property(answers, (given) => {
				const { total, subscores } = scoreEpds(given);
				expect(subscores.anhedonia + subscores.anxiety + subscores.depression + epdsItemScore(8, given[7] ?? 0)).toBe(total);
				expect(subscores.anhedonia).toBe(epdsItemScore(1, given[0] ?? 0) + epdsItemScore(2, given[1] ?? 0));
			})
		);
	});

	it('maps each item score s to 3 − s when every answer p becomes 3 − p, so the total becomes 30 − total', () => {
		fc.assert(
			fc.property(answers, (given) => {
				const mirrored = given.map((p) => 3 - p);
				given.forEach((p, i) => expect(epdsItemScore(i + 1, 3 - p)).toBe(3 - epdsItemScore(i + 1, p)));
				expect(scoreEpds(mirrored).total).toBe(30 - scoreEpds(given).total);
			})
		);
	});

	it('refuses more than ten answers and positions outside 0–3', () => {
		expect(() => scoreEpds(Array<number>(11).fill(0))).toThrow(RangeError);
		expect(() => scoreEpds([4])).toThrow(RangeError);
	});
});

describe('epdsOutcome', () => {
	it('is positive at total ≥ 9 after birth and ≥ 13 in pregnancy', () => {
		expect(EPDS_CUTOFFS).toEqual({ postpartum: 9, antenatal: 13 });
		expect(epdsOutcome({ total: 8, item10: 0 }, 'postpartum')).toEqual({ cutoff: 9, positive: false, selfHarm: false });
		expect(epdsOutcome({ total: 9, item10: 0 }, 'postpartum').positive).toBe(true);
		expect(epdsOutcome({ total: 12, item10: 0 }, 'antenatal')).toEqual({ cutoff: 13, positive: false, selfHarm: false });
		expect(epdsOutcome({ total: 13, item10: 0 }, 'antenatal').positive).toBe(true);
	});

	it('flags self-harm from item 10 whatever the total', () => {
		// Every other item at its lowest score, item 10 at its lowest non-zero score.
		const onlyItem10 = [0, 0, 3, 0, 3, 3, 3, 3, 3, 2];
		expect(scoreEpds(onlyItem10)).toMatchObject({ total: 1, item10: 1 });
		expect(epdsOutcome(scoreEpds(onlyItem10), 'postpartum')).toEqual({ cutoff: 9, positive: false, selfHarm: true });
		// A clinic result without answers carries item 10 as scored.
		expect(epdsOutcome({ total: 1, item10: 1 }, 'antenatal').selfHarm).toBe(true);
		expect(epdsOutcome({ total: 20, item10: undefined }, 'postpartum').selfHarm).toBe(false);
	});

	it('cannot reach a total above 27 without item 10, so every total of 28–30 also flags self-harm', () => {
		fc.assert(
			fc.property(answers, (given) => {
				const score = scoreEpds(given);
				if (score.item10 === 0) expect(score.total).toBeLessThanOrEqual(27);
				if (score.total > 27) expect(epdsOutcome(score, 'postpartum').selfHarm).toBe(true);
			})
		);
		expect(scoreEpds([3, 3, 0, 3, 0, 0, 0, 0, 0, 3])).toMatchObject({ total: 27, item10: 0 });
	});

	it('is monotonic in the total and the flag does not depend on it', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 3 }), (a, b, item10) => {
				const [low, high] = a <= b ? [a, b] : [b, a];
				for (const context of ['postpartum', 'antenatal'] as const) {
					const lower = epdsOutcome({ total: low, item10 }, context);
					const higher = epdsOutcome({ total: high, item10 }, context);
					if (lower.positive) expect(higher.positive).toBe(true);
					expect(lower.selfHarm).toBe(higher.selfHarm);
					expect(lower.selfHarm).toBe(item10 >= 1);
				}
			})
		);
	});

	it('honours configured cutoffs for the given context only', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 30 }), (total, cutoff) => {
				expect(epdsOutcome({ total, item10: 0 }, 'postpartum', { postpartum: cutoff })).toEqual({
					cutoff,
					positive: total >= cutoff,
					selfHarm: false
				});
				expect(epdsOutcome({ total, item10: 0 }, 'antenatal', { postpartum: cutoff }).cutoff).toBe(13);
			})
		);
	});
});
