// The building blocks of the sample documents: users, fixed ids and the envelope, shared by the
// valid and refused fixtures.

export const FIXTURE_TEAM = 'chuo';
export const FIXTURE_AT = '2026-11-20T01:30:00.000Z';

/** Users as CouchDB's userCtx names them; the roles match server/demo's users. */
export const fixtureUsers = {
	midwife1: { name: 'midwife1', roles: ['midwife', 'team:chuo'] },
	midwife2: { name: 'midwife2', roles: ['midwife', 'team:chuo'] },
	phn1: { name: 'phn1', roles: ['phn', 'team:chuo'] },
	promoter1: { name: 'promoter1', roles: ['promoter'] },
	coordinator1: { name: 'coordinator1', roles: ['coordinator', 'team:chuo', 'team:kita'] },
	supervisor1: { name: 'supervisor1', roles: ['supervisor', 'team:chuo', 'team:kita'] },
	serverAdmin: { name: 'admin', roles: ['_admin'] }
} as const satisfies Record<string, { name: string; roles: string[] }>;

export type FixtureUser = (typeof fixtureUsers)[keyof typeof fixtureUsers];

/** A fixed, well-formed id: the same time part, `n` as the random part. */
export function fixtureId(type: string, n: number): string {
	return `${type}:mi7x3k2a0${n.toString(36).padStart(10, '0')}`;
}

export const FAMILY_ID = fixtureId('family', 1);
export const PREGNANCY_ID = fixtureId('pregnancy', 1);
export const CHILD_ID = fixtureId('child', 1);
export const VISIT_ID = fixtureId('visit', 1);

/** The envelope of fixture `n` of a type, written by `by` at FIXTURE_AT. */
export function fixtureEnvelope(type: string, n: number, by: string = fixtureUsers.midwife1.name) {
	const _id = fixtureId(type, n);
	return {
		_id,
		type,
		schemaVersion: type === 'family' ? 2 : 1,
		team: FIXTURE_TEAM,
		familyId: type === 'family' ? _id : FAMILY_ID,
		createdAt: FIXTURE_AT,
		createdBy: by,
		updatedAt: FIXTURE_AT,
		updatedBy: by
	};
}

export type FixtureDoc = Record<string, unknown> & { _id: string; type: string };

export interface ValidFixture {
	name: string;
	doc: FixtureDoc;
	/** who writes it in the fixture test */
	user: FixtureUser;
}

/** Markup typed into a text field: valid data, stored and shown as plain text. */
export const SCRIPT_TEXT = '<script>alert("x")</script> & <b>太字</b>';
