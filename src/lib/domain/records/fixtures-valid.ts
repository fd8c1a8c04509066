// Valid sample documents, one or more per record type and kind, including edge cases that must be
// accepted (markup as plain text, exact maximum lengths, kana with spaces, unknown future fields).

import { fixtureEnvelope, fixtureId, fixtureUsers, PREGNANCY_ID, SCRIPT_TEXT, type FixtureDoc, type ValidFixture } from './fixtures-base.ts';
import { visitFixtures } from './fixtures-visits.ts';

const family: FixtureDoc = {
	...fixtureEnvelope('family', 1),
	familyName: '長岡',
	givenName: '花子',
	familyNameKana: 'ナガオカ',
	givenNameKana: 'ハナコ',
	birthDate: '1994-05-12',
	phone: '0258-12-3456',
	postalCode: '940-0062',
	address: '長岡市大手通2丁目3-4',
	district: '阪之上',
	assignedTo: { midwife: 'midwife1', phn: 'phn1', promoter: 'promoter1' },
	status: 'active'
};


export const validFixtures: ValidFixture[] = [
	{ name: 'family, full', doc: family, user: fixtureUsers.midwife1 },
	{
		name: 'family, only what is required (a first contact by phone)',
		doc: {
			...fixtureEnvelope('family', 2),
			familyName: '佐藤',
			givenName: 'さくら',
			familyNameKana: '',
			givenNameKana: '',
			district: '表町',
			assignedTo: {},
			status: 'active'
		},
		user: fixtureUsers.midwife1
	},
	{
		name: 'family, schema v1 (one name field) is still accepted and read through the migration',
		doc: {
			...fixtureEnvelope('family', 3),
			schemaVersion: 1,
			name: '小林 美咲',
			nameKana: 'コバヤシ　ミサキ',
			district: '宮内',
			assignedTo: { phn: 'phn1' },
			status: 'active'
		},
		user: fixtureUsers.midwife1
	},
	{
		name: 'family, markup in text is plain data and round-trips unchanged',
		doc: { ...family, ...fixtureEnvelope('family', 4), address: SCRIPT_TEXT },
		user: fixtureUsers.midwife1
	},
	{
		name: 'family, names at their exact maximum length, kana with a full-width space',
		doc: {
			...family,
			...fixtureEnvelope('family', 5),
			familyName: '長'.repeat(40),
			givenName: 'a'.repeat(40),
			familyNameKana: 'ながおか　のなか',
			givenNameKana: 'ヴィーナス・ハナ'
		},
		user: fixtureUsers.midwife1
	},
	{
		name: 'family, a field from a newer app version is kept (schemas only grow)',
		doc: { ...family, ...fixtureEnvelope('family', 6), preferredLanguage: 'vi' },
		user: fixtureUsers.midwife1
	},
	{
		name: 'pregnancy',
		doc: {
			...fixtureEnvelope('pregnancy', 1),
			status: 'ongoing',
			expectedDueDate: '2027-03-02',
			notificationDate: '2026-08-20',
			handbookIssuedDate: '2026-08-20',
			gestationalWeeksAtNotification: 11,
			parity: 0,
			fetuses: 1,
			plannedBirthPlace: '長岡赤十字病院',
			stayWithParents: { planned: true, place: '新潟市', from: '2027-02-10', until: '2027-04-15' }
		},
		user: fixtureUsers.midwife1
	},
	{
		name: 'child',
		doc: {
			...fixtureEnvelope('child', 1),
			pregnancyId: PREGNANCY_ID,
			givenName: '陽翔',
			givenNameKana: 'はると',
			sex: 'male',
			birthDate: '2026-10-01',
			birthWeightG: 3120,
			gestationalWeeks: 39,
			gestationalDays: 2,
			birthLengthCm: 49.5,
			birthOrder: 1
		},
		user: fixtureUsers.midwife1
	},
	...visitFixtures,
	{
		name: 'risk, 特定妊婦 judgement',
		doc: {
			...fixtureEnvelope('risk', 1, 'phn1'),
			category: 'specified-pregnancy',
			status: 'active',
			decidedOn: '2026-09-10',
			forum: 'case-meeting',
			reasons: [
				{ indicator: 'young-mother', level: 'present' },
				{ indicator: 'economic-hardship', level: 'needs-support', note: '生活保護申請中' }
			],
			nextReviewOn: '2026-11-10',
			pregnancyId: PREGNANCY_ID
		},
		user: fixtureUsers.phn1
	},
	{
		name: 'plan, 支援プラン with entries and an evaluation',
		doc: {
			...fixtureEnvelope('plan', 1, 'phn1'),
			status: 'active',
			planDate: '2026-09-15',
			method: 'visit',
			author: 'phn1',
			supportLevel: 'intensive',
			madeWithMother: true,
			consentToShare: false,
			issues: '支援者が近くにいない。',
			goals: '産後の生活リズムを整える。',
			services: ['companion-visit', 'mamarira'],
			entries: [
				{ date: '2026-10-20', kind: 'planned', method: 'service', service: 'companion-visit', content: '推進員の寄り添い訪問 月2回' },
				{ date: '2026-11-18', kind: 'given', method: 'visit', staff: 'promoter1', content: '沐浴を一緒に実施' }
			],
			evaluations: [{ date: '2026-11-10', evaluator: '保健師 山田', result: '継続' }],
			reviewDue: '2027-01-15'
		},
		user: fixtureUsers.phn1
	},
	{
		name: 'review, approved without comment',
		doc: { ...fixtureEnvelope('review', 1, 'supervisor1'), visitId: fixtureId('visit', 2), decision: 'approved' },
		user: fixtureUsers.supervisor1
	},
	{
		name: 'review, returned with a reason',
		doc: {
			...fixtureEnvelope('review', 2, 'phn1'),
			visitId: fixtureId('visit', 5),
			decision: 'returned',
			comment: '次回訪問日を記入してください。',
			visitUpdatedAt: '2026-11-18T02:00:00.000Z'
		},
		user: fixtureUsers.phn1
	},
	{
		name: 'alert, acknowledged',
		doc: { ...fixtureEnvelope('alert', 1, 'coordinator1'), alertKind: 'epds-positive', sourceId: fixtureId('screening', 1), action: 'acknowledged' },
		user: fixtureUsers.coordinator1
	},
	{
		name: 'alert, assigned to the district nurse',
		doc: { ...fixtureEnvelope('alert', 2, 'supervisor1'), alertKind: 'promoter-concern', sourceId: fixtureId('visit', 3), action: 'assigned', assignee: 'phn1', note: '今週中に電話を' },
		user: fixtureUsers.supervisor1
	},
	{
		name: 'alert, closed with the action taken (markup kept as text)',
		doc: { ...fixtureEnvelope('alert', 3, 'phn1'), alertKind: 'epds-self-harm', sourceId: fixtureId('screening', 1), action: 'closed', actionTaken: `精神科受診につなげた ${SCRIPT_TEXT}` },
		user: fixtureUsers.phn1
	}
];

/** Look up a valid fixture by name. */
export function validFixture(name: string): ValidFixture {
	const found = validFixtures.find((fixture) => fixture.name === name);
	if (!found) throw new Error(`no valid fixture named ${name}`);
	return found;
}

/** A valid fixture's document as a fresh copy to vary. */
export function validDoc(name: string): FixtureDoc {
	return structuredClone(validFixture(name).doc);
}
