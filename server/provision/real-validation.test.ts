// The promoters' replications with the real validate_doc_update and real records: the server admin
// that replications run as must get valid records through, and a promoter nothing but companion visits.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCompanionVisit, buildEpds, buildFamily } from '../../src/lib/domain/records/factories.ts';
import { promoterDbName, teamDbName, type UserSpec } from '../couch/contract.ts';
import { startEmbeddedCouch, type EmbeddedCouch } from '../embedded-couch.ts';
import { eventually } from '../test-http.ts';
import { basicAuth, type CouchAdmin } from './couch-client.ts';
import { provision } from './index.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'yorisoi-validation-'));
let couch: EmbeddedCouch;

const promoter: UserSpec = { name: 'promoter1', password: 'promoter-password', roles: ['promoter'], teams: ['chuo'], displayName: '推進員' };
const midwife: UserSpec = { name: 'midwife1', password: 'midwife-password', roles: ['midwife'], teams: ['chuo'], displayName: '助産師' };
const assigned = buildFamily({ assignedTo: { midwife: 'midwife1', promoter: 'promoter1' } });
const other = buildFamily({ assignedTo: { midwife: 'midwife1' } });
const screening = buildEpds(assigned);
const companion = buildCompanionVisit(assigned);
const chuo = teamDbName('chuo');
const own = promoterDbName('promoter1');

async function request(path: string, who: UserSpec | CouchAdmin, init: { method?: string; body?: unknown } = {}) {
	const response = await fetch(couch.url + path, {
		method: init.method ?? 'GET',
		headers: { authorization: basicAuth(who), 'content-type': 'application/json' },
		body: init.body === undefined ? undefined : JSON.stringify(init.body)
	});
	return { status: response.status, body: (await response.json()) as { rows?: Array<{ id: string }>; reason?: string } };
}
const ids = async (db: string) => ((await request(`/${db}/_all_docs`, couch.admin)).body.rows ?? []).map((row) => row.id).filter((id) => !id.startsWith('_design/'));

beforeAll(async () => {
	couch = await startEmbeddedCouch({ dataDir });
	const docs = { chuo: [assigned, other, screening, companion] as Array<{ _id: string; type: string }> };
	const report = await provision({ couchUrl: couch.url, admin: couch.admin, plan: { teams: [{ id: 'chuo', name: '中央' }], users: [promoter, midwife], docs } });
	expect(report.seeded.written).toBe(4);
});
afterAll(async () => {
	await couch?.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

describe('replication under the real validate_doc_update', () => {
	it('brings the assigned family and the companion visit to the promoter, not the EPDS', async () => {
		await eventually('the companion visit in the promoter database', async () => (await ids(own)).includes(companion._id));
		const later = buildFamily({ assignedTo: { midwife: 'midwife1', promoter: 'promoter1' } });
		expect((await request(`/${chuo}/${encodeURIComponent(later._id)}`, midwife, { method: 'PUT', body: later })).status).toBe(201);
		await eventually('a family assigned later', async () => (await ids(own)).includes(later._id));
		expect((await ids(own)).sort()).toEqual([assigned._id, later._id, companion._id].sort());
	});

	it('takes a companion visit the promoter writes to the team, and refuses the promoter anything clinical', async () => {
		const visit = buildCompanionVisit(assigned, {}, { by: 'promoter1', at: new Date('2026-11-21T02:00:00.000Z') });
		expect((await request(`/${own}/${encodeURIComponent(visit._id)}`, promoter, { method: 'PUT', body: visit })).status).toBe(201);
		const clinical = buildEpds(assigned, {}, { by: 'promoter1' });
		const refused = await request(`/${own}/${encodeURIComponent(clinical._id)}`, promoter, { method: 'PUT', body: clinical });
		expect(refused.status).toBe(403);
		await eventually('the promoter’s visit in the team database', async () => (await ids(chuo)).includes(visit._id));
	});
});
