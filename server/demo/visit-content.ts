// What the demo's visits and questionnaires say: measurements that follow the baby's age and birth
// weight, questionnaire answers that follow how the mother is doing, and the visitors' words.

import { bondingPositionForScore, scoreBonding } from '../../src/lib/domain/screening/bonding.ts';
import { CHECKLIST_QUESTIONS, type ChecklistItem } from '../../src/lib/domain/screening/checklist.ts';
import { epdsPositionForScore, scoreEpds } from '../../src/lib/domain/screening/epds.ts';
import type { Random } from './random.ts';

/** 0 = doing well … 1 = struggling; drives EPDS, bonding, checklist and the visitors' notes. */
export type Distress = number;

/** EPDS answers (option positions) for a mother at `distress`, with total and item 10 as scored. */
export function epdsResult(random: Random, distress: Distress): { answers: number[]; total: number; item10: number } {
	const scores = Array.from({ length: 10 }, (_, i) => {
		if (i === 9) return distress > 0.8 && random.chance(0.4) ? random.int(1, 2) : 0;
		return Math.max(0, Math.min(3, Math.round(random.next() * 1.1 + distress * 2.6 - 0.75)));
	});
	// Made-up scores become the options that score them; the scoring module then totals them as the app would.
	const answers = scores.map((score, i) => epdsPositionForScore(i + 1, score));
	const { total, item10 = 0 } = scoreEpds(answers);
	return { answers, total, item10 };
}

/** Bonding answers for a mother at `distress`: mostly warm feelings, colder as distress grows. */
export function bondingResult(random: Random, distress: Distress): { answers: number[]; total: number } {
	const scores = Array.from({ length: 10 }, () => (random.chance(distress * distress * 0.5) ? random.int(1, 2) : 0));
	const answers = scores.map((score, i) => bondingPositionForScore(i + 1, score));
	return { answers, total: scoreBonding(answers).total };
}

const RISK_ANSWER = new Map(CHECKLIST_QUESTIONS.map((q) => [q.item, q.riskAnswer]));

export function checklistAnswers(random: Random, distress: Distress) {
	const risky = (p: number) => random.chance(p + distress * 0.3);
	// Which answer is the risky one is the scoring module's business ("no" for someone to confide in).
	const answer = (item: ChecklistItem, atRisk: boolean) => ({ item, answer: atRisk === RISK_ANSWER.get(item) });
	return [
		answer('pregnancy-or-birth-problems', risky(0.15)),
		answer('past-pregnancy-loss', risky(0.1)),
		answer('past-psychiatric-care', risky(0.05)),
		answer('someone-to-confide-in', risky(0.05)),
		answer('financial-worry', risky(0.15)),
		answer('housing-dissatisfaction', risky(0.1)),
		answer('major-life-events', risky(0.1)),
		answer('unsure-why-baby-cries', risky(0.2)),
		answer('urge-to-hit-baby', distress > 0.8 && random.chance(0.3))
	];
}

/** A baby's weight at `ageDays`: the physiological dip of the first days, then steady gain. */
export function babyWeightG(random: Random, birthWeightG: number, ageDays: number): number {
	const dip = Math.round(birthWeightG * random.int(5, 8) / 100);
	const gainPerDay = random.int(24, 45);
	const weight = ageDays <= 4 ? birthWeightG - (dip * ageDays) / 4 : birthWeightG - dip + (ageDays - 4) * gainPerDay * (ageDays > 90 ? 0.7 : 1);
	return Math.round(Math.min(weight, 15000) / 10) * 10;
}

const ADVICE = [
	'授乳は順調。体重増加も良好。',
	'夜間の授乳で睡眠不足。日中に休めるよう家族と相談を。',
	'沐浴の手順を確認した。',
	'予防接種のスケジュールを説明した。',
	'ままのまカフェを紹介した。',
	'乳房の張りについてケアを指導した。',
	'離乳食の始め方は4か月健診で説明予定。'
];

export function careAdvice(random: Random): string {
	return random.pick(ADVICE);
}

const DONE_TOGETHER = [
	'沐浴を一緒にした。',
	'買い物に付き添った。',
	'授乳の合間に話を聞いた。',
	'上の子と遊びながら、お母さんは少し休めた。',
	'ベビーカーで近所を散歩した。',
	'洗濯物を一緒にたたんだ。',
	'子育ての駅まで一緒に行った。'
];

const MOTHER_SEEMED_WELL = ['明るく、よく話していた。', '落ち着いていた。', '笑顔が多かった。', '赤ちゃんの様子をうれしそうに話していた。'];
const MOTHER_SEEMED_TIRED = ['疲れている様子だった。', '夜眠れていないと話していた。', '口数が少なかった。', '涙ぐむ場面があった。'];

const CONCERNS = [
	'上の子の保育園のことで悩んでいる。',
	'夫の帰りが遅く、ひとりで抱え込んでいる様子。',
	'家計のことを心配していた。',
	'眠れない日が続いていると話していた。'
];

export function companionNotes(random: Random, distress: Distress) {
	return {
		activities: random.chance(0.5) ? (['bathing', 'talking'] as const) : (['housework', 'talking'] as const),
		doneTogether: random.pick(DONE_TOGETHER),
		motherSeemed: random.pick(distress > 0.5 ? MOTHER_SEEMED_TIRED : MOTHER_SEEMED_WELL),
		concernsForPhn: distress > 0.5 && random.chance(0.6) ? random.pick(CONCERNS) : undefined
	};
}

export const RETURN_COMMENTS = [
	'赤ちゃんの体重の測定日を記入してください。',
	'次回訪問の予定を記入してください。',
	'EPDSの結果への対応を追記してください。'
];

/** A promoter's report comes back with nothing clinical in the comment: it reaches the promoter. */
export const COMPANION_RETURN_COMMENTS = ['次回訪問の予定を記入してください。', '一緒にしたことを、もう少し具体的に書いてください。'];
