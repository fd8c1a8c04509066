// What screens read: small queries over the read model's `records` table, live or once. Rows are
// opened (decrypted) after every Dexie read of a query is done: a liveQuery tracks only what it
// reads before its first non-Dexie await, and WebCrypto is one.
import Dexie, { liveQuery, type Observable } from 'dexie';
import type { RecordType } from '../domain/records/record-types.ts';
import type { RecordRow, RecordSyncState, StoredRecordRow, UserDb } from './user-db.ts';

export interface RecordFilter {
	type?: RecordType;
	familyId?: string;
	syncState?: RecordSyncState;
	/** the server database */
	db?: string;
	limit?: number;
}

function newestFirst(rows: StoredRecordRow[]): StoredRecordRow[] {
	return rows.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/** Opens rows read from the table; `Promise.resolve` keeps a liveQuery's context (Dexie's advice). */
function opened(userDb: UserDb, rows: StoredRecordRow[]): Promise<RecordRow[]> {
	return Promise.resolve(userDb.cipher.openRows(rows));
}

/** Rows matching every field of `filter`, most recently updated first. Throws CipherError for a row that does not open. */
export async function queryRecords(userDb: UserDb, filter: RecordFilter = {}): Promise<RecordRow[]> {
	return opened(userDb, await storedRecords(userDb, filter));
}

/** The same query, rows as stored: every field it filters and sorts on is an index field, never sealed. */
async function storedRecords(userDb: UserDb, filter: RecordFilter): Promise<StoredRecordRow[]> {
	const { type, familyId, syncState, db, limit } = filter;
	const matches = (row: StoredRecordRow) =>
		(type === undefined || row.type === type) &&
		(familyId === undefined || row.familyId === familyId) &&
		(syncState === undefined || row.syncState === syncState) &&
		(db === undefined || row.db === db);
	// The most selective index first; a family's file is small, a type's list is already in order.
	if (familyId !== undefined) {
		const rows = newestFirst(await userDb.records.where('familyId').equals(familyId).filter(matches).toArray());
		return limit === undefined ? rows : rows.slice(0, limit);
	}
	if (type !== undefined) {
		const ordered = userDb.records
			.where('[type+updatedAt]')
			.between([type, Dexie.minKey], [type, Dexie.maxKey])
			.reverse()
			.filter(matches);
		return (limit === undefined ? ordered : ordered.limit(limit)).toArray();
	}
	const collection =
		syncState !== undefined
			? userDb.records.where('syncState').equals(syncState)
			: db !== undefined
				? userDb.records.where('db').equals(db)
				: userDb.records.toCollection();
	const rows = newestFirst(await collection.filter(matches).toArray());
	return limit === undefined ? rows : rows.slice(0, limit);
}

/** `queryRecords` as a Dexie liveQuery: emits again whenever a matching row changes. */
export function liveRecords(userDb: UserDb, filter: RecordFilter = {}): Observable<RecordRow[]> {
	return liveQuery(() => queryRecords(userDb, filter));
}

export type SyncCounts = Record<Exclude<RecordSyncState, 'synced'>, number>;

/** How many records are not yet on the server, refused by it, or in conflict. */
export async function countBySyncState(userDb: UserDb, db?: string): Promise<SyncCounts> {
	const count = (state: RecordSyncState) =>
		db === undefined
			? userDb.records.where('syncState').equals(state).count()
			: userDb.records.where('syncState').equals(state).filter((row) => row.db === db).count();
	const [pending, refused, conflict] = await Promise.all([count('pending'), count('refused'), count('conflict')]);
	return { pending, refused, conflict };
}

export function liveSyncCounts(userDb: UserDb, db?: string): Observable<SyncCounts> {
	return liveQuery(() => countBySyncState(userDb, db));
}

/** A family's whole file: the family record first, then the rest newest first. */
export async function recordsByFamily(userDb: UserDb, familyId: string): Promise<RecordRow[]> {
	const rows = await queryRecords(userDb, { familyId });
	return [...rows.filter((row) => row._id === familyId), ...rows.filter((row) => row._id !== familyId)];
}

export async function recordRow(userDb: UserDb, id: string): Promise<RecordRow | undefined> {
	const row = await userDb.records.get(id);
	return row === undefined ? undefined : Promise.resolve(userDb.cipher.openRow(row));
}
