import { describe, expect, it, vi } from 'vitest';
import { ensureReadModel, followProjection, markRefused, markSynced, projectChanges } from './projection.ts';
import { recordRow } from './read-model.ts';
import { amendRecord, putRecord } from './records-db.ts';
import { careVisitRecord, eventually, familyRecord, testPouch, testUserDb, unreadableDoc } from './test-helpers.ts';
import { READ_MODEL_VERSION } from './user-db.ts';

const DB = 'yorisoi-team-chuo';

describe('projectChanges', () => {
	it('writes one row per record with where it stands, and remembers how far it read', async () => {
		const [userDb, db] = [testUserDb(), testPouch()];
		const family = familyRecord();
		const visit = careVisitRecord(family._id);
		const { rev } = await putRecord(db, family);
		await putRecord(db, visit);

		expect(await projectChanges(userDb, DB, db)).toEqual({ projected: 2, removed: 0, unreadable: 0 });
		expect(await recordRow(userDb, family._id)).toEqual({
			_id: family._id,
			db: DB,
			type: 'family',
			team: 'chuo',
			familyId: family._id,
			rev,
			conflicted: false,
			syncState: 'pending',
			updatedAt: family['updatedAt'],
			doc: { ...family, _rev: rev }
		});
		expect((await userDb.records.get(visit._id))?.familyId).toBe(family._id);
		expect((await userDb.sources.get(DB))?.projectedSeq).toBe((await db.info()).update_seq);
	});

	it('resumes from the stored sequence instead of re-reading everything', async () => {
		const [userDb, db] = [testUserDb(), testPouch()];
		await putRecord(db, familyRecord());
		await projectChanges(userDb, DB, db);
		await putRecord(db, familyRecord());
		expect(await projectChanges(userDb, DB, db)).toEqual({ projected: 1, removed: 0, unreadable: 0 });
		expect(await userDb.records.count()).toBe(2);
	});

	it('removes the row of a deleted record', async () => {
		const [userDb, db] = [testUserDb(), testPouch()];
		const family = familyRecord();
		const { rev } = await putRecord(db, family);
		await projectChanges(userDb, DB, db);
		await db.remove(family._id, rev);
		expect(await projectChanges(userDb, DB, db)).toMatchObject({ removed: 1 });
		expect(await userDb.records.get(family._id)).toBeUndefined();
	});

	it('keeps unreadable documents out of the rows and journals each revision once, without its body', async () => {
		const [userDb, db] = [testUserDb(), testPouch()];
		const broken = unreadableDoc();
		const family = familyRecord();
		await db.put(broken);
		await db.put({ _id: '_design/yorisoi', validate_doc_update: 'function () {}' });
		const { rev } = await putRecord(db, family);
		await projectChanges(userDb, DB, db);
		await markSynced(userDb, [{ id: family._id, rev }]);
		// A record that turns unreadable (a newer app wrote it) leaves the read model too.
		await db.put({ ...family, _rev: rev, schemaVersion: 99 });
		expect(await projectChanges(userDb, DB, db)).toEqual({ projected: 0, removed: 1, unreadable: 1 });

		expect(await userDb.records.count()).toBe(0);
		// What sync knew waits for an app that can read the record.
		expect(await userDb.syncMarks.get(family._id)).toEqual({ _id: family._id, syncedRev: rev });
		const errors = await userDb.journal.where('kind').equals('error').toArray();
		expect(errors.map((e) => e.docId).sort()).toEqual([broken._id, family._id].sort());
		expect(errors.find((e) => e.docId === family._id)?.reason).toMatch(/newer version/);
		expect(JSON.stringify(errors)).not.toContain('阪之上');

		// Re-projecting the same revisions (a rebuild) adds no duplicate entries.
		await userDb.sources.update(DB, { projectedSeq: 0 });
		await projectChanges(userDb, DB, db);
		expect(await userDb.journal.where('kind').equals('error').count()).toBe(2);
	});

	it('journals why a record is unreadable by field and rule, never with the values it holds', async () => {
		const [userDb, db] = [testUserDb(), testPouch()];
		// Written past validation (another writer): every field below breaks a rule with a telling value.
		const family = familyRecord({ familyNameKana: 'ishida-aoi', phone: '石田090', status: 'secret-status', assignedTo: 'midwife-yamada' });
		await db.put(family);
		expect(await projectChanges(userDb, DB, db)).toMatchObject({ unreadable: 1 });
		const [entry] = await userDb.journal.where('kind').equals('error').toArray();
		expect(entry?.reason).toMatch(/familyNameKana/);
		for (const value of ['ishida', '石田', '090', 'secret-status', 'yamada', '長岡', 'ナガオカ']) expect(entry?.reason).not.toContain(value);
	});

	it('flags a record whose document has conflicting revisions', async () => {
		const [userDb, db] = [testUserDb(), testPouch()];
		const family = familyRecord();
		const { rev } = await putRecord(db, family);
		await db.bulkDocs(
			[
				{ ...family, district: 'A', _rev: '2-aaaa', _revisions: { start: 2, ids: ['aaaa', rev.slice(2)] } },
				{ ...family, district: 'B', _rev: '2-bbbb', _revisions: { start: 2, ids: ['bbbb', rev.slice(2)] } }
			],
			{ new_edits: false }
		);
		await projectChanges(userDb, DB, db);
		expect(await userDb.records.get(family._id)).toMatchObject({ conflicted: true, syncState: 'conflict', rev: '2-bbbb' });
		expect((await recordRow(userDb, family._id))?.doc).not.toHaveProperty('_conflicts');
	});

	it('writes in batches, one bulkPut per batch', async () => {
		const [userDb, db] = [testUserDb(), testPouch()];
		await db.bulkDocs(Array.from({ length: 1200 }, () => familyRecord()));
		const bulkPut = vi.spyOn(userDb.records, 'bulkPut');
		expect(await projectChanges(userDb, DB, db, { batchSize: 500 })).toMatchObject({ projected: 1200 });
		expect(bulkPut).toHaveBeenCalledTimes(3);
		expect(await userDb.records.count()).toBe(1200);
	});

	it('projects 10,000 documents', { timeout: 120_000 }, async () => {
		const [userDb, db] = [testUserDb(), testPouch()];
		await db.bulkDocs(Array.from({ length: 10_000 }, () => familyRecord()));
		const started = performance.now();
		expect(await projectChanges(userDb, DB, db)).toMatchObject({ projected: 10_000 });
		// Reported, not asserted: budgets are checked by the bench in Chromium, never by timed tests.
		console.info(`projected 10,000 documents in ${Math.round(performance.now() - started)} ms (memory adapter, fake-indexeddb)`);
		expect(await userDb.records.where('type').equals('family').count()).toBe(10_000);
	});
});

