// The EPDS (エジンバラ産後うつ病自己評価票, Japanese version by Okano et al. 1996): its items as printed,
// the keying, the scoring and the cutoffs. The one place that knows how an EPDS answer scores.

import type { SCREENING_CONTEXTS } from '../records/screening.ts';
import { keyedScore, scoreItems } from './answers.ts';
import type { Bilingual } from './bilingual.ts';

export type EpdsContext = (typeof SCREENING_CONTEXTS)[number];
/** Sub-scales used in Japanese studies (DOMAIN.md §2); item 8 belongs to none. */
export type EpdsTopic = 'anhedonia' | 'anxiety' | 'depression';

export type EpdsItem = {
	number: number;
	/** true when the first option as printed scores 3 */
	reversed: boolean;
	topic: EpdsTopic | null;
	question: Bilingual;
	/** in the order printed on the form; answers are stored as positions in this list */
	options: readonly [Bilingual, Bilingual, Bilingual, Bilingual];
};

// The Japanese form keeps the English option order, so one keying serves both texts.
export const EPDS_ITEMS: readonly EpdsItem[] = [
	{
		number: 1,
		reversed: false,
		topic: 'anhedonia',
		question: { ja: '笑うことができたし、物事のおもしろい面もわかった。', en: 'I have been able to laugh and see the funny side of things' },
		options: [
			{ ja: 'いつもと同様にできた', en: 'As much as I always could' },
			{ ja: 'あまりできなかった', en: 'Not quite so much now' },
			{ ja: '明らかにできなかった', en: 'Definitely not so much now' },
			{ ja: '全くできなかった', en: 'Not at all' }
		]
	},
	{
		number: 2,
		reversed: false,
		topic: 'anhedonia',
		question: { ja: '物事を楽しみにして待った。', en: 'I have looked forward with enjoyment to things' },
		options: [
			{ ja: 'いつもと同様にできた', en: 'As much as I ever did' },
			{ ja: 'あまりできなかった', en: 'Rather less than I used to' },
			{ ja: '明らかにできなかった', en: 'Definitely less than I used to' },
			{ ja: 'ほとんどできなかった', en: 'Hardly at all' }
		]
	},
	{
		number: 3,
		reversed: true,
		topic: 'anxiety',
		question: { ja: '物事がうまくいかない時、自分を不必要に責めた。', en: 'I have blamed myself unnecessarily when things went wrong' },
		options: [
			{ ja: 'はい、たいていそうだった', en: 'Yes, most of the time' },
			{ ja: 'はい、時々そうだった', en: 'Yes, some of the time' },
			{ ja: 'いいえ、あまり度々ではない', en: 'Not very often' },
			{ ja: 'いいえ、そうではなかった', en: 'No, never' }
		]
	},
	{
		number: 4,
		reversed: false,
		topic: 'anxiety',
		question: { ja: 'はっきりした理由もないのに不安になったり、心配した。', en: 'I have been anxious or worried for no good reason' },
		options: [
			{ ja: 'いいえ、そうではなかった', en: 'No, not at all' },
			{ ja: 'ほとんどそうではなかった', en: 'Hardly ever' },
			{ ja: 'はい、時々あった', en: 'Yes, sometimes' },
			{ ja: 'はい、しょっちゅうあった', en: 'Yes, very often' }
		]
	},
	{
		number: 5,
		reversed: true,
		topic: 'anxiety',
		question: { ja: 'はっきりした理由もないのに恐怖に襲われた。', en: 'I have felt scared or panicky for no very good reason' },
		options: [
			{ ja: 'はい、しょっちゅうあった', en: 'Yes, quite a lot' },
			{ ja: 'はい、時々あった', en: 'Yes, sometimes' },
			{ ja: 'いいえ、めったになかった', en: 'No, not much' },
			{ ja: 'いいえ、全くなかった', en: 'No, not at all' }
		]
	},
	{
		number: 6,
		reversed: true,
		topic: 'anxiety',
		question: { ja: 'することがたくさんあって大変だった。', en: 'Things have been getting on top of me' },
		options: [
			{ ja: 'はい、たいてい対処できなかった', en: "Yes, most of the time I haven't been able to cope at all" },
			{ ja: 'はい、いつものようにはうまく対処しなかった', en: "Yes, sometimes I haven't been coping as well as usual" },
			{ ja: 'いいえ、たいていうまく対処した', en: 'No, most of the time I have coped quite well' },
			{ ja: 'いいえ、普段通りに対処した', en: 'No, I have been coping as well as ever' }
		]
	},
	{
		number: 7,
		reversed: true,
		topic: 'depression',
		question: { ja: '不幸せな気分なので、眠りにくかった。', en: 'I have been so unhappy that I have had difficulty sleeping' },
		options: [
			{ ja: 'はい、ほとんどいつもそうだった', en: 'Yes, most of the time' },
			{ ja: 'はい、時々そうだった', en: 'Yes, sometimes' },
			{ ja: 'いいえ、あまり度々ではなかった', en: 'Not very often' },
			{ ja: 'いいえ、全くなかった', en: 'No, not at all' }
		]
	},
	{
		number: 8,
		reversed: true,
		topic: null,
		question: { ja: '悲しくなったり、惨めになった。', en: 'I have felt sad or miserable' },
		options: [
			{ ja: 'はい、たいていそうだった', en: 'Yes, most of the time' },
			{ ja: 'はい、かなりしばしばそうだった', en: 'Yes, quite often' },
			{ ja: 'いいえ、あまり度々ではなかった', en: 'Not very often' },
			{ ja: 'いいえ、全くそうではなかった', en: 'No, not at all' }
		]
	},
	{
		number: 9,
		reversed: true,
		topic: 'depression',
		question: { ja: '不幸せな気分だったので、泣いていた。', en: 'I have been so unhappy that I have been crying' },
		options: [
			{ ja: 'はい、たいていそうだった', en: 'Yes, most of the time' },
			{ ja: 'はい、かなりしばしばそうだった', en: 'Yes, quite often' },
			{ ja: 'ほんの時々あった', en: 'Only occasionally' },
			{ ja: 'いいえ、全くそうではなかった', en: 'No, never' }
		]
	},
	{
		number: 10,
		reversed: true,
		topic: 'depression',
		question: { ja: '自分自身を傷つけるという考えが浮かんできた。', en: 'The thought of harming myself has occurred to me' },
		options: [
			{ ja: 'はい、かなりしばしばそうだった', en: 'Yes, quite often' },
			{ ja: '時々そうだった', en: 'Sometimes' },
			{ ja: 'めったになかった', en: 'Hardly ever' },
			{ ja: '全くなかった', en: 'Never' }
		]
	}
];

