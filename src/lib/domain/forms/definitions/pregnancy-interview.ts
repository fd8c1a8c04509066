// 妊娠届出時面談 (and the later interviews of 2025's 妊婦等包括相談支援): the topics asked, the risk
// indicators of DOMAIN.md §4 as present / absent / needs support, and the 特定妊婦 judgement —
// a recorded decision with reasons and date, never a score.
import { RISK_FORUMS } from '../../records/risk.ts';
import { RISK_INDICATORS, type RiskIndicator } from '../../records/risk-indicators.ts';
import { INTERVIEW_TIMINGS } from '../../records/visit-interview.ts';
import type { FieldDefinition, VisitFormDefinition } from '../types.ts';
import { careSection } from './care-blocks.ts';
import { bi, options } from './labels.ts';
import { visitFactsSection } from './visit-facts.ts';

const INDICATOR_LABELS: Record<RiskIndicator, [string, string]> = {
	'unwanted-or-anxious': ['望まない妊娠・強い不安', 'Unwanted pregnancy or strong anxiety'],
	'maternal-illness': ['母体の疾患（高血圧・糖尿病・腎・心・甲状腺）', 'Maternal illness'],
	'psychiatric-history': ['精神疾患の既往・服薬', 'Psychiatric history or medication'],
	'low-parenting-capacity': ['養育能力の不足', 'Low parenting capacity'],
	'young-mother': ['若年（19歳以下）', 'Young mother (19 or under)'],
	'intellectual-disability': ['知的障害', 'Intellectual disability'],
	'older-first-time-mother': ['高年初産（40歳以上で他の要因あり）', 'First-time mother 40 or over, with another factor'],
	'family-change': ['家庭の変化（離婚・死別・ひとり親・未入籍・支援者なし）', 'Family change, no support'],
	'economic-hardship': ['経済的困窮（失業・借金・生活保護）', 'Economic hardship'],
	'late-entry-into-care': ['妊娠届出の遅れ（16週以降）・未受診', 'Late entry into care'],
	'abuse-history': ['虐待歴（きょうだいの要保護・母の被虐待歴）', 'Abuse history'],
	'domestic-violence': ['DV', 'Domestic violence'],
	other: ['その他', 'Other']
};

const LEVELS = options(['absent', 'なし', 'Absent'], ['present', 'あり', 'Present'], ['needs-support', '要支援', 'Needs support']);

const indicatorFields: FieldDefinition[] = RISK_INDICATORS.map((indicator) => ({
	type: 'choice',
	path: `riskIndicators.${indicator}`,
	label: bi(...INDICATOR_LABELS[indicator]),
	options: LEVELS,
	style: 'radio'
}));

const TIMING_LABELS: Record<(typeof INTERVIEW_TIMINGS)[number], [string, string]> = {
	notification: ['妊娠届出時', 'At notification'],
	'late-pregnancy': ['妊娠8か月頃', 'Late pregnancy (~8 months)'],
	'after-birth': ['出生後', 'After birth'],
	'on-request': ['随時（希望時）', 'On request']
};

const FORUM_LABELS: Record<(typeof RISK_FORUMS)[number], [string, string]> = {
	team: ['担当チーム', 'Team'],
	'case-meeting': ['ケース会議', 'Case meeting'],
	council: ['要保護児童対策地域協議会', 'Council (要対協)']
};

export const pregnancyInterviewForm: VisitFormDefinition = {
	kind: 'pregnancy-interview',
	title: bi('妊娠届出時面談', 'Pregnancy interview'),
	audience: 'clinical',
	screeningContext: 'antenatal',
	sections: [
		visitFactsSection('pregnancy'),
		{
			id: 'topics',
			title: bi('面談の内容', 'Topics'),
			fields: [
				{ type: 'choice', path: 'timing', label: bi('面談の時期', 'Interview'), required: true, style: 'radio', options: options(...INTERVIEW_TIMINGS.map((t) => [t, ...TIMING_LABELS[t]] as const)) },
				{ type: 'number', path: 'gestationalWeeks', label: bi('妊娠週数', 'Weeks of pregnancy'), unit: '週', min: 0, max: 45, integer: true },
				{ type: 'note', path: 'feelingsAboutPregnancy', label: bi('妊娠の受け止め', 'Feelings about the pregnancy'), maxLength: 2000 },
				{ type: 'note', path: 'health', label: bi('健康状態', 'Health'), maxLength: 2000 },
				{ type: 'note', path: 'familySituation', label: bi('家族の状況', 'Family situation'), maxLength: 2000 },
				{ type: 'text', path: 'helpAfterBirth', label: bi('出産後に手伝ってくれる人', 'Who will help after the birth'), maxLength: 500 },
				{ type: 'tick', path: 'stayWithParents.planned', label: bi('里帰りの予定あり', 'Plans to stay with her parents') },
				{ type: 'text', path: 'stayWithParents.place', label: bi('里帰り先', 'Where'), maxLength: 100, when: { path: 'stayWithParents.planned', in: ['true'] } },
				{ type: 'date', path: 'stayWithParents.from', label: bi('里帰り開始', 'From'), when: { path: 'stayWithParents.planned', in: ['true'] } },
				{ type: 'date', path: 'stayWithParents.until', label: bi('里帰り終了', 'Until'), when: { path: 'stayWithParents.planned', in: ['true'] } }
			]
		},
		{
			id: 'risk-indicators',
			title: bi('支援の必要性（リスク要因）', 'Risk indicators'),
			description: bi('それぞれ「なし・あり・要支援」を選びます。点数ではなく判断の材料です。', 'Mark each absent, present or needs support: material for judgement, not a score.'),
			fields: [...indicatorFields, { type: 'note', path: 'riskNote', label: bi('要因についてのメモ', 'Notes on the indicators'), maxLength: 2000 }]
		},
		{
			id: 'judgement',
			title: bi('特定妊婦の判断', 'Specified-pregnancy (特定妊婦) judgement'),
			description: bi('判断は理由（上の要因）と日付とともに記録され、要対協の会議で見直されます。', 'Recorded with its reasons (the indicators above) and date, and reviewed at the council.'),
			fields: [
				{ type: 'tick', path: 'judgement.decided', label: bi('特定妊婦と判断した', 'Judged a specified pregnancy') },
				{ type: 'date', path: 'judgement.decidedOn', label: bi('判断日', 'Decided on'), notFuture: true, required: true, when: { path: 'judgement.decided', in: ['true'] } },
				{ type: 'choice', path: 'judgement.forum', label: bi('判断した場', 'Decided at'), required: true, style: 'radio', options: options(...RISK_FORUMS.map((f) => [f, ...FORUM_LABELS[f]] as const)), when: { path: 'judgement.decided', in: ['true'] } },
				{ type: 'note', path: 'judgement.note', label: bi('判断の理由（補足）', 'Reasons, in words'), maxLength: 2000, when: { path: 'judgement.decided', in: ['true'] } },
				{ type: 'date', path: 'judgement.nextReviewOn', label: bi('次回見直し日', 'Next review'), when: { path: 'judgement.decided', in: ['true'] } }
			]
		},
		careSection('outcome', ['結果と今後', 'Outcome'], ['outcome.advice', 'outcome.referrals', 'outcome.referralNote', 'outcome.caseConference', 'outcome.nextVisit.date', 'outcome.nextVisit.note'])
	]
};