describe('sync marks', () => {
	it('keeps the server state across new revisions and recomputes the sync state', async () => {
		const [userDb, db] = [testUserDb(), testPouch()];
		const family = familyRecord();
		const first = await putRecord(db, family);
		await projectChanges(userDb, DB, db);
		await markSynced(userDb, [{ id: family._id, rev: first.rev }]);
		expect(await userDb.records.get(family._id)).toMatchObject({ syncedRev: first.rev, syncState: 'synced' });

		const second = await amendRecord(db, family._id, { district: '川口' }, 'midwife1');
		await projectChanges(userDb, DB, db);
		expect(await userDb.records.get(family._id)).toMatchObject({ rev: second.rev, syncedRev: first.rev, syncState: 'pending' });

		await markRefused(userDb, { id: family._id, rev: second.rev, reason: 'district is not in this team' });
		expect(await userDb.records.get(family._id)).toMatchObject({ syncState: 'refused', refusedReason: 'district is not in this team' });

		const third = await amendRecord(db, family._id, { district: '阪之上' }, 'midwife1');
		await projectChanges(userDb, DB, db);
		expect(await userDb.records.get(family._id)).toMatchObject({ rev: third.rev, refusedRev: second.rev, syncState: 'pending' });
		await markSynced(userDb, [{ id: family._id, rev: third.rev }]);
		const row = await userDb.records.get(family._id);
		expect(row).toMatchObject({ syncState: 'synced', syncedRev: third.rev });
		expect(row).not.toHaveProperty('refusedReason');
	});

	it('ignores a late report of an older revision', async () => {
		const [userDb, db] = [testUserDb(), testPouch()];
		const family = familyRecord();
		const first = await putRecord(db, family);
		const second = await amendRecord(db, family._id, { district: '川口' }, 'midwife1');
		await projectChanges(userDb, DB, db);
		await markSynced(userDb, [{ id: family._id, rev: second.rev }]);
		await markSynced(userDb, [{ id: family._id, rev: first.rev }]);
		expect(await userDb.records.get(family._id)).toMatchObject({ syncedRev: second.rev, syncState: 'synced' });
	});

	it('holds a mark for a document the projection has not seen, and applies it when the row appears', async () => {
		const [userDb, db] = [testUserDb(), testPouch()];
		const family = familyRecord();
		const { rev } = await putRecord(db, family);
		await markSynced(userDb, [{ id: family._id, rev }]);
		await markSynced(userDb, [{ id: '_design/yorisoi', rev: '1-x' }]);
		expect(await userDb.records.count()).toBe(0);

		await projectChanges(userDb, DB, db);
		expect(await userDb.records.get(family._id)).toMatchObject({ syncedRev: rev, syncState: 'synced' });
		expect(await userDb.syncMarks.count()).toBe(0);
	});
});

