// Provisioning against a real embedded pouchdb-server: idempotence, who may open which database,
// and what the promoters' replications carry (and must never carry).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promoterDbName, teamDbName, type UserSpec } from '../couch/contract.ts';
import { freePort, startEmbeddedCouch, type EmbeddedCouch } from '../embedded-couch.ts';
import { createCouchProxy, type CouchProxy } from '../proxy.ts';
import { closeServer, eventually, listenOnFreePort } from '../test-http.ts';
import { basicAuth, CouchClient, type CouchAdmin } from './couch-client.ts';
import { provision, type ProvisionReport } from './index.ts';
import { permissiveValidation, testCity } from './test-city.ts';
import { setUserDisabled } from './users.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'yorisoi-provision-'));
let couch: EmbeddedCouch;
let firstRun: ProvisionReport;

const city = testCity();
const user = (name: string) => city.users.find((u) => u.name === name)!;
const chuo = teamDbName('chuo');
const kita = teamDbName('kita');
const satoDb = promoterDbName('sato.promoter');

const run = (plan = city) => provision({ couchUrl: couch.url, admin: couch.admin, plan, validateDocUpdate: permissiveValidation });

/** A request to the embedded server as `who` (a city user, the admin, or nobody). */
async function request(path: string, who?: UserSpec | CouchAdmin, init: { method?: string; body?: unknown } = {}) {
	const headers: Record<string, string> = { 'content-type': 'application/json' };
	if (who) headers.authorization = basicAuth(who);
	const response = await fetch(couch.url + path, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- CouchDB answers of many shapes, read field by field below
	return { status: response.status, body: (await response.json()) as any };
}

const ids = async (db: string) => ((await request(`/${db}/_all_docs`, couch.admin)).body.rows as Array<{ id: string }>).map((row) => row.id).filter((id) => !id.startsWith('_design/'));

beforeAll(async () => {
	couch = await startEmbeddedCouch({ dataDir });
	firstRun = await run();
});
afterAll(async () => {
	await couch?.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

describe('provisioning', () => {
	it('creates the users, databases, design documents and replications of the plan', () => {
		expect(firstRun.users).toEqual({ created: 4, updated: 0, unchanged: 0 });
		expect(firstRun.databases.created).toBe(3); // two teams and one promoter
		expect(firstRun.security.updated).toBe(3);
		expect(firstRun.designDocuments.created).toBe(3);
		expect(firstRun.replications).toEqual({ created: 2, updated: 0, unchanged: 0 });
		expect(firstRun.seeded.written).toBe(6);
	});

	it('changes nothing when run again', async () => {
		const snapshot = async () => ({
			security: await Promise.all([chuo, kita, satoDb].map(async (db) => (await request(`/${db}/_security`, couch.admin)).body)),
			users: await Promise.all(city.users.map(async (u) => (await request(`/_users/org.couchdb.user:${u.name}`, couch.admin)).body)),
			designs: await Promise.all([chuo, kita, satoDb].map(async (db) => (await request(`/${db}/_design/yorisoi`, couch.admin)).body._rev)),
			replications: ((await request('/_replicator/_all_docs?include_docs=true', couch.admin)).body.rows as Array<{ id: string; doc: Record<string, unknown> }>)
				.filter((row) => !row.id.startsWith('_design/'))
				.map((row) => [row.id, row.doc.yorisoi_spec]),
			docs: await Promise.all([chuo, kita].map(ids))
		});
		const before = await snapshot();
		const again = await run();
		expect(again.users).toEqual({ created: 0, updated: 0, unchanged: 4 });
		expect(again.databases.created).toBe(0);
		expect(again.security.updated).toBe(0);
		expect(again.designDocuments).toEqual({ created: 0, updated: 0, unchanged: 3 });
		expect(again.replications).toEqual({ created: 0, updated: 0, unchanged: 2 });
		expect(again.seeded).toEqual({ written: 0, skipped: 6 });
		expect(await snapshot()).toEqual(before);
		expect(before.security[0]).toEqual({ admins: { names: [], roles: ['admin'] }, members: { names: [], roles: ['team:chuo'] } });
		expect(before.security[2]).toEqual({ admins: { names: [], roles: ['admin'] }, members: { names: ['sato.promoter'], roles: [] } });
		expect(before.users[3].roles).toEqual(['promoter']);
		expect(before.users[2].roles).toEqual(['supervisor', 'team:chuo', 'team:kita']);
	});

	it('updates the roles of an existing user and keeps the password they have', async () => {
		const moved = { ...user('phn.kita'), teams: ['kita', 'chuo'], password: 'not-applied' };
		const plan = { ...city, users: city.users.map((u) => (u.name === moved.name ? moved : u)) };
		try {
			expect((await run(plan)).users.updated).toBe(1);
			expect((await request(`/_users/org.couchdb.user:phn.kita`, couch.admin)).body.roles).toEqual(['phn', 'team:chuo', 'team:kita']);
			expect((await request(`/${chuo}/_all_docs`, user('phn.kita'))).status).toBe(200);
			expect((await request(`/${chuo}/_all_docs`, moved)).status).toBe(401);
		} finally {
			await run();
		}
		expect((await request(`/${chuo}/_all_docs`, user('phn.kita'))).status).not.toBe(200);
	});

	it('keeps a disabled account disabled when run again; only enabling lifts it', async () => {
		const client = new CouchClient(couch.url, couch.admin);
		const roles = async () => (await request('/_users/org.couchdb.user:phn.kita', couch.admin)).body.roles as string[];
		try {
			expect(await setUserDisabled(client, 'phn.kita', true)).toBe('updated');
			expect(await setUserDisabled(client, 'phn.kita', true)).toBe('unchanged');
			expect((await run()).users.unchanged).toBe(4);
			expect(await roles()).toContain('disabled');
			// The person can still authenticate: that is how their devices hear of it.
			expect((await request('/_session', user('phn.kita'))).body.userCtx.roles).toContain('disabled');
		} finally {
			expect(await setUserDisabled(client, 'phn.kita', false)).toBe('updated');
		}
		expect(await roles()).not.toContain('disabled');
		await expect(setUserDisabled(client, 'nobody', true)).rejects.toThrow(/no user 'nobody'/);
	});

	it('replaces a replication whose definition changed (pouchdb-server refuses edits of running ones)', async () => {
		const viaLocalhost = couch.url.replace('127.0.0.1', 'localhost');
		try {
			const moved = await provision({ couchUrl: couch.url, admin: couch.admin, plan: city, replicationUrl: viaLocalhost, validateDocUpdate: permissiveValidation });
			expect(moved.replications).toEqual({ created: 0, updated: 2, unchanged: 0 });
			const docs = (await request('/_replicator/_all_docs?include_docs=true', couch.admin)).body.rows.filter((row: { id: string }) => !row.id.startsWith('_design/'));
			expect(docs.map((row: { doc: { source: { url: string } } }) => row.doc.source.url).sort()).toEqual([`${viaLocalhost}/${satoDb}`, `${viaLocalhost}/${chuo}`]);
			await request(`/${chuo}/family:01MOVED`, couch.admin, { method: 'PUT', body: { type: 'family', team: 'chuo', assignedTo: { promoter: 'sato.promoter' } } });
			await eventually('a family written after the change', async () => (await ids(satoDb)).includes('family:01MOVED'));
		} finally {
			expect((await run()).replications.updated).toBe(2);
		}
	});

	it('refuses a promoter who also holds a staff role, before writing anything', async () => {
		const plan = { ...city, users: [...city.users, { name: 'mixed', password: 'mixed-password', roles: ['promoter', 'midwife'] as UserSpec['roles'], teams: ['chuo'], displayName: 'x' }] };
		await expect(run(plan)).rejects.toThrow(/promoter role alone/);
		expect((await request('/_users/org.couchdb.user:mixed', couch.admin)).status).toBe(404);
	});
});

describe('who may open which database', () => {
	it('refuses anonymous access to team and promoter databases', async () => {
		for (const db of [chuo, kita, satoDb]) expect((await request(`/${db}/_all_docs`)).status, db).toBe(401);
	});

	it('opens a team database to its staff and supervisors only', async () => {
		expect((await request(`/${chuo}/_all_docs`, user('midwife.chuo'))).status).toBe(200);
		expect((await request(`/${kita}/_all_docs`, user('supervisor'))).status).toBe(200);
		expect((await request(`/${chuo}/_all_docs`, user('supervisor'))).status).toBe(200);
		expect([401, 403]).toContain((await request(`/${chuo}/_all_docs`, user('phn.kita'))).status);
		expect([401, 403]).toContain((await request(`/${kita}/_all_docs`, user('midwife.chuo'))).status);
	});

	it('keeps a promoter out of team databases and other staff out of the promoter database', async () => {
		expect([401, 403]).toContain((await request(`/${chuo}/_all_docs`, user('sato.promoter'))).status);
		expect([401, 403]).toContain((await request(`/${chuo}/family:01ASSIGNED`, user('sato.promoter'))).status);
		expect((await request(`/${satoDb}/_all_docs`, user('sato.promoter'))).status).toBe(200);
		expect([401, 403]).toContain((await request(`/${satoDb}/_all_docs`, user('midwife.chuo'))).status);
	});
});

describe("a promoter's replications", () => {
	it('bring the families assigned to the promoter and their companion visits, nothing clinical', async () => {
		await eventually('the assigned family in the promoter database', async () => (await ids(satoDb)).includes('family:01ASSIGNED'));
		// Written after a clinical record: once the later family arrives, the record would have too.
		await request(`/${chuo}/screening:02LATE`, couch.admin, { method: 'PUT', body: { type: 'screening', team: 'chuo', familyId: 'family:01ASSIGNED', createdBy: 'sato.promoter' } });
		await request(`/${chuo}/family:02MARKER`, couch.admin, { method: 'PUT', body: { type: 'family', team: 'chuo', assignedTo: { promoter: 'sato.promoter' } } });
		await eventually('the later family in the promoter database', async () => (await ids(satoDb)).includes('family:02MARKER'));
		expect(await ids(satoDb)).toEqual(['family:01ASSIGNED', 'family:01MOVED', 'family:02MARKER', 'visit:01COMPANION']);
	});

	it('carry companion visits the promoter writes back to the team, and nothing else', async () => {
		const sato = user('sato.promoter');
		const visit = (id: string, fields: Record<string, unknown>) => request(`/${satoDb}/${id}`, sato, { method: 'PUT', body: { type: 'visit', kind: 'companion', team: 'chuo', createdBy: 'sato.promoter', ...fields } });
		expect((await visit('visit:02NEW', {})).status).toBe(201);
		expect((await visit('visit:02FORGED', { createdBy: 'midwife.chuo' })).status).toBe(201);
		expect((await visit('screening:02SNEAKY', { type: 'screening' })).status).toBe(201);
		expect((await visit('visit:02CARE', { kind: 'postpartum-care' })).status).toBe(201);
		expect((await visit('visit:03MARKER', {})).status).toBe(201);
		await eventually('the marker visit in the team database', async () => (await ids(chuo)).includes('visit:03MARKER'));
		const team = await ids(chuo);
		expect(team).toContain('visit:02NEW');
		for (const id of ['visit:02FORGED', 'screening:02SNEAKY', 'visit:02CARE']) expect(team, id).not.toContain(id);
	});
});

describe('the proxy in front of the embedded server', () => {
	let proxy: CouchProxy;
	const front = http.createServer((req, res) => proxy(req, res));
	let url: string;
	beforeAll(async () => {
		proxy = createCouchProxy({ couchUrl: couch.url });
		url = await listenOnFreePort(front);
	});
	afterAll(async () => {
		proxy.close();
		await closeServer(front);
	});

	it('logs in with a cookie and streams a continuous _changes feed', async () => {
		const midwife = user('midwife.chuo');
		const login = await fetch(`${url}/db/_session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: midwife.name, password: midwife.password }) });
		expect(login.status).toBe(200);
		const cookie = login.headers.getSetCookie().find((c) => c.startsWith('AuthSession='))!.split(';')[0]!;
		expect((await fetch(`${url}/db/${chuo}`, { headers: { cookie } })).status).toBe(200);
		expect([401, 403]).toContain((await fetch(`${url}/db/${kita}`, { headers: { cookie } })).status);
		expect((await fetch(`${url}/db/_all_dbs`, { headers: { cookie } })).status).toBe(404);

		const controller = new AbortController();
		const feed = await fetch(`${url}/db/${chuo}/_changes?feed=continuous&since=now&heartbeat=500`, { headers: { cookie }, signal: controller.signal });
		expect(feed.status).toBe(200);
		const reader = feed.body!.getReader();
		await request(`/${chuo}/family:03STREAMED`, couch.admin, { method: 'PUT', body: { type: 'family', team: 'chuo' } });
		let received = '';
		const deadline = Date.now() + 10_000;
		while (!received.includes('family:03STREAMED') && Date.now() < deadline) {
			const chunk = await reader.read();
			if (chunk.done) break;
			received += new TextDecoder().decode(chunk.value);
		}
		controller.abort();
		expect(received).toContain('family:03STREAMED');
	}, 15_000);
});

describe('the provisioning command', () => {
	const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
	const runCli = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, COUCHDB_USER: '', COUCHDB_PASSWORD: '', COUCHDB_URL: '' } });

	it('says so and exits 1 when the server is unreachable', async () => {
		const port = await freePort();
		const result = runCli('--url', `http://admin:pw@127.0.0.1:${port}/`);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`Cannot reach CouchDB at http://127.0.0.1:${port} (ECONNREFUSED)`);
		expect(result.stderr).not.toContain('pw');
	});

	it('says so and exits 1 when the admin credentials are wrong', () => {
		const result = runCli('--url', couch.url, '--user', 'admin', '--password', 'wrong');
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/refused the credentials of 'admin'/);
	});

	it('disables and enables an account, touching nothing else', () => {
		// `--password=…`: a generated password may start with '-', which a separate argument would misread.
		const admin = ['--url', couch.url, '--user', couch.admin.name, `--password=${couch.admin.password}`];
		const disabled = runCli(...admin, '--disable', 'phn.kita');
		expect(disabled.status, disabled.stderr).toBe(0);
		expect(disabled.stdout).toContain('phn.kita: disabled (updated)');
		const enabled = runCli(...admin, '--enable', 'phn.kita');
		expect(enabled.stdout).toContain('phn.kita: enabled (updated)');
	});

	it('says so and exits 1 without credentials', () => {
		const result = runCli('--url', couch.url);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/credentials are missing/);
	});
});

describe('the embedded server across a restart', () => {
	it('keeps the admin, the data and the replications', async () => {
		const { admin, port } = couch;
		await couch.stop();
		couch = await startEmbeddedCouch({ dataDir });
		expect(couch.admin).toEqual(admin);
		expect(couch.port).toBe(port);
		expect(await ids(satoDb)).toContain('family:02MARKER');
		expect((await run()).replications.unchanged).toBe(2);
		await request(`/${chuo}/family:04AFTER`, couch.admin, { method: 'PUT', body: { type: 'family', team: 'chuo', assignedTo: { promoter: 'sato.promoter' } } });
		await eventually('a family assigned after the restart', async () => (await ids(satoDb)).includes('family:04AFTER'));
	});
});
