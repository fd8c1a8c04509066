import { describe, expect, it } from 'vitest';
import { countBySyncState, liveRecords, queryRecords, recordRow, recordsByFamily } from './read-model.ts';
import { eventually, storedRows, testUserDb } from './test-helpers.ts';
import type { RecordRow, UserDb } from './user-db.ts';

function row(id: string, fields: Partial<RecordRow> = {}): RecordRow {
	return {
		_id: id,
		db: 'yorisoi-team-chuo',
		type: 'visit',
		team: 'chuo',
		familyId: 'family:1',
		rev: '1-a',
		conflicted: false,
		syncState: 'pending',
		updatedAt: '2026-11-20T00:00:00.000Z',
		doc: {},
		...fields
	};
}

async function seeded(): Promise<UserDb> {
	const userDb = testUserDb();
	await userDb.records.bulkPut(await storedRows(userDb, [
		row('family:1', { type: 'family', updatedAt: '2026-11-01T00:00:00.000Z', syncState: 'synced' }),
		row('visit:old', { updatedAt: '2026-11-02T00:00:00.000Z', syncState: 'refused' }),
		row('visit:new', { updatedAt: '2026-11-10T00:00:00.000Z' }),
		row('visit:other', { familyId: 'family:2', updatedAt: '2026-11-05T00:00:00.000Z', syncState: 'conflict', db: 'yorisoi-team-kita' }),
		row('family:2', { type: 'family', familyId: 'family:2', updatedAt: '2026-11-03T00:00:00.000Z', db: 'yorisoi-team-kita' })
	]));
	return userDb;
}

describe('read model queries', () => {
	it('filters by every given field, newest first', async () => {
		const userDb = await seeded();
		const ids = async (filter: Parameters<typeof queryRecords>[1]) => (await queryRecords(userDb, filter)).map((r) => r._id);
		expect(await ids({ type: 'visit' })).toEqual(['visit:new', 'visit:other', 'visit:old']);
		expect(await ids({ type: 'visit', limit: 1 })).toEqual(['visit:new']);
		expect(await ids({ type: 'visit', familyId: 'family:1' })).toEqual(['visit:new', 'visit:old']);
		expect(await ids({ syncState: 'pending' })).toEqual(['visit:new', 'family:2']);
		expect(await ids({ db: 'yorisoi-team-kita', type: 'family' })).toEqual(['family:2']);
		expect(await ids({})).toHaveLength(5);
	});

	it('counts what is not yet on the server, refused, or in conflict', async () => {
		const userDb = await seeded();
		expect(await countBySyncState(userDb)).toEqual({ pending: 2, refused: 1, conflict: 1 });
		expect(await countBySyncState(userDb, 'yorisoi-team-kita')).toEqual({ pending: 1, refused: 0, conflict: 1 });
	});

	it('lists a family’s file with the family record first', async () => {
		const userDb = await seeded();
		expect((await recordsByFamily(userDb, 'family:1')).map((r) => r._id)).toEqual(['family:1', 'visit:new', 'visit:old']);
		expect((await recordRow(userDb, 'visit:old'))?.syncState).toBe('refused');
		expect(await recordRow(userDb, 'visit:none')).toBeUndefined();
	});

	it('emits again when a matching row changes', async () => {
		const userDb = await seeded();
		const seen: string[][] = [];
		const subscription = liveRecords(userDb, { familyId: 'family:2' }).subscribe((rows) => seen.push(rows.map((r) => r._id)));
		await eventually(() => expect(seen).toEqual([['visit:other', 'family:2']]));
		await userDb.records.bulkPut(await storedRows(userDb, [row('visit:added', { familyId: 'family:2', updatedAt: '2026-11-20T00:00:00.000Z' })]));
		await eventually(() => expect(seen.at(-1)).toEqual(['visit:added', 'visit:other', 'family:2']));
		subscription.unsubscribe();
	});
});
