// Forged documents sent straight to the embedded server by signed-in users, past the app: each is
// refused with 403 and the reason the app shows. The same rules run in validate-doc-update.test.ts
// without a server; this proves the server really applies them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCareVisit, buildEpds, buildFamily, buildReview } from '../../src/lib/domain/records/factories.ts';
import { SCRIPT_TEXT } from '../../src/lib/domain/records/fixtures-base.ts';
import { WRITE_REFUSALS } from '../../src/lib/domain/records/write-rights.ts';
import { promoterDbName, teamDbName, type UserSpec } from '../couch/contract.ts';
import { startEmbeddedCouch, type EmbeddedCouch } from '../embedded-couch.ts';
import { basicAuth, type CouchAdmin } from './couch-client.ts';
import { provision } from './index.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'yorisoi-forged-'));
let couch: EmbeddedCouch;

const user = (name: string, roles: UserSpec['roles'], teams: string[]): UserSpec => ({ name, password: `${name}-password`, roles, teams, displayName: name });
const midwife1 = user('midwife1', ['midwife'], ['chuo']);
const midwife2 = user('midwife2', ['midwife'], ['chuo']);
const promoter1 = user('promoter1', ['promoter'], ['chuo']);
const chuo = teamDbName('chuo');
const family = buildFamily({}, { by: 'midwife1' });
const visit = buildCareVisit(family, {}, { by: 'midwife1' });

async function put(db: string, doc: Record<string, unknown>, who: UserSpec | CouchAdmin) {
	const response = await fetch(`${couch.url}/${db}/${encodeURIComponent(String(doc._id))}`, {
		method: 'PUT',
		headers: { authorization: basicAuth(who), 'content-type': 'application/json' },
		body: JSON.stringify(doc)
	});
	return { status: response.status, body: (await response.json()) as { reason?: string; rev?: string } };
}

async function stored(id: string) {
	const response = await fetch(`${couch.url}/${chuo}/${encodeURIComponent(id)}`, { headers: { authorization: basicAuth(couch.admin) } });
	return (await response.json()) as Record<string, unknown> & { _rev: string };
}

beforeAll(async () => {
	couch = await startEmbeddedCouch({ dataDir });
	await provision({
		couchUrl: couch.url,
		admin: couch.admin,
		plan: { teams: [{ id: 'chuo', name: '中央' }], users: [midwife1, midwife2, promoter1], docs: { chuo: [family, visit] } }
	});
});

afterAll(async () => {
	await couch?.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

describe('forged documents sent straight to the server', () => {
	it('refuses anonymous writes', async () => {
		const response = await fetch(`${couch.url}/${chuo}/${encodeURIComponent(family._id)}`, { method: 'PUT', body: JSON.stringify(buildFamily()) });
		expect([401, 403]).toContain(response.status);
	});

	it('refuses an unknown type, with a reason', async () => {
		const result = await put(chuo, { ...buildFamily({}, { by: 'midwife1' }), type: 'gossip' }, midwife1);
		expect(result).toMatchObject({ status: 403, body: { reason: expect.stringContaining('Unknown record type') } });
	});

	it.each([
		['a missing required field', (doc: Record<string, unknown>) => ({ ...doc, familyName: undefined })],
		['a wrong type', (doc: Record<string, unknown>) => ({ ...doc, familyName: 42 })],
		['a string far too long', (doc: Record<string, unknown>) => ({ ...doc, address: '長'.repeat(5000) })],
		['a malformed date', (doc: Record<string, unknown>) => ({ ...doc, birthDate: '2026-02-30' })]
	])('refuses %s, saying which field', async (_name, forge) => {
		const result = await put(chuo, forge(buildFamily({}, { by: 'midwife1' })), midwife1);
		expect(result.status).toBe(403);
		expect(result.body.reason).toMatch(/^Invalid family record: /);
	});

	it('refuses a weight out of range', async () => {
		const result = await put(chuo, { ...buildCareVisit(family, {}, { by: 'midwife1' }), baby: { exam: { weightG: 40_000 } } }, midwife1);
		expect(result.status).toBe(403);
		expect(result.body.reason).toMatch(/^Invalid visit record: /);
	});

	it('refuses a record created in someone else’s name', async () => {
		const result = await put(chuo, { ...buildFamily({}, { by: 'midwife2' }), updatedBy: 'midwife1' }, midwife1);
		expect(result).toMatchObject({ status: 403, body: { reason: WRITE_REFUSALS.createdByOther } });
	});

	it('refuses changes to the envelope', async () => {
		const current = await stored(family._id);
		const result = await put(chuo, { ...current, team: 'kita', updatedBy: 'midwife1' }, midwife1);
		expect(result.status).toBe(403);
		expect(result.body.reason).toMatch(/^(This field cannot be changed|This record belongs to another team)/);
	});

	it('refuses another midwife amending the visit', async () => {
		const current = await stored(visit._id);
		const result = await put(chuo, { ...current, updatedBy: 'midwife2' }, midwife2);
		expect(result).toMatchObject({ status: 403, body: { reason: WRITE_REFUSALS.visitOthers } });
	});

	it('refuses a review from a non-reviewer', async () => {
		const result = await put(chuo, buildReview(visit, {}, { by: 'midwife1' }), midwife1);
		expect(result).toMatchObject({ status: 403, body: { reason: WRITE_REFUSALS.reviewersOnly } });
	});

	it('refuses a promoter anything but a companion visit, in their own database', async () => {
		const result = await put(promoterDbName('promoter1'), buildEpds(family, {}, { by: 'promoter1' }), promoter1);
		expect(result).toMatchObject({ status: 403, body: { reason: WRITE_REFUSALS.promoterCompanionOnly } });
	});

	it('refuses a delete by staff', async () => {
		const current = await stored(family._id);
		const response = await fetch(`${couch.url}/${chuo}/${encodeURIComponent(family._id)}?rev=${current._rev}`, { method: 'DELETE', headers: { authorization: basicAuth(midwife1) } });
		expect(response.status).toBe(403);
		expect(((await response.json()) as { reason: string }).reason).toBe(WRITE_REFUSALS.deleteAdminsOnly);
	});

	it('stores markup as the plain text it is', async () => {
		const doc = buildFamily({ address: SCRIPT_TEXT }, { by: 'midwife1' });
		expect((await put(chuo, doc, midwife1)).status).toBe(201);
		expect((await stored(doc._id)).address).toBe(SCRIPT_TEXT);
	});
});
