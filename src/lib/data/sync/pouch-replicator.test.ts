// PouchReplicator with two local PouchDBs standing in for device and server, and with scripted HTTP
// answers for what only a server says (401, 403, a proxy's 502, no answer at all).
import { describe, expect, it, vi } from 'vitest';
import { careVisitRecord, familyRecord, testPouch } from '../test-helpers';
import { PouchReplicator } from './pouch-replicator';
import { refuseOnServer } from './sync-test-doubles';

const run = () => new AbortController();

describe('PouchReplicator between two databases', () => {
	it('pulls, then pushes, and reports each document written each way with its revision', async () => {
		const local = testPouch();
		const remote = testPouch();
		const family = familyRecord();
		const fromServer = await remote.put(family);
		const fromDevice = await local.put(careVisitRecord(family._id));
		const replicator = new PouchReplicator({ db: 'yorisoi-team-chuo', local, remote });

		const outcome = await replicator.replicate(run().signal);

		expect(outcome).toEqual({ pulled: [{ id: fromServer.id, rev: fromServer.rev }], pushed: [{ id: fromDevice.id, rev: fromDevice.rev }], refused: [] });
		expect((await remote.get(fromDevice.id))._rev).toBe(fromDevice.rev);
		expect((await local.get(fromServer.id))._rev).toBe(fromServer.rev);
		// Caught up: the next run moves nothing (the pulled document is not pushed back).
		expect(await replicator.replicate(run().signal)).toEqual({ pulled: [], pushed: [], refused: [] });
	});

	it('reports a document the server refuses, with its reason and local revision, and still pushes the rest', async () => {
		const local = testPouch();
		const remote = testPouch();
		const family = familyRecord();
		const accepted = await local.put(family);
		const refused = await local.put(careVisitRecord(family._id));
		refuseOnServer(remote, refused.id, 'only the author may amend a visit');

		const outcome = await new PouchReplicator({ db: 'yorisoi-team-chuo', local, remote }).replicate(run().signal);

		expect(outcome.failure).toBeUndefined();
		expect(outcome.pushed).toEqual([{ id: accepted.id, rev: accepted.rev }]);
		expect(outcome.refused).toEqual([{ id: refused.id, rev: refused.rev, reason: 'only the author may amend a visit', direction: 'push' }]);
		await expect(remote.get(refused.id)).rejects.toMatchObject({ status: 404 });
		expect((await local.get(refused.id))._rev).toBe(refused.rev); // kept on the device
	});

	it('stops when the run is aborted, and says it was cancelled', async () => {
		const local = testPouch();
		const remote = testPouch();
		await local.put(familyRecord());
		const controller = run();
		vi.spyOn(remote, 'bulkDocs').mockImplementation((() => {
			controller.abort();
			return new Promise(() => {}); // the write never answers; only the abort ends the run
		}) as never);

		const outcome = await new PouchReplicator({ db: 'yorisoi-team-chuo', local, remote }).replicate(controller.signal);
		expect(outcome.cancelled).toBe(true);
	});
});

/** A fetch that answers by path, recording what was asked. */
function scriptedServer(answer: (path: string, init: RequestInit) => Response | Promise<Response>) {
	const asked: string[] = [];
	const fetchImpl = vi.fn(async (input: string | URL | Request, init: RequestInit = {}) => {
		const path = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url).pathname;
		asked.push(`${init.method ?? 'GET'} ${path}`);
		expect(init.credentials).toBe('include');
		return answer(path, init);
	});
	return { fetch: fetchImpl as unknown as typeof fetch, asked };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function overHttp(server: ReturnType<typeof scriptedServer>, options: { requestTimeoutMs?: number } = {}) {
	const local = testPouch();
	const replicator = new PouchReplicator({ db: 'yorisoi-team-chuo', local, serverUrl: 'http://yorisoi.test/db/', fetch: server.fetch, ...options });
	return Object.assign(replicator, { local });
}

describe('PouchReplicator over HTTP: what the server answers', () => {
	it('reads a 401 as an expired session, and does not try to push', async () => {
		const server = scriptedServer(() => json(401, { error: 'unauthorized', reason: 'You are not authorized to access this db.' }));
		const replicator = overHttp(server);
		await replicator.local.put(familyRecord());
		const push = vi.spyOn(replicator.local.replicate, 'to');
		const outcome = await replicator.replicate(run().signal);

		expect(outcome.failure).toEqual({ kind: 'unauthenticated', status: 401, message: 'You are not authorized to access this db.' });
		expect(server.asked).toContain('GET /db/yorisoi-team-chuo/_changes');
		expect(push).not.toHaveBeenCalled();
	});

	it('reads a 403 as an expired session when _session says nobody is signed in', async () => {
		const server = scriptedServer((path) => (path === '/db/_session' ? json(200, { ok: true, userCtx: { name: null, roles: [] } }) : json(403, { error: 'forbidden', reason: 'You are not allowed to access this db.' })));
		expect((await overHttp(server).replicate(run().signal)).failure?.kind).toBe('unauthenticated');
	});

	it('reads a 401 as a refusal of the database when the session is alive (pouchdb-server answers non-members so)', async () => {
		const server = scriptedServer((path) => (path === '/db/_session' ? json(200, { ok: true, userCtx: { name: 'outsider1', roles: [] } }) : json(401, { error: 'unauthorized', reason: 'You are not authorized to access this db.' })));
		expect((await overHttp(server).replicate(run().signal)).failure).toMatchObject({ kind: 'forbidden', status: 401 });
	});

	it('reads a 403 as a refusal of the database when the session is alive', async () => {
		const server = scriptedServer((path) => (path === '/db/_session' ? json(200, { ok: true, userCtx: { name: 'midwife1', roles: ['team-chuo'] } }) : json(403, { error: 'forbidden', reason: 'You are not allowed to access this db.' })));
		expect((await overHttp(server).replicate(run().signal)).failure).toEqual({ kind: 'forbidden', status: 403, message: 'You are not allowed to access this db.' });
	});

	it("reads a proxy's HTML 502 page as the server being unreachable", async () => {
		const server = scriptedServer(() => new Response('<html><body>502 Bad Gateway</body></html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }));
		expect((await overHttp(server).replicate(run().signal)).failure).toMatchObject({ kind: 'unreachable', status: 502 });
	});

	it('reads a fetch that fails outright as unreachable', async () => {
		const server = scriptedServer(() => Promise.reject(new TypeError('Failed to fetch')));
		expect((await overHttp(server).replicate(run().signal)).failure).toEqual({ kind: 'unreachable', message: 'Failed to fetch' });
	});

	it('gives up on a request with no answer, as unreachable', async () => {
		const server = scriptedServer((_path, init) => new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason))));
		expect((await overHttp(server, { requestTimeoutMs: 20 }).replicate(run().signal)).failure?.kind).toBe('unreachable');
	});

	it('aborts the request in flight when the run is aborted', async () => {
		const controller = run();
		const inFlight: AbortSignal[] = [];
		const server = scriptedServer((_path, init) => {
			if (init.signal) inFlight.push(init.signal);
			queueMicrotask(() => controller.abort());
			return new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
		});
		const outcome = await overHttp(server).replicate(controller.signal);
		expect(outcome.cancelled).toBe(true);
		expect(outcome.failure).toBeUndefined();
		// PouchDB's cancel does not end a request in flight; the run's signal does, freeing the connection.
		expect(inFlight.length).toBeGreaterThan(0);
		expect(inFlight.every((signal) => signal.aborted)).toBe(true);
	});
});