/** Positive at total ≥ cutoff: Japanese postpartum 9 (Okano 1996), antenatal research cutoff 13 (Usuda 2017). */
export const EPDS_CUTOFFS = { postpartum: 9, antenatal: 13 } as const satisfies Record<EpdsContext, number>;

export const EPDS_CITATION: Bilingual = {
	ja:
		'Cox JL, Holden JM, Sagovsky R. Detection of postnatal depression: development of the 10-item Edinburgh Postnatal Depression Scale. ' +
		'Br J Psychiatry 1987;150:782–786. © 1987 The Royal College of Psychiatrists. ' +
		'日本語版：岡野禎治ほか. 日本版エジンバラ産後うつ病自己評価票(EPDS)の信頼性と妥当性. 精神科診断学 1996;7:525–533. ' +
		'この質問票はスクリーニングのためのもので、診断ではありません。',
	en:
		'Cox JL, Holden JM, Sagovsky R. Detection of postnatal depression: development of the 10-item Edinburgh Postnatal Depression Scale. ' +
		'Br J Psychiatry 1987;150:782–786. © 1987 The Royal College of Psychiatrists. ' +
		'Japanese version: Okano T, et al. Validation and reliability of a Japanese version of the EPDS. Arch Psychiatr Diagn Clin Eval 1996;7:525–533. ' +
		'This questionnaire is a screen, not a diagnosis.'
};

function epdsItem(itemNumber: number): EpdsItem {
	const item = Number.isInteger(itemNumber) ? EPDS_ITEMS[itemNumber - 1] : undefined;
	if (!item) throw new RangeError(`EPDS items are numbered 1–10, not ${itemNumber}`);
	return item;
}

/** The score (0–3) of choosing the option at `position` (0-based, as printed) on item `itemNumber` (1–10). */
export function epdsItemScore(itemNumber: number, position: number): number {
	return keyedScore(!epdsItem(itemNumber).reversed, position);
}

/** The option position that scores `score` on an item: the inverse of epdsItemScore, for building answers. */
export function epdsPositionForScore(itemNumber: number, score: number): number {
	// Keying is a reflection (p or 3 − p), so it is its own inverse.
	return keyedScore(!epdsItem(itemNumber).reversed, score);
}

export type EpdsScore = {
	/** the sum over answered items only; see `complete` before comparing it with a cutoff */
	total: number;
	/** item 10 (thoughts of self-harm) as scored, undefined if unanswered */
	item10: number | undefined;
	answered: number;
	complete: boolean;
	subscores: Record<EpdsTopic, number>;
};

/** Scores ten answers (option positions; undefined or null for an item left blank). */
export function scoreEpds(answers: readonly (number | undefined | null)[]): EpdsScore {
	const { scores, total, answered, complete } = scoreItems(answers, EPDS_ITEMS.length, epdsItemScore);
	const subscores: Record<EpdsTopic, number> = { anhedonia: 0, anxiety: 0, depression: 0 };
	EPDS_ITEMS.forEach((item, i) => {
		if (item.topic) subscores[item.topic] += scores[i] ?? 0;
	});
	return { total, item10: scores[9], answered, complete, subscores };
}

export type EpdsOutcome = { cutoff: number; positive: boolean; selfHarm: boolean };

/**
 * How a result reads against the cutoff for its context. Self-harm (item 10 ≥ 1) is a separate,
 * urgent flag whatever the total (RCPsych guidance). Works for clinic results too: total and item 10.
 */
export function epdsOutcome(
	result: { total: number; item10: number | undefined },
	context: EpdsContext,
	cutoffs: Partial<Record<EpdsContext, number>> = {}
): EpdsOutcome {
	const cutoff = cutoffs[context] ?? EPDS_CUTOFFS[context];
	return { cutoff, positive: result.total >= cutoff, selfHarm: (result.item10 ?? 0) >= 1 };
}
