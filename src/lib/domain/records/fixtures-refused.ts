// Documents that must be refused: malformed ones (refused by the zod schemas and by the server
// alike), and well-formed ones written by someone who may not (refused by the server only).

import { fixtureId, fixtureUsers, type FixtureDoc, type FixtureUser } from './fixtures-base.ts';
import { validDoc, validFixture } from './fixtures-valid.ts';
import { WRITE_REFUSALS } from './write-rights.ts';

export interface MalformedFixture {
	name: string;
	doc: FixtureDoc;
	/** why it must be refused */
	why: string;
	/** dotted path of the offending field, as both checkers report it ('' for the whole document) */
	path: string;
	/** who writes it: the author of the valid fixture it was made from */
	user: FixtureUser;
}

function change(base: string, edit: (doc: FixtureDoc) => void): { doc: FixtureDoc; user: FixtureUser } {
	const doc = validDoc(base);
	edit(doc);
	return { doc, user: validFixture(base).user };
}

const FAMILY = 'family, full';
const CHILD = 'child';
const UNIVERSAL = 'visit, universal (全戸訪問) with every block';
const COMPANION = 'visit, companion (by a promoter) with markup, emoji and line breaks';
const EPDS = 'screening, EPDS at a visit (positive, item 10 ticked)';
const CLINIC_EPDS = 'screening, EPDS from a clinic checkup (total and item 10, no answers)';

