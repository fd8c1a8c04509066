import { describe, expect, it } from 'vitest';
import { createPouch, localDbName } from './pouch.ts';
import {
	idsWithConflicts,
	amendRecord,
	closeUserRecords,
	destroyUserRecords,
	getRecord,
	openRecordsDb,
	putRecord,
	RecordValidationError
} from './records-db.ts';
import { familyRecord, testPouch, uniqueName } from './test-helpers.ts';

async function refusal(promise: Promise<unknown>): Promise<RecordValidationError> {
	const error = await promise.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(RecordValidationError);
	return error as RecordValidationError;
}

describe('openRecordsDb', () => {
	it('opens one instance per user and server database', async () => {
		const user = uniqueName('midwife');
		const a = openRecordsDb(user, 'yorisoi-team-chuo', { adapter: 'memory' });
		expect(openRecordsDb(user, 'yorisoi-team-chuo', { adapter: 'memory' })).toBe(a);
		expect(openRecordsDb(user, 'yorisoi-team-kita', { adapter: 'memory' })).not.toBe(a);
		expect(a.name).toBe(localDbName(user, 'yorisoi-team-chuo'));
		await closeUserRecords(user);
		expect(openRecordsDb(user, 'yorisoi-team-chuo', { adapter: 'memory' })).not.toBe(a);
		await closeUserRecords(user);
	});

	it('gives users whose names differ by a hyphen their own local databases', async () => {
		const user = uniqueName('a');
		const first = openRecordsDb(user, 'b-team', { adapter: 'memory' });
		const second = openRecordsDb(`${user}-b`, 'team', { adapter: 'memory' });
		expect(first.name).not.toBe(second.name);
		await closeUserRecords(user);
		await closeUserRecords(`${user}-b`);
	});
});

describe('putRecord and getRecord', () => {
	it('writes a valid record and reads it back', async () => {
		const db = testPouch();
		const family = familyRecord();
		const written = await putRecord(db, family);
		expect(written.id).toBe(family._id);
		expect(written.rev).toMatch(/^1-/);
		expect(await getRecord(db, family._id)).toEqual({ ...family, _rev: written.rev });
	});

	it('refuses an invalid record with messages per field and writes nothing', async () => {
		const db = testPouch();
		const family = familyRecord({ familyNameKana: 'nagaoka', status: 'lost' });
		const error = await refusal(putRecord(db, family));
		expect(error.docId).toBe(family._id);
		expect(Object.keys(error.fieldMessages).sort()).toEqual(['familyNameKana', 'status']);
		expect(error.fieldMessages['familyNameKana']?.[0]).toMatch(/kana/);
		expect((await db.info()).doc_count).toBe(0);
	});

	it('refuses a new revision that changes an envelope field', async () => {
		const db = testPouch();
		const family = familyRecord();
		const { rev } = await putRecord(db, family);
		const error = await refusal(putRecord(db, { ...family, _rev: rev, team: 'kita' }));
		expect(error.fieldMessages['team']).toBeDefined();
		expect((await db.get(family._id))._rev).toBe(rev);
	});

	it('writes and reads old schema versions upgraded to the current one', async () => {
		const db = testPouch();
		const familyV1 = () => {
			const { familyName: _f, givenName: _g, familyNameKana: _fk, givenNameKana: _gk, ...rest } = familyRecord();
			return { ...rest, schemaVersion: 1, name: '長岡 花子', nameKana: 'ナガオカ ハナコ' };
		};
		const stored = familyV1();
		await db.put(stored);
		expect(await getRecord(db, stored._id)).toMatchObject({ schemaVersion: 2, familyName: '長岡', givenName: '花子' });
		const written = familyV1();
		await putRecord(db, written);
		expect(await db.get(written._id)).toMatchObject({ schemaVersion: 2, givenNameKana: 'ハナコ' });
	});

	it('returns undefined for a missing or deleted record', async () => {
		const db = testPouch();
		const family = familyRecord();
		expect(await getRecord(db, family._id)).toBeUndefined();
		const { rev } = await putRecord(db, family);
		await db.remove(family._id, rev);
		expect(await getRecord(db, family._id)).toBeUndefined();
	});
});

