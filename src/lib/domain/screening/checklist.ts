// 育児支援チェックリスト (child-rearing support checklist, Yoshida; Suzumiya et al. 2008): the questions and
// which answer points to a need for support. Not summed: each risk answer is read on its own.

import { CHECKLIST_ITEMS, type ScreeningRecord } from '../records/screening.ts';
import type { Bilingual } from './bilingual.ts';

export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];
export type ChecklistAnswer = Extract<ScreeningRecord, { instrument: 'checklist' }>['answers'][number];

export type ChecklistQuestion = {
	item: ChecklistItem;
	question: Bilingual;
	/** the answer that points to a need for support */
	riskAnswer: boolean;
};

/**
 * One question per item, in CHECKLIST_ITEMS order. The wording is unverified against the official
 * form (DOMAIN.md §2): each question is phrased so that its item name reads as the "yes" answer.
 */
export const CHECKLIST_QUESTIONS: readonly ChecklistQuestion[] = [
	{
		item: 'pregnancy-or-birth-problems',
		question: {
			ja: '今回の妊娠中やお産の時に、赤ちゃんやあなたの体について、医師から何か問題があると言われましたか？',
			en: 'During this pregnancy or the birth, did a doctor tell you of any problem with the baby or with you?'
		},
		riskAnswer: true
	},
	{
		item: 'past-pregnancy-loss',
		question: {
			ja: 'これまでに流産や死産、または出産後1年以内に赤ちゃんを亡くされたことがありますか？',
			en: 'Have you ever had a miscarriage or stillbirth, or lost a baby within a year of birth?'
		},
		riskAnswer: true
	},
	{
		item: 'past-psychiatric-care',
		question: {
			ja: 'これまでに心理的な、あるいは精神的な問題で、カウンセラーや精神科医、心療内科医などに相談したことがありますか？',
			en: 'Have you ever consulted a counsellor, psychiatrist or psychosomatic physician about a psychological or mental problem?'
		},
		riskAnswer: true
	},
	{
		// The form asks about husband, own mother and others; any of them counts as someone.
		item: 'someone-to-confide-in',
		question: {
			ja: '困ったときに何でも打ち明けて相談できる人（夫、あなたのお母さん、その他の人）がいますか？',
			en: 'Is there someone you can confide in when in trouble (your husband, your mother, or someone else)?'
		},
		riskAnswer: false
	},
	{
		item: 'financial-worry',
		question: { ja: '生活が苦しかったり、経済的な不安がありますか？', en: 'Are you hard up, or worried about money?' },
		riskAnswer: true
	},
	{
		item: 'housing-dissatisfaction',
		question: {
			ja: '子育てをしていく上で、今のお住まいや環境に不満がありますか？',
			en: 'Are you dissatisfied with your home or surroundings for raising your child?'
		},
		riskAnswer: true
	},
	{
		item: 'major-life-events',
		question: {
			ja: '今回の妊娠中に、家族や親しい方が亡くなったり、あなたや家族、親しい方が重い病気や事故にあったりしましたか？',
			en: 'During this pregnancy, did someone close to you die, or did you or someone close fall seriously ill or have an accident?'
		},
		riskAnswer: true
	},
	{
		item: 'unsure-why-baby-cries',
		question: {
			ja: '赤ちゃんがなぜむずかったり泣いたりしているのか、わからないことがありますか？',
			en: 'Are there times you cannot tell why your baby is fretting or crying?'
		},
		riskAnswer: true
	},
	{
		item: 'urge-to-hit-baby',
		question: { ja: '赤ちゃんを叩きたくなることがありますか？', en: 'Do you ever feel like hitting your baby?' },
		riskAnswer: true
	}
];

export const CHECKLIST_CITATION: Bilingual = {
	ja: '育児支援チェックリスト（吉田敬子 監修）。鈴宮寛子ほか 2008。項目ごとに読み、合計はしません。診断ではありません。',
	en:
		'Child-rearing support checklist (supervised by Yoshida K); Suzumiya H et al. 2008. ' +
		'Each item is read on its own, not summed. It is not a diagnosis.'
};

const RISK_ANSWER = new Map(CHECKLIST_QUESTIONS.map((q) => [q.item, q.riskAnswer]));

/** The items answered with their risk answer, in CHECKLIST_ITEMS order; if an item is answered twice, the last answer counts. */
export function checklistRisks(answers: readonly Pick<ChecklistAnswer, 'item' | 'answer'>[]): ChecklistItem[] {
	const latest = new Map(answers.map((a) => [a.item, a.answer]));
	return CHECKLIST_ITEMS.filter((item) => latest.has(item) && latest.get(item) === RISK_ANSWER.get(item));
}