export const malformedFixtures: MalformedFixture[] = [
	{ name: 'unknown type', why: 'only the eight record types exist', path: 'type', ...change(FAMILY, (d) => { d.type = 'diary'; }) },
	{ name: 'newer schema version', why: 'a server must not accept shapes it does not know', path: 'schemaVersion', ...change(FAMILY, (d) => { d['schemaVersion'] = 99; }) },
	{ name: 'schema version as text', why: 'wrong type', path: 'schemaVersion', ...change(FAMILY, (d) => { d['schemaVersion'] = '2'; }) },
	{ name: 'id of another type', why: 'the id prefix must be the type', path: '_id', ...change(FAMILY, (d) => { d._id = fixtureId('visit', 9); d['familyId'] = d._id; }) },
	{ name: 'id not time-ordered', why: 'ids are <type>:<time><random>', path: '_id', ...change(FAMILY, (d) => { d._id = 'family:hanako'; d['familyId'] = d._id; }) },
	{ name: 'family pointing at another family', why: 'a family record is its own family', path: 'familyId', ...change(FAMILY, (d) => { d['familyId'] = fixtureId('family', 99); }) },
	{ name: 'missing team', why: 'envelope field', path: 'team', ...change(FAMILY, (d) => { delete d['team']; }) },
	{ name: 'team in capitals', why: 'team ids are lowercase, as database names', path: 'team', ...change(FAMILY, (d) => { d['team'] = 'Chuo'; }) },
	{ name: 'createdAt not ISO', why: 'timestamps are toISOString() output', path: 'createdAt', ...change(FAMILY, (d) => { d['createdAt'] = '2026/11/20 10:30'; }) },
	{ name: 'empty createdBy', why: 'every record names its author', path: 'createdBy', ...change(FAMILY, (d) => { d['createdBy'] = ''; }) },
	{ name: 'missing family name', why: 'required', path: 'familyName', ...change(FAMILY, (d) => { delete d['familyName']; }) },
	{ name: 'family name too long', why: 'max 40 characters', path: 'familyName', ...change(FAMILY, (d) => { d['familyName'] = '長'.repeat(41); }) },
	{ name: 'family name with a bell character', why: 'no control characters', path: 'familyName', ...change(FAMILY, (d) => { d['familyName'] = '長\u0007岡'; }) },
	{ name: 'family name over two lines', why: 'names are one line', path: 'familyName', ...change(FAMILY, (d) => { d['familyName'] = '長\n岡'; }) },
	{ name: 'family name with a trailing space', why: 'text is stored trimmed', path: 'familyName', ...change(FAMILY, (d) => { d['familyName'] = '長岡 '; }) },
	{ name: 'kana in kanji', why: 'readings are kana', path: 'familyNameKana', ...change(FAMILY, (d) => { d['familyNameKana'] = '長岡'; }) },
	{ name: 'phone with letters', why: 'digits and hyphens', path: 'phone', ...change(FAMILY, (d) => { d['phone'] = '0258-CALL-ME'; }) },
	{ name: 'assigned staff as text', why: 'assignedTo is an object of roles', path: 'assignedTo', ...change(FAMILY, (d) => { d['assignedTo'] = 'midwife1'; }) },
	{ name: 'unknown family status', why: 'status is one of a fixed list', path: 'status', ...change(FAMILY, (d) => { d['status'] = 'archived'; }) },
	{
		name: 'v1 family without its name',
		why: 'old versions are checked against their frozen schema',
		path: 'name',
		...change('family, schema v1 (one name field) is still accepted and read through the migration', (d) => { delete d['name']; })
	},
	{ name: 'impossible birth date', why: 'calendar dates only', path: 'birthDate', ...change(CHILD, (d) => { d['birthDate'] = '2026-02-30'; }) },
	{ name: 'birth weight of 12 kg', why: 'out of range (300–6000 g)', path: 'birthWeightG', ...change(CHILD, (d) => { d['birthWeightG'] = 12000; }) },
	{ name: 'birth weight as text', why: 'wrong type', path: 'birthWeightG', ...change(CHILD, (d) => { d['birthWeightG'] = '3120'; }) },
	{ name: 'birth weight with a fraction of a gram', why: 'whole grams', path: 'birthWeightG', ...change(CHILD, (d) => { d['birthWeightG'] = 3120.5; }) },
	{ name: 'negative gestational weeks', why: 'out of range', path: 'gestationalWeeks', ...change(CHILD, (d) => { d['gestationalWeeks'] = -39; }) },
	{ name: 'unknown visit kind', why: 'four kinds only', path: 'kind', ...change(UNIVERSAL, (d) => { d['kind'] = 'telepathy'; }) },
	{ name: 'visit status draft', why: 'drafts stay on the device, never in records', path: 'status', ...change(UNIVERSAL, (d) => { d['status'] = 'draft'; }) },
	{
		name: 'blood pressure of 400',
		why: 'out of range',
		path: 'mother.exam.bloodPressure.systolic',
		...change(UNIVERSAL, (d) => { (d['mother'] as { exam: { bloodPressure: { systolic: number } } }).exam.bloodPressure.systolic = 400; })
	},
	{
		name: 'stool colour 8',
		why: 'the card has 7 colours',
		path: 'baby.exam.stoolColour',
		...change(UNIVERSAL, (d) => { (d['baby'] as { exam: { stoolColour: number } }).exam.stoolColour = 8; })
	},
	{ name: 'mother block as a list', why: 'wrong type', path: 'mother', ...change(UNIVERSAL, (d) => { d['mother'] = []; }) },
	{ name: 'unknown referral', why: 'referrals come from a fixed list', path: 'outcome.referrals.0', ...change(UNIVERSAL, (d) => { d['outcome'] = { referrals: ['fortune-teller'] }; }) },
	{ name: 'companion visit without what was done', why: 'required for a companion visit', path: 'doneTogether', ...change(COMPANION, (d) => { delete d['doneTogether']; }) },
	{ name: 'companion visit of 0 minutes', why: 'out of range', path: 'durationMinutes', ...change(COMPANION, (d) => { d['durationMinutes'] = 0; }) },
	{ name: 'note too long', why: 'max 2000 characters', path: 'concernsForPhn', ...change(COMPANION, (d) => { d['concernsForPhn'] = 'あ'.repeat(2001); }) },
	{ name: 'note with a NUL character', why: 'no control characters', path: 'motherSeemed', ...change(COMPANION, (d) => { d['motherSeemed'] = '元気\u0000'; }) },
	{ name: 'EPDS with nine answers', why: 'ten items', path: 'answers', ...change(EPDS, (d) => { d['answers'] = [0, 0, 0, 0, 0, 0, 0, 0, 0]; }) },
	{ name: 'EPDS answer 4', why: 'options are 0–3', path: 'answers.3', ...change(EPDS, (d) => { d['answers'] = [0, 0, 0, 4, 0, 0, 0, 0, 0, 0]; }) },
	{ name: 'EPDS total 31', why: 'out of range', path: 'total', ...change(EPDS, (d) => { d['total'] = 31; }) },
	{ name: 'clinic EPDS with answers', why: 'a clinic reports the total only', path: 'answers', ...change(CLINIC_EPDS, (d) => { d['answers'] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]; }) },
	{ name: 'clinic EPDS without clinic', why: 'an external result names its source', path: 'clinic', ...change(CLINIC_EPDS, (d) => { delete d['clinic']; }) },
	{ name: 'unknown instrument', why: 'three questionnaires', path: 'instrument', ...change(EPDS, (d) => { d['instrument'] = 'phq9'; }) },
	{ name: 'risk without reasons', why: 'a judgement records its reasons', path: 'reasons', ...change('risk, 特定妊婦 judgement', (d) => { d['reasons'] = []; }) },
	{
		name: 'plan entry without content',
		why: 'required',
		path: 'entries.0.content',
		...change('plan, 支援プラン with entries and an evaluation', (d) => { delete (d['entries'] as Array<Record<string, unknown>>)[0]!['content']; })
	},
	{ name: 'review returned without a comment', why: 'the visitor needs to know what to fix', path: 'comment', ...change('review, returned with a reason', (d) => { delete d['comment']; }) },
	{ name: 'review of a family', why: 'reviews are of visits', path: 'visitId', ...change('review, approved without comment', (d) => { d['visitId'] = fixtureId('family', 1); }) },
	{ name: 'alert closed without the action taken', why: 'the next reader needs to know what was done', path: 'actionTaken', ...change('alert, closed with the action taken (markup kept as text)', (d) => { d['actionTaken'] = ''; }) },
	{ name: 'alert assigned to nobody', why: 'an assignment names the person', path: 'assignee', ...change('alert, assigned to the district nurse', (d) => { delete d['assignee']; }) },
	{ name: 'alert of an unknown kind', why: 'alerts come from the known risk flags', path: 'alertKind', ...change('alert, acknowledged', (d) => { d['alertKind'] = 'rumour'; }) },
	{ name: 'alert with an unknown action', why: 'only acknowledge, assign, close, reopen', path: 'action', ...change('alert, acknowledged', (d) => { d['action'] = 'deleted'; }) }
];

