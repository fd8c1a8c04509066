// Record bodies sealed at rest in PouchDB: what storage holds, what the server receives, what
// replication brings down, and what happens to a body that was tampered with.
import { describe, expect, it } from 'vitest';
import { projectChanges } from '../projection';
import { recordRow } from '../read-model';
import { amendRecord, getRecord, putRecord, RecordValidationError, readChanges, type StoredDoc } from '../records-db';
import { createPouch } from '../pouch';
import { careVisitRecord, familyRecord, newDataKey, testUserDb, uniqueName } from '../test-helpers';
import { UserDb } from '../user-db';
import { sealPouchBodies } from './sealed-pouch';

const DB = 'yorisoi-team-chuo';
const SECRETS = ['石田', 'イシダ', '0258-12-3456', 'familyName', 'phone', 'weightKg', '授乳'];

/** A sealed database and an instance on the same storage without the transform: the attacker's view. */
async function sealedAndRaw() {
	const name = uniqueName('sealed');
	const key = await newDataKey();
	const db = createPouch(name, 'memory');
	sealPouchBodies(db, key);
	return { db, raw: createPouch(name, 'memory'), key };
}

async function rawDocs(raw: PouchDB.Database): Promise<Record<string, unknown>[]> {
	return (await raw.allDocs({ include_docs: true, conflicts: true })).rows.map((row) => row.doc as unknown as Record<string, unknown>);
}

/** Every record document as stored holds PouchDB's fields and the sealed body, nothing else. */
function expectSealed(docs: Record<string, unknown>[]): void {
	const records = docs.filter((doc) => !String(doc['_id']).startsWith('_'));
	expect(records.length).toBeGreaterThan(0);
	for (const doc of records) {
		expect(Object.keys(doc).filter((field) => !field.startsWith('_'))).toEqual(['sealed']);
		expect(doc['sealed']).toEqual(expect.any(String));
	}
	const text = JSON.stringify(docs);
	for (const secret of SECRETS) expect(text).not.toContain(secret);
}

const family = () => familyRecord({ familyName: '石田', familyNameKana: 'イシダ', phone: '0258-12-3456' });

