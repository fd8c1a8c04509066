// Valid sample visits and questionnaires: every visit kind with its blocks, EPDS from a visit and
// from a clinic, bonding and the support checklist.

import { CHILD_ID, fixtureEnvelope, fixtureId, fixtureUsers, PREGNANCY_ID, SCRIPT_TEXT, type ValidFixture } from './fixtures-base.ts';

const careVisit = {
	...fixtureEnvelope('visit', 2),
	kind: 'universal',
	status: 'submitted',
	visitDate: '2026-11-19',
	startTime: '10:30',
	durationMinutes: 60,
	place: 'home',
	childId: CHILD_ID,
	pregnancyId: PREGNANCY_ID,
	mother: {
		history: { complications: ['hypertension'], deliveryMode: 'vaginal', deliveryCourse: '39週、経膣分娩。' },
		exam: {
			weightKg: 58.4,
			bloodPressure: { systolic: 118, diastolic: 72 },
			urineProtein: '-',
			urineGlucose: '±',
			uterineInvolution: 'good',
			lochia: 'normal',
			feedingMethod: 'mixed',
			sleep: 'short',
			mood: '疲れているが笑顔あり'
		},
		careGiven: { breastCare: true, babyCareTeaching: true, note: '授乳姿勢を一緒に確認した。\n次回は沐浴。' }
	},
	baby: {
		history: { jaundice: 'mild' },
		exam: {
			weightG: 4480,
			lengthCm: 55.2,
			headCm: 37.5,
			chestCm: 37.0,
			feeding: { method: 'mixed', timesPerDay: 9, amountMl: 60 },
			wetDiapersPerDay: 7,
			stoolColour: 6,
			umbilicus: 'healed',
			jaundice: 'none'
		}
	},
	environment: { caregivers: '母、夫', supportPersons: '実母（市内）', stayingWithParents: false },
	outcome: {
		advice: '体重増加良好。',
		referrals: ['mamanoma-cafe'],
		caseConference: false,
		nextVisit: { date: '2026-12-17', note: '4か月頃に推進員訪問' }
	}
};

export const visitFixtures: ValidFixture[] = [
	{ name: 'visit, universal (全戸訪問) with every block', doc: careVisit, user: fixtureUsers.midwife1 },
	{
		name: 'visit, postpartum care with a leap day',
		doc: { ...careVisit, ...fixtureEnvelope('visit', 3), kind: 'postpartum-care', visitDate: '2028-02-29' },
		user: fixtureUsers.midwife1
	},
	{
		name: 'visit, pregnancy interview with risk indicators',
		doc: {
			...fixtureEnvelope('visit', 4),
			kind: 'pregnancy-interview',
			status: 'approved',
			visitDate: '2026-08-20',
			place: 'centre',
			pregnancyId: PREGNANCY_ID,
			timing: 'notification',
			gestationalWeeks: 11,
			feelingsAboutPregnancy: 'うれしい。少し不安もある。',
			helpAfterBirth: '実母',
			stayWithParents: { planned: false },
			riskIndicators: { 'family-change': 'needs-support', 'economic-hardship': 'absent' },
			outcome: { referrals: ['companion-visit'], nextVisit: { note: '8か月頃に面談' } }
		},
		user: fixtureUsers.midwife1
	},
	{
		name: 'visit, companion (by a promoter) with markup, emoji and line breaks',
		doc: {
			...fixtureEnvelope('visit', 5, 'promoter1'),
			kind: 'companion',
			status: 'submitted',
			visitDate: '2026-11-18',
			durationMinutes: 90,
			activities: ['bathing', 'talking'],
			doneTogether: `沐浴を一緒にした。\n${SCRIPT_TEXT}`,
			motherSeemed: '明るかった 😊\t少し眠そう',
			concernsForPhn: '上の子の保育園のことで悩んでいる。',
			nextVisit: { date: '2026-12-02' }
		},
		user: fixtureUsers.promoter1
	},
	{
		name: 'screening, EPDS at a visit (positive, item 10 ticked)',
		doc: {
			...fixtureEnvelope('screening', 1),
			instrument: 'epds',
			context: 'postpartum',
			screenedOn: '2026-11-19',
			childId: CHILD_ID,
			source: 'visit',
			visitId: fixtureId('visit', 2),
			answers: [1, 2, 1, 2, 1, 1, 2, 1, 2, 2],
			total: 12,
			item10: 1
		},
		user: fixtureUsers.midwife1
	},
	{
		name: 'screening, EPDS from a clinic checkup (total and item 10, no answers)',
		doc: {
			...fixtureEnvelope('screening', 2),
			instrument: 'epds',
			context: 'postpartum',
			screenedOn: '2026-10-15',
			source: 'clinic',
			clinic: { name: '立川綜合病院', checkup: '2-week' },
			total: 6,
			item10: 0
		},
		user: fixtureUsers.midwife1
	},
	{
		name: 'screening, bonding at a visit',
		doc: {
			...fixtureEnvelope('screening', 3),
			instrument: 'bonding',
			context: 'postpartum',
			screenedOn: '2026-11-19',
			source: 'visit',
			answers: [0, 1, 0, 0, 0, 1, 0, 0, 0, 0],
			total: 2
		},
		user: fixtureUsers.midwife1
	},
	{
		name: 'screening, support checklist',
		doc: {
			...fixtureEnvelope('screening', 4),
			instrument: 'checklist',
			context: 'postpartum',
			screenedOn: '2026-11-19',
			source: 'visit',
			answers: [
				{ item: 'someone-to-confide-in', answer: true },
				{ item: 'financial-worry', answer: true, note: '夫の転職' }
			]
		},
		user: fixtureUsers.midwife1
	},
];