export interface ForbiddenFixture {
	name: string;
	/** well-formed: the zod schemas accept it */
	doc: FixtureDoc;
	/** the stored version, for updates */
	oldDoc?: FixtureDoc;
	user: { name: string | null; roles: readonly string[] };
	/** the database's `_security`, when it matters */
	secObj?: { members: { roles: string[] } };
	why: string;
	/** the server's refusal starts with this text */
	refusal: string;
}

const family = validDoc(FAMILY);
const universal = validDoc(UNIVERSAL);
const companion = validDoc(COMPANION);
const edited = (doc: FixtureDoc, edit: Partial<FixtureDoc>): FixtureDoc => ({ ...doc, ...edit, updatedAt: '2026-11-21T00:00:00.000Z' });

export const forbiddenFixtures: ForbiddenFixture[] = [
	{ name: 'not logged in', doc: family, user: { name: null, roles: [] }, why: 'anonymous writes', refusal: WRITE_REFUSALS.notLoggedIn },
	{ name: 'forged createdBy', doc: { ...family, createdBy: 'phn1' }, user: fixtureUsers.midwife1, why: 'a record is created in the writer’s own name', refusal: WRITE_REFUSALS.createdByOther },
	{ name: 'forged updatedBy', doc: { ...family, updatedBy: 'phn1' }, user: fixtureUsers.midwife1, why: 'saved in the writer’s own name', refusal: WRITE_REFUSALS.updatedByOther },
	{ name: 'promoter writing a clinical visit', doc: { ...universal, createdBy: 'promoter1', updatedBy: 'promoter1' }, user: fixtureUsers.promoter1, why: 'promoters are volunteers, not clinicians', refusal: WRITE_REFUSALS.promoterCompanionOnly },
	{ name: 'promoter editing a family', oldDoc: family, doc: edited(family, { phone: '090-1111-2222', updatedBy: 'promoter1' }), user: fixtureUsers.promoter1, why: 'promoters write companion visits only', refusal: WRITE_REFUSALS.promoterCompanionOnly },
	{ name: 'midwife writing a support plan', doc: { ...validDoc('plan, 支援プラン with entries and an evaluation'), createdBy: 'midwife1', updatedBy: 'midwife1' }, user: fixtureUsers.midwife1, why: 'plans are the coordinator’s and the district nurse’s', refusal: WRITE_REFUSALS.plansKeepersOnly },
	{ name: 'midwife acting on an alert', doc: validDoc('alert, acknowledged'), user: { name: 'coordinator1', roles: ['midwife', 'team:chuo'] }, why: 'only overseers act on alerts', refusal: WRITE_REFUSALS.alertsReviewersOnly },
	{ name: 'promoter acting on an alert', doc: { ...validDoc('alert, acknowledged'), createdBy: 'promoter1', updatedBy: 'promoter1' }, user: fixtureUsers.promoter1, why: 'promoters are not overseers', refusal: WRITE_REFUSALS.alertsReviewersOnly },
	{ name: 'changing a step on an alert', oldDoc: validDoc('alert, acknowledged'), doc: edited(validDoc('alert, acknowledged'), { note: '後から変更' }), user: fixtureUsers.coordinator1, why: 'alert steps are write-once', refusal: WRITE_REFUSALS.alertWriteOnce },
	{ name: 'a reviewer editing the visit instead of reviewing it', oldDoc: universal, doc: edited(universal, { status: 'approved', updatedBy: 'supervisor1' }), user: fixtureUsers.supervisor1, why: 'a decision is a review record, never an edit of the visit', refusal: WRITE_REFUSALS.visitOthers },
	{ name: 'midwife writing a review', doc: validDoc('review, approved without comment'), user: { name: 'supervisor1', roles: ['midwife', 'team:chuo'] }, why: 'only reviewers review', refusal: WRITE_REFUSALS.reviewersOnly },
	{ name: 'account with no staff role', doc: family, user: { name: 'midwife1', roles: ['team:chuo'] }, why: 'a team role alone opens the database but writes nothing', refusal: WRITE_REFUSALS.noStaffRole },
	{ name: 'moving a record to another team', oldDoc: family, doc: edited(family, { team: 'kita' }), user: fixtureUsers.midwife1, why: 'envelope fields are immutable', refusal: WRITE_REFUSALS.envelopeChanged },
	{ name: 'rewriting createdAt', oldDoc: universal, doc: edited(universal, { createdAt: '2020-01-01T00:00:00.000Z' }), user: fixtureUsers.midwife1, why: 'envelope fields are immutable', refusal: WRITE_REFUSALS.envelopeChanged },
	{ name: 'moving a visit to another family', oldDoc: universal, doc: edited(universal, { familyId: fixtureId('family', 2) }), user: fixtureUsers.midwife1, why: 'envelope fields are immutable', refusal: WRITE_REFUSALS.envelopeChanged },
	{ name: 'another midwife editing a visit', oldDoc: universal, doc: edited(universal, { updatedBy: 'midwife2' }), user: fixtureUsers.midwife2, why: 'a visit is amended by its author', refusal: WRITE_REFUSALS.visitOthers },
	{ name: 'promoter editing another promoter’s companion visit', oldDoc: { ...companion, createdBy: 'promoter2' }, doc: edited({ ...companion, createdBy: 'promoter2' }, { updatedBy: 'promoter1' }), user: fixtureUsers.promoter1, why: 'a visit is amended by its author', refusal: WRITE_REFUSALS.visitOthers },
	{ name: 'a chuo record in the kita database', doc: family, user: fixtureUsers.midwife1, secObj: { members: { roles: ['team:kita'] } }, why: 'each team database holds its own team’s records', refusal: WRITE_REFUSALS.wrongTeam }
];