describe('amendRecord', () => {
	it('writes a new revision stamped with who and when, keeping the rest', async () => {
		const db = testPouch();
		const family = familyRecord({ phone: '0258-12-3456' });
		await putRecord(db, family);
		const at = new Date('2026-11-21T09:00:00.000Z');
		const { rev } = await amendRecord(db, family._id, { district: '川口', phone: undefined }, 'phn1', at);
		expect(rev).toMatch(/^2-/);
		const stored = await db.get<Record<string, unknown>>(family._id);
		expect(stored).toMatchObject({ district: '川口', updatedAt: at.toISOString(), updatedBy: 'phn1', createdBy: 'midwife1', familyName: '長岡' });
		expect(stored).not.toHaveProperty('phone');
	});

	it('refuses to change the envelope or to write an invalid value', async () => {
		const db = testPouch();
		const family = familyRecord();
		const { rev } = await putRecord(db, family);
		expect((await refusal(amendRecord(db, family._id, { createdBy: 'someone' }, 'phn1'))).fieldMessages['createdBy']).toBeDefined();
		expect((await refusal(amendRecord(db, family._id, { status: 'gone' }, 'phn1'))).fieldMessages['status']).toBeDefined();
		expect((await db.get(family._id))._rev).toBe(rev);
	});

	it('refuses a record this device does not hold', async () => {
		await refusal(amendRecord(testPouch(), 'family:mi7x3k2a00000000001', { district: 'x' }, 'phn1'));
	});
});

describe('destroyUserRecords', () => {
	it('deletes every local database of the user, open or not, and no one else’s', async () => {
		const user = uniqueName('u');
		const other = `${user}-b`;
		const open = openRecordsDb(user, 'yorisoi-team-chuo', { adapter: 'indexeddb' });
		await open.put({ _id: 'x' });
		const closed = createPouch(localDbName(user, 'yorisoi-team-kita'), 'indexeddb');
		await closed.put({ _id: 'x' });
		await closed.close();
		const neighbour = createPouch(localDbName(other, 'yorisoi-team-chuo'), 'indexeddb');
		await neighbour.put({ _id: 'x' });
		await neighbour.close();

		const destroyed = await destroyUserRecords(user, { otherUsers: [other] });
		expect(destroyed.sort()).toEqual([localDbName(user, 'yorisoi-team-chuo'), localDbName(user, 'yorisoi-team-kita')]);
		const names = (await indexedDB.databases()).map((info) => info.name);
		expect(names).not.toContain(`_pouch_${localDbName(user, 'yorisoi-team-kita')}`);
		expect(names).toContain(`_pouch_${localDbName(other, 'yorisoi-team-chuo')}`);
		// Reopening gives an empty database, not the destroyed instance.
		const again = openRecordsDb(user, 'yorisoi-team-chuo', { adapter: 'indexeddb' });
		expect(again).not.toBe(open);
		expect((await again.info()).doc_count).toBe(0);
		await destroyUserRecords(user);
	});
});

describe('idsWithConflicts', () => {
	it('names only the documents that have conflicting revisions, in one read', async () => {
		const db = testPouch();
		const calm = familyRecord();
		const torn = familyRecord();
		await putRecord(db, calm);
		const first = await putRecord(db, torn);
		// Two revisions with the same parent, as replication from two tablets leaves them.
		await db.bulkDocs(
			[
				{ ...torn, phone: '090-1111-1111', _rev: `2-${'a'.repeat(32)}`, _revisions: { start: 2, ids: ['a'.repeat(32), first.rev.split('-')[1]!] } },
				{ ...torn, phone: '090-2222-2222', _rev: `2-${'b'.repeat(32)}`, _revisions: { start: 2, ids: ['b'.repeat(32), first.rev.split('-')[1]!] } }
			],
			{ new_edits: false }
		);
		expect(await idsWithConflicts(db, [calm._id, torn._id, 'family:missing'])).toEqual([torn._id]);
		expect(await idsWithConflicts(db, [])).toEqual([]);
	});
});
