// The whole sync path on two tablets and a server (PouchDBs in memory): engine, replicator, read
// model marks and the conflict scan after a pull.
import { describe, expect, it } from 'vitest';
import { projectChanges } from '../projection';
import { recordRow } from '../read-model';
import { amendRecord, putRecord, type RecordsDb } from '../records-db';
import { familyRecord, testPouch, testUserDb } from '../test-helpers';
import type { UserDb } from '../user-db';
import { PouchReplicator } from './pouch-replicator';
import { readModelHooks } from './read-model-hooks';
import { SyncEngine } from './sync-engine';
import { ManualClock, ManualNetwork, refuseOnServer } from './sync-test-doubles';

const DB = 'yorisoi-team-chuo';

function tablet(server: RecordsDb, user: string) {
	const local = testPouch();
	const userDb = testUserDb();
	const clock = new ManualClock();
	const box: { engine?: SyncEngine } = {};
	const engine = new SyncEngine({
		replicators: [new PouchReplicator({ db: DB, local, remote: server })],
		userDb,
		network: new ManualNetwork(true),
		clock,
		hooks: readModelHooks({ userDb, localDbs: { [DB]: local }, user, onLocalWrite: (db) => box.engine?.notifyLocalWrite(db) })
	});
	box.engine = engine;
	return { local, userDb, clock, engine };
}

const rowState = async (userDb: UserDb, id: string) => (await recordRow(userDb, id))?.syncState;

describe('sync into the read model', () => {
	it('marks pushed records synced and a refused one with its reason', async () => {
		const server = testPouch();
		const a = tablet(server, 'midwife1');
		const family = familyRecord();
		const other = familyRecord();
		await putRecord(a.local, family);
		const refused = await putRecord(a.local, other);
		await projectChanges(a.userDb, DB, a.local);
		expect(await rowState(a.userDb, family._id)).toBe('pending');
		// The server's validate_doc_update refuses `other`, as the HTTP adapter reports it.
		refuseOnServer(server, other._id, 'assignedTo must name a member of the team');

		await a.engine.start();
		await a.engine.settled();
		expect(await rowState(a.userDb, family._id)).toBe('synced');
		expect(await recordRow(a.userDb, other._id)).toMatchObject({ syncState: 'refused', refusedRev: refused.rev, refusedReason: 'assignedTo must name a member of the team' });
		expect(a.engine.status.state).toBe('idle');
		await a.engine.stop();
	});

	it('merges edits two tablets made offline to different fields, and pushes the merge', async () => {
		const server = testPouch();
		const a = tablet(server, 'midwife1');
		const b = tablet(server, 'phn1');
		const family = familyRecord({ phone: '0258-12-3456' });
		await putRecord(a.local, family);
		await a.engine.start();
		await b.engine.start();
		await a.engine.settled();
		await b.engine.syncNow();

		await amendRecord(a.local, family._id, { phone: '090-1111-2222' }, 'midwife1');
		await amendRecord(b.local, family._id, { district: '川口' }, 'phn1');
		await a.engine.syncNow();
		await b.engine.syncNow(); // pushes its branch, pulls A's: a conflict, merged on B
		b.clock.advance(1_500); // the merge is a local write: pushed after the debounce
		await b.engine.settled();
		await a.engine.syncNow();

		for (const db of [server, a.local, b.local]) {
			const copy = await db.get<Record<string, unknown>>(family._id, { conflicts: true });
			expect(copy).toMatchObject({ phone: '090-1111-2222', district: '川口' });
			expect(copy['_conflicts']).toBeUndefined();
		}
		expect(await b.userDb.journal.where('kind').equals('merged').count()).toBe(1);
		await projectChanges(b.userDb, DB, b.local);
		expect(await rowState(b.userDb, family._id)).toBe('synced');
		await a.engine.stop();
		await b.engine.stop();
	});
});
