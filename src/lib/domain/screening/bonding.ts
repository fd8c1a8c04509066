// 赤ちゃんへの気持ち質問票 (Mother-to-Infant Bonding Scale, Japanese version, Yoshida et al. 2012): its
// items as printed, the keying, the scoring and the configurable threshold.

import { keyedScore, scoreItems } from './answers.ts';
import type { Bilingual } from './bilingual.ts';

/** A positive item voices a warm feeling; a negative one a cold or hostile feeling. */
export type BondingKeying = 'positive' | 'negative';

export type BondingItem = {
	number: number;
	keying: BondingKeying;
	question: Bilingual;
	/** in the order printed on the form; answers are stored as positions in this list */
	options: readonly [Bilingual, Bilingual, Bilingual, Bilingual];
};

// Every item shares the same four options, from "almost always, strongly" to "not at all".
const OPTIONS = [
	{ ja: 'ほとんどいつも強くそう感じる', en: 'Almost always, strongly' },
	{ ja: 'たまに強くそう感じる', en: 'Sometimes, strongly' },
	{ ja: 'たまに少しそう感じる', en: 'Sometimes, a little' },
	{ ja: '全然そう感じない', en: 'Not at all' }
] as const satisfies BondingItem['options'];

function item(number: number, keying: BondingKeying, ja: string, en: string): BondingItem {
	return { number, keying, question: { ja, en }, options: OPTIONS };
}

/**
 * The keying table: a higher total means more negative feelings, so a negative item scores 3 for its
 * first option and a positive item 0. Unverified against the official form (DOMAIN.md §2): correct
 * it here and stored answers (option positions) rescore.
 */
export const BONDING_ITEMS: readonly BondingItem[] = [
	item(1, 'positive', '赤ちゃんをいとおしいと感じる。', 'I feel that my baby is dear to me'),
	item(
		2,
		'negative',
		'赤ちゃんのためにしないといけないことがあるのに、おろおろしてどうしていいかわからない時がある。',
		"There are times I get flustered and don't know what to do for my baby"
	),
	item(3, 'negative', '赤ちゃんのことが腹立たしくいやになる。', 'I feel resentful towards my baby'),
	item(4, 'negative', '赤ちゃんに対して何も特別な気持ちがわかない。', 'I feel nothing special for my baby'),
	item(5, 'negative', '赤ちゃんに対して怒りがこみあげる。', 'Anger wells up in me towards my baby'),
	item(6, 'positive', '赤ちゃんの世話を楽しみながらしている。', 'I enjoy caring for my baby'),
	item(7, 'negative', 'こんな子でなかったらなあと思う。', 'I wish my baby were not like this'),
	item(8, 'positive', '赤ちゃんを守ってあげたいと感じる。', 'I want to protect my baby'),
	item(9, 'negative', 'この子がいなかったらなあと思う。', 'I wish this baby were not here'),
	item(10, 'positive', '赤ちゃんをとても身近に感じる。', 'I feel very close to my baby')
];

/** No national cutoff (DOMAIN.md §2): ≥ 5 at 1 month (JECS validity work), ≥ 3 for milder difficulty (Nishikii 2025). */
export const BONDING_THRESHOLDS = { default: 5, mild: 3 } as const;

export const BONDING_CITATION: Bilingual = {
	ja:
		'Yoshida K, Yamashita H, Conroy S, Marks M, Kumar C. A Japanese version of Mother-to-Infant Bonding Scale: factor structure, ' +
		'longitudinal changes and links with maternal mood during the early postnatal period in Japanese mothers. ' +
		'Arch Womens Ment Health 2012;15:343–352. 得点が高いほど赤ちゃんへの否定的な気持ちが強いことを示します。診断ではありません。',
	en:
		'Yoshida K, Yamashita H, Conroy S, Marks M, Kumar C. A Japanese version of Mother-to-Infant Bonding Scale: factor structure, ' +
		'longitudinal changes and links with maternal mood during the early postnatal period in Japanese mothers. ' +
		'Arch Womens Ment Health 2012;15:343–352. A higher score means more negative feelings towards the baby. It is not a diagnosis.'
};

function bondingItem(itemNumber: number): BondingItem {
	const found = Number.isInteger(itemNumber) ? BONDING_ITEMS[itemNumber - 1] : undefined;
	if (!found) throw new RangeError(`bonding items are numbered 1–10, not ${itemNumber}`);
	return found;
}

/** The score (0–3) of choosing the option at `position` (0-based, as printed) on item `itemNumber` (1–10). */
export function bondingItemScore(itemNumber: number, position: number): number {
	return keyedScore(bondingItem(itemNumber).keying === 'positive', position);
}

/** The option position that scores `score` on an item: the inverse of bondingItemScore, for building answers. */
export function bondingPositionForScore(itemNumber: number, score: number): number {
	// Keying is a reflection (p or 3 − p), so it is its own inverse.
	return keyedScore(bondingItem(itemNumber).keying === 'positive', score);
}

export type BondingScore = { total: number; answered: number; complete: boolean };

/** Scores ten answers (option positions; undefined or null for an item left blank); the total sums answered items. */
export function scoreBonding(answers: readonly (number | undefined | null)[]): BondingScore {
	const { total, answered, complete } = scoreItems(answers, BONDING_ITEMS.length, bondingItemScore);
	return { total, answered, complete };
}

export type BondingOutcome = { threshold: number; positive: boolean };

export function bondingOutcome(total: number, threshold: number = BONDING_THRESHOLDS.default): BondingOutcome {
	return { threshold, positive: total >= threshold };
}
