// PouchReplicator against a real CouchDB-compatible server (pouchdb-server, in memory): cookie
// session, members-only database, validate_doc_update refusing one document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familyRecord, testPouch } from '../test-helpers';
import { PouchReplicator } from './pouch-replicator';
import type { DocRefusal, DocRevision } from './replicator';
import { SyncEngine } from './sync-engine';
import { freshUserDb, ManualClock, ManualNetwork } from './sync-test-doubles';
import { startTestCouch, provisionTeam, withCookie, type TestCouch } from './sync-test-server';

const db = 'yorisoi-team-chuo';
const midwife = { name: 'midwife1', password: 'midwife1-password', roles: ['team-chuo'] };
const outsider = { name: 'outsider1', password: 'outsider1-password', roles: [] };
let couch: TestCouch;

beforeAll(async () => {
	couch = await startTestCouch();
	await provisionTeam(couch, db, 'team-chuo', [midwife, outsider]);
}, 30_000);

afterAll(async () => {
	await couch?.stop();
});

function replicatorFor(local: PouchDB.Database, cookie: () => string | undefined) {
	return new PouchReplicator({ db, local, serverUrl: couch.url, fetch: withCookie(cookie) });
}

const allRevs = async (pouch: PouchDB.Database) => (await pouch.allDocs()).rows.map((row) => [row.id, row.value.rev]);

describe('PouchReplicator against pouchdb-server', () => {
	it('syncs both ways with the session cookie; a refused document is reported and the rest still go up', async () => {
		const cookie = await couch.login(midwife.name, midwife.password);
		const onServer = familyRecord();
		expect((await couch.admin(`/${db}/${encodeURIComponent(onServer._id)}`, { method: 'PUT', body: onServer })).ok).toBe(true);
		const local = testPouch();
		const acceptedDoc = familyRecord({ familyName: '石田', phone: '0258-12-3456' });
		const accepted = await local.put(acceptedDoc);
		const refused = await local.put({ ...familyRecord(), refuse: true });

		const outcome = await replicatorFor(local, () => cookie).replicate(new AbortController().signal);

		expect(outcome.failure).toBeUndefined();
		expect(outcome.pulled.map((doc) => doc.id)).toContain(onServer._id);
		expect(outcome.pushed).toEqual([{ id: accepted.id, rev: accepted.rev }]);
		expect(outcome.refused).toEqual([{ id: refused.id, rev: refused.rev, reason: `refused for test: ${refused.id}`, direction: 'push' }]);
		// The server receives the record as written, whether or not the device seals it at rest.
		const stored = await couch.admin(`/${db}/${encodeURIComponent(accepted.id)}`);
		expect(stored.status).toBe(200);
		expect(await stored.json()).toEqual({ ...acceptedDoc, _rev: accepted.rev });
		expect((await couch.admin(`/${db}/${encodeURIComponent(refused.id)}`)).status).toBe(404);
		expect(await local.get(onServer._id)).toEqual({ ...onServer, _rev: expect.any(String) });
	});

	it('reads an expired session as unauthenticated, touches nothing local, and pushes after a fresh login', async () => {
		const local = testPouch();
		const written = await local.put(familyRecord());
		const before = await allRevs(local);
		let cookie: string | undefined = 'AuthSession=ZXhwaXJlZDo2QjA2MTkwQzoAAAAAAAAAAAAAAAAAAAAAAAA';
		const replicator = replicatorFor(local, () => cookie);

		const expired = await replicator.replicate(new AbortController().signal);
		expect(expired.failure).toMatchObject({ kind: 'unauthenticated', status: 401 });
		expect(await allRevs(local)).toEqual(before);

		cookie = await couch.login(midwife.name, midwife.password);
		const resumed = await replicator.replicate(new AbortController().signal);
		expect(resumed.failure).toBeUndefined();
		expect(resumed.pushed).toEqual([{ id: written.id, rev: written.rev }]);
	});

	it('reads a signed-in user who is not a member of the database as forbidden, not as a lost session', async () => {
		const cookie = await couch.login(outsider.name, outsider.password);
		const outcome = await replicatorFor(testPouch(), () => cookie).replicate(new AbortController().signal);
		// pouchdb-server answers 401 here (CouchDB 3: 403); `_session` tells the two apart.
		expect(outcome.failure?.kind).toBe('forbidden');
	});

	it('reads a server that is not listening as unreachable', async () => {
		const closed = new URL(couch.url);
		closed.port = String(Number(closed.port) === 65_535 ? 65_534 : Number(closed.port) + 1);
		const replicator = new PouchReplicator({ db, local: testPouch(), serverUrl: closed.origin, fetch: withCookie(() => undefined) });
		expect((await replicator.replicate(new AbortController().signal)).failure?.kind).toBe('unreachable');
	});
});

describe('the sync engine with PouchReplicator against pouchdb-server', () => {
	it('stops at needs-login when the session expires, keeps the writes, and sends them after a fresh sign-in', async () => {
		let cookie: string | undefined = await couch.login(midwife.name, midwife.password);
		const local = testPouch();
		const pushed: DocRevision[] = [];
		const refused: DocRefusal[] = [];
		const userDb = await freshUserDb();
		const engine = new SyncEngine({
			replicators: [replicatorFor(local, () => cookie)],
			userDb,
			network: new ManualNetwork(true),
			clock: new ManualClock(),
			hooks: {
				onPushed: async (_db, docs) => void pushed.push(...docs),
				onRefused: async (_db, refusal) => void refused.push(refusal)
			}
		});
		await engine.start();
		await engine.settled();
		expect(engine.status.state).toBe('idle');

		cookie = undefined; // the session cookie expired
		const visit = await local.put(familyRecord());
		const bad = await local.put({ ...familyRecord(), refuse: true });
		await engine.syncNow();
		expect(engine.status.state).toBe('needs-login');
		expect((await local.get(visit.id))._rev).toBe(visit.rev);

		cookie = await couch.login(midwife.name, midwife.password);
		engine.resume();
		await engine.settled();
		expect(engine.status.state).toBe('idle');
		expect(pushed).toContainEqual({ id: visit.id, rev: visit.rev });
		expect(refused).toEqual([expect.objectContaining({ id: bad.id, rev: bad.rev })]);
		expect(await userDb.journal.where('kind').anyOf('session-expired', 'refused').toArray()).toHaveLength(2);
		await engine.stop();
	});
});