describe('ensureReadModel', () => {
	it('builds the model once, then only catches up', async () => {
		const [userDb, db] = [testUserDb(), testPouch()];
		await putRecord(db, familyRecord());
		expect(await ensureReadModel(userDb, { [DB]: db })).toMatchObject({ rebuilt: true, reports: { [DB]: { projected: 1 } } });
		expect((await userDb.meta.get('readModelVersion'))?.value).toBe(READ_MODEL_VERSION);
		await putRecord(db, familyRecord());
		expect(await ensureReadModel(userDb, { [DB]: db })).toMatchObject({ rebuilt: false, reports: { [DB]: { projected: 1 } } });
	});

	it('rebuilds from scratch when the version changed, keeping what sync knew', async () => {
		const [userDb, db] = [testUserDb(), testPouch()];
		const family = familyRecord();
		const { rev } = await putRecord(db, family);
		await ensureReadModel(userDb, { [DB]: db });
		await markSynced(userDb, [{ id: family._id, rev }]);
		// A stale row the rebuild must drop, and a sync row it must not disturb.
		await userDb.records.put({ ...(await userDb.records.get(family._id))!, _id: 'family:stale', doc: {} });
		await userDb.sources.update(DB, { lastSyncAt: '2026-11-20T00:00:00.000Z' });
		await userDb.meta.put({ key: 'readModelVersion', value: READ_MODEL_VERSION - 1 });

		expect(await ensureReadModel(userDb, { [DB]: db })).toMatchObject({ rebuilt: true });
		expect(await userDb.records.get('family:stale')).toBeUndefined();
		expect(await userDb.records.get(family._id)).toMatchObject({ syncedRev: rev, syncState: 'synced' });
		expect(await userDb.sources.get(DB)).toMatchObject({ lastSyncAt: '2026-11-20T00:00:00.000Z' });
	});
});

describe('followProjection', () => {
	it('catches up, follows new writes live, and stops', async () => {
		const [userDb, db] = [testUserDb(), testPouch()];
		const before = familyRecord();
		await putRecord(db, before);
		const follower = followProjection(userDb, DB, db);
		await eventually(async () => expect(await userDb.records.get(before._id)).toBeDefined());

		const during = familyRecord();
		await putRecord(db, during);
		await eventually(async () => expect(await userDb.records.get(during._id)).toBeDefined());

		await follower.stop();
		const after = familyRecord();
		await putRecord(db, after);
		await new Promise((resolve) => setTimeout(resolve, 50));
		await follower.idle();
		expect(await userDb.records.get(after._id)).toBeUndefined();
	});

	it('reports a failure instead of throwing into the feed', async () => {
		const [userDb, db] = [testUserDb(), testPouch()];
		await putRecord(db, familyRecord());
		userDb.close();
		const errors: unknown[] = [];
		const follower = followProjection(userDb, DB, db, { onError: (error) => errors.push(error) });
		await follower.idle();
		await follower.stop();
		expect(errors).toHaveLength(1);
	});
});