describe('sealed PouchDB bodies', () => {
	it('stores only sealed bodies and reads them back through every read path', async () => {
		const { db, raw } = await sealedAndRaw();
		const record = family();
		const visit = careVisitRecord(record._id, { outcome: { advice: '授乳は順調。' } });
		const { rev } = await putRecord(db, record);
		await putRecord(db, visit);
		const amended = await amendRecord(db, record._id, { phone: '0258-99-0000' }, 'midwife1');

		expect(await getRecord(db, record._id)).toMatchObject({ familyName: '石田', phone: '0258-99-0000', _rev: amended.rev });
		expect(await db.get(record._id, { rev })).toEqual({ ...record, _rev: rev });
		const all = await db.allDocs({ include_docs: true, keys: [record._id, visit._id] });
		expect(all.rows.map((row) => ('doc' in row ? (row.doc as unknown as StoredDoc)['type'] : undefined))).toEqual(['family', 'visit']);
		const { changes } = await readChanges(db, 0, 10);
		expect(changes.map((change) => change.doc?.['type'])).toEqual(['visit', 'family']);
		const bulk = await db.bulkGet({ docs: [{ id: visit._id }] });
		expect(bulk.results[0]?.docs[0]).toMatchObject({ ok: { ...visit } });

		expectSealed(await rawDocs(raw));
		// Earlier revisions are sealed too.
		expect(Object.keys(await raw.get(record._id, { rev })).sort()).toEqual(['_id', '_rev', 'sealed']);
	});

	it('sends plain documents to the server, seals what it pulls, and leaves design documents alone', async () => {
		const { db: local, raw } = await sealedAndRaw();
		const server = createPouch(uniqueName('server'), 'memory');
		const written = family();
		await putRecord(local, written);
		const onServer = careVisitRecord(written._id, { outcome: { advice: '授乳は順調。' } });
		await server.put(onServer);
		await server.put({ _id: '_design/rules', validate_doc_update: 'function () {}' });
		const gone = await server.put(familyRecord());
		await server.remove(gone.id, gone.rev);

		await local.replicate.to(server);
		await local.replicate.from(server);

		const pushed = await server.get(written._id);
		expect(pushed).toEqual({ ...written, _rev: pushed._rev });
		expect(await local.get(onServer._id)).toEqual({ ...onServer, _rev: expect.any(String) });
		expect(await raw.get('_design/rules')).toMatchObject({ validate_doc_update: 'function () {}' });
		await expect(local.get(gone.id)).rejects.toMatchObject({ status: 404 });
		expectSealed(await rawDocs(raw));

		// Back up again unchanged: a second device pulling from the server reads the same record.
		const other = createPouch(uniqueName('other'), 'memory');
		sealPouchBodies(other, await newDataKey());
		await other.replicate.from(server);
		expect(await other.get(onServer._id)).toEqual({ ...onServer, _rev: expect.any(String) });
	});

	it('refuses a body that was modified or moved from another record, and keeps it out of the read model', async () => {
		const { db, raw } = await sealedAndRaw();
		const userDb = testUserDb();
		const record = family();
		const other = familyRecord();
		await putRecord(db, record);
		await putRecord(db, other);
		await projectChanges(userDb, DB, db);
		expect(await recordRow(userDb, record._id)).toBeDefined();

		// Someone with the device writes new revisions: one with a flipped byte, one with another record's body.
		const stored = await raw.get<{ sealed: string }>(record._id);
		const flipped = stored.sealed.slice(0, 40) + (stored.sealed[40] === 'A' ? 'B' : 'A') + stored.sealed.slice(41);
		await raw.put({ ...stored, sealed: flipped });
		const otherStored = await raw.get<{ sealed: string }>(other._id);
		await raw.put({ ...otherStored, sealed: (await raw.get<{ sealed: string }>(record._id, { rev: stored._rev })).sealed });

		for (const id of [record._id, other._id]) {
			expect(Object.keys(await db.get(id)).sort()).toEqual(['_id', '_rev', 'sealed']);
			await expect(getRecord(db, id)).rejects.toBeInstanceOf(RecordValidationError);
		}
		expect(await projectChanges(userDb, DB, db)).toEqual({ projected: 0, removed: 2, unreadable: 2 });
		expect(await recordRow(userDb, record._id)).toBeUndefined();
		const journal = await userDb.journal.where('kind').equals('error').toArray();
		expect(journal.map((entry) => entry.reason)).toEqual([
			'unreadable record: the stored body could not be decrypted (modified, or sealed with another key)',
			'unreadable record: the stored body could not be decrypted (modified, or sealed with another key)'
		]);
	});

	it('never stores a document without an id, which would be stored plain', async () => {
		const { db, raw } = await sealedAndRaw();
		await expect(db.post({ familyName: '石田' })).rejects.toThrow(/_id/);
		expect((await raw.allDocs()).rows).toEqual([]);
	});

	it('refuses a plain document written into a sealed database: this app never writes one', async () => {
		const { db, raw } = await sealedAndRaw();
		const userDb = testUserDb();
		const forged = family();
		await raw.put(forged);
		expect(Object.keys(await db.get(forged._id)).sort()).toEqual(['_id', '_rev', 'sealed']);
		await expect(getRecord(db, forged._id)).rejects.toBeInstanceOf(RecordValidationError);
		expect(await projectChanges(userDb, DB, db)).toMatchObject({ projected: 0, unreadable: 1 });
	});

	it('lets the read model reuse a sealed body that parsing leaves unchanged, and seal anew one it changes', async () => {
		const { db, raw, key } = await sealedAndRaw();
		const userDb = new UserDb(uniqueName('user'), { key });
		const current = family();
		// Stored at schema version 1: parsing upgrades it, so the row's body differs.
		const { familyName: _f, givenName: _g, familyNameKana: _fk, givenNameKana: _gk, ...rest } = familyRecord();
		const withExtra = { ...rest, schemaVersion: 1, name: '石田 葵', nameKana: 'イシダ アオイ' };
		await db.bulkDocs([current, withExtra]);
		await projectChanges(userDb, DB, db);

		const rawRow = async (id: string) => (await userDb.records.get(id))?.sealed;
		const rawDoc = async (id: string) => (await raw.get<{ sealed: string }>(id)).sealed;
		expect(await rawRow(current._id)).toBe(await rawDoc(current._id));
		expect(await rawRow(withExtra._id)).not.toBe(await rawDoc(withExtra._id));
		expect((await recordRow(userDb, current._id))?.doc).toEqual({ ...current, _rev: expect.any(String) });
		expect((await recordRow(userDb, withExtra._id))?.doc).toMatchObject({ schemaVersion: 2, familyName: '石田', givenName: '葵' });

		// A read model with another key never takes a body sealed with this one.
		const otherKey = new UserDb(uniqueName('user'), { key: await newDataKey() });
		await projectChanges(otherKey, DB, db);
		expect((await recordRow(otherKey, current._id))?.doc).toMatchObject({ familyName: '石田' });
	});
});
