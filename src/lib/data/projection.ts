// The read model's writer: projects each PouchDB changes feed into the user's Dexie `records`
// table, rebuilds it when its version changes, and records what sync learns about each document.
import { parseRecord } from '../domain/records/migrations.ts';
import { sameValue } from '../domain/merge.ts';
import { splitBody } from './crypto/record-body.ts';
import { isSealedDoc, sealedBodyOf } from './crypto/sealed-pouch.ts';
import { readChanges, watchChanges, type RecordChange, type RecordsDb } from './records-db.ts';
import {
	notifyRecordsChanged,
	READ_MODEL_VERSION,
	syncStateOf,
	type JournalEntry,
	type RecordRow,
	type StoredRecordRow,
	type SyncMark,
	type UserDb
} from './user-db.ts';
import { logError } from '../log.ts';

/** Changes read and written per Dexie transaction. */
export const PROJECTION_BATCH_SIZE = 500;
const READ_MODEL_VERSION_KEY = 'readModelVersion';

export interface ProjectionReport {
	/** rows written or updated */
	projected: number;
	/** rows removed (deleted documents, or documents that became unreadable) */
	removed: number;
	/** documents kept out of the read model because they do not parse; journalled as 'error' */
	unreadable: number;
}

function revGeneration(rev: string | undefined): number {
	return rev === undefined ? 0 : Number.parseInt(rev, 10) || 0;
}

/** The later of two revisions of one document (the sync engine may report an older one late). */
function laterRev(a: string | undefined, b: string | undefined): string | undefined {
	if (a === undefined) return b;
	if (b === undefined) return a;
	return revGeneration(b) >= revGeneration(a) ? b : a;
}

/** Merges what is known about a document's server state; a refusal older than the synced revision is over. */
function combineMarks(a: SyncMark | undefined, b: SyncMark | undefined, id: string): SyncMark {
	const syncedRev = laterRev(a?.syncedRev, b?.syncedRev);
	const refused = revGeneration(b?.refusedRev) >= revGeneration(a?.refusedRev) && b?.refusedRev ? b : a;
	const mark: SyncMark = { _id: id };
	if (syncedRev !== undefined) mark.syncedRev = syncedRev;
	if (refused?.refusedRev !== undefined && revGeneration(refused.refusedRev) > revGeneration(syncedRev)) {
		mark.refusedRev = refused.refusedRev;
		mark.refusedReason = refused.refusedReason ?? '';
	}
	return mark;
}

function withMark<R extends Omit<StoredRecordRow, 'syncState' | 'syncedRev' | 'refusedRev' | 'refusedReason'>>(row: R, mark: SyncMark): R & StoredRecordRow {
	const { _id: _ignored, ...state } = mark;
	const next = { ...row, ...state } as R & StoredRecordRow;
	next.syncState = syncStateOf(next);
	return next;
}

type RowWithoutMarks = Omit<StoredRecordRow, 'syncState' | 'syncedRev' | 'refusedRev' | 'refusedReason'>;

/** A change made ready for the read model outside any transaction: parsed, and sealed when sealing. */
type PreparedChange = { row: RowWithoutMarks } | { reason: string } | { deleted: true };

async function prepare(userDb: UserDb, serverDb: string, change: RecordChange): Promise<PreparedChange> {
	if (change.deleted) return { deleted: true };
	const doc = change.doc;
	if (doc === undefined) return { reason: 'the changes feed gave no document' };
	// The reason names fields and rules, never their values: the journal is not sealed.
	if (isSealedDoc(doc)) return { reason: 'the stored body could not be decrypted (modified, or sealed with another key)' };
	const parsed = parseRecord(doc);
	if (!parsed.ok) return { reason: parsed.issues.map((i) => `${i.path || '(record)'}: ${i.message}`).join('; ').slice(0, 500) };
	const record = parsed.record as Record<string, unknown> & { type: string; team: string; familyId: string; updatedAt: string };
	const body = Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith('_') || key === '_id' || key === '_rev'));
	const conflicts = doc['_conflicts'];
	const row: RecordRow = {
		_id: doc._id,
		db: serverDb,
		type: record.type,
		team: record.team,
		familyId: record.familyId,
		rev: doc._rev,
		conflicted: Array.isArray(conflicts) && conflicts.length > 0,
		// Overwritten by the marks in the transaction.
		syncState: 'pending',
		updatedAt: record.updatedAt,
		doc: body
	};
	// A body parsing left as stored is already sealed in PouchDB: the row reuses it (a first sync
	// seals each body once instead of twice).
	const stored = sealedBodyOf(doc);
	const unchanged = stored !== undefined && parsed.migratedFrom === undefined && sameValue(splitBody(doc).body, splitBody(record).body);
	const { syncState: _state, ...sealed } = await userDb.cipher.sealRow(row, unchanged ? stored : undefined);
	return { row: sealed };
}

/**
 * Writes one batch of changes and the sequence reached, in one transaction: a restart resumes
 * exactly. Bodies are parsed and sealed first: WebCrypto inside the transaction would commit it early.
 */
async function applyBatch(userDb: UserDb, serverDb: string, changes: RecordChange[], lastSeq: string | number): Promise<ProjectionReport> {
	const report: ProjectionReport = { projected: 0, removed: 0, unreadable: 0 };
	// Design documents replicate too; they are the server's, not records.
	const relevant = changes.filter((change) => !change.id.startsWith('_design/'));
	const prepared = await Promise.all(relevant.map((change) => prepare(userDb, serverDb, change)));
	const ids = relevant.map((change) => change.id);
	const changedFamilies = new Set<string>();
	await userDb.transaction('rw', [userDb.records, userDb.sources, userDb.syncMarks, userDb.journal], async () => {
		const [existing, marks] = await Promise.all([userDb.records.bulkGet(ids), userDb.syncMarks.bulkGet(ids)]);
		const puts: StoredRecordRow[] = [];
		const deletes: string[] = [];
		const errors: JournalEntry[] = [];
		// A mark is spent once its row exists and moot once the document is deleted; an unreadable
		// document keeps what sync knew, for when an app update can read it.
		const keptMarks: SyncMark[] = [];
		const spentMarks: string[] = [];
		relevant.forEach((change, i) => {
			const outcome = prepared[i]!;
			if ('row' in outcome) {
				const row = withMark(outcome.row, combineMarks(existing[i], marks[i], change.id));
				puts.push(row);
				changedFamilies.add(row.familyId);
			} else if (existing[i] !== undefined) {
				deletes.push(change.id);
				changedFamilies.add(existing[i].familyId);
			}
			if (!('reason' in outcome)) {
				if (marks[i] !== undefined) spentMarks.push(change.id);
				return;
			}
			keptMarks.push(combineMarks(existing[i], marks[i], change.id));
			const reason = `unreadable record: ${outcome.reason}`;
			errors.push({ at: new Date().toISOString(), db: serverDb, kind: 'error', docId: change.id, rev: change.doc?._rev, reason });
		});
		await userDb.records.bulkPut(puts);
		await userDb.records.bulkDelete(deletes);
		await userDb.syncMarks.bulkDelete(spentMarks);
		await userDb.syncMarks.bulkPut(keptMarks.filter((mark) => mark.syncedRev !== undefined || mark.refusedRev !== undefined));
		await journalOnce(userDb, errors);
		const source = await userDb.sources.get(serverDb);
		await userDb.sources.put({ ...source, db: serverDb, projectedSeq: lastSeq });
		report.projected = puts.length;
		report.removed = deletes.length;
		report.unreadable = errors.length;
	});
	notifyRecordsChanged(userDb, changedFamilies);
	return report;
}

/** Re-projecting (a rebuild, a restart mid-batch) must not report the same unreadable revision twice. */
async function journalOnce(userDb: UserDb, errors: JournalEntry[]): Promise<void> {
	if (errors.length === 0) return;
	const seen = await userDb.journal
		.where('docId')
		.anyOf(errors.map((e) => e.docId ?? ''))
		.filter((e) => e.kind === 'error')
		.toArray();
	const fresh = errors.filter((e) => !seen.some((s) => s.docId === e.docId && s.rev === e.rev && s.db === e.db));
	await userDb.journal.bulkAdd(fresh);
}

export interface ProjectOptions {
	batchSize?: number;
}

/** Projects everything `db` holds past the stored sequence, batch by batch, until caught up. */
export async function projectChanges(
	userDb: UserDb,
	serverDb: string,
	db: RecordsDb,
	options: ProjectOptions = {}
): Promise<ProjectionReport> {
	const batchSize = options.batchSize ?? PROJECTION_BATCH_SIZE;
	const total: ProjectionReport = { projected: 0, removed: 0, unreadable: 0 };
	let since = (await userDb.sources.get(serverDb))?.projectedSeq ?? 0;
	for (;;) {
		const { changes, lastSeq } = await readChanges(db, since, batchSize);
		if (changes.length === 0) return total;
		const report = await applyBatch(userDb, serverDb, changes, lastSeq);
		total.projected += report.projected;
		total.removed += report.removed;
		total.unreadable += report.unreadable;
		since = lastSeq;
		if (changes.length < batchSize) return total;
	}
}

/**
 * Makes the read model current for `dbs` (server db name → local PouchDB): rebuilt from scratch
 * when its version differs from READ_MODEL_VERSION (a downgrade too), else caught up. The rows'
 * sync state survives a rebuild as marks, since PouchDB cannot tell what reached the server.
 */
export async function ensureReadModel(
	userDb: UserDb,
	dbs: Readonly<Record<string, RecordsDb>>,
	options: ProjectOptions = {}
): Promise<{ rebuilt: boolean; reports: Record<string, ProjectionReport> }> {
	const version = (await userDb.meta.get(READ_MODEL_VERSION_KEY))?.value;
	const rebuilt = version !== READ_MODEL_VERSION;
	if (rebuilt) {
		await userDb.transaction('rw', [userDb.records, userDb.sources, userDb.syncMarks, userDb.meta], async () => {
			const kept: SyncMark[] = [];
			await userDb.records.each((row) => {
				if (row.syncedRev !== undefined || row.refusedRev !== undefined) kept.push(combineMarks(row, undefined, row._id));
			});
			const pending = await userDb.syncMarks.bulkGet(kept.map((mark) => mark._id));
			await userDb.syncMarks.bulkPut(kept.map((mark, i) => combineMarks(mark, pending[i], mark._id)));
			await userDb.records.clear();
			await userDb.sources.toCollection().modify((source) => {
				delete source.projectedSeq;
			});
			await userDb.meta.put({ key: READ_MODEL_VERSION_KEY, value: READ_MODEL_VERSION });
		});
		notifyRecordsChanged(userDb, 'all');
	}
	const reports: Record<string, ProjectionReport> = {};
	for (const [serverDb, db] of Object.entries(dbs)) reports[serverDb] = await projectChanges(userDb, serverDb, db, options);
	return { rebuilt, reports };
}

export interface ProjectionFollower {
	/** resolves when no projection is running or queued (tests, and before a wipe) */
	idle(): Promise<void>;
	stop(): Promise<void>;
}

/**
 * Catches up, then follows `db` live. The feed only signals; each signal runs a catch-up from the
 * stored sequence, so bursts coalesce into batches and nothing between catch-up and feed is missed.
 */
export function followProjection(
	userDb: UserDb,
	serverDb: string,
	db: RecordsDb,
	options: ProjectOptions & { onError?: (error: unknown) => void } = {}
): ProjectionFollower {
	let stopped = false;
	let again = false;
	let running: Promise<void> | undefined;
	const onError = options.onError ?? ((error: unknown) => logError(`Projection of ${serverDb} failed`, error));
	const run = (): void => {
		if (stopped) return;
		if (running !== undefined) {
			again = true;
			return;
		}
		running = (async () => {
			do {
				again = false;
				await projectChanges(userDb, serverDb, db, options);
			} while (again && !stopped);
		})()
			.catch(onError)
			.finally(() => {
				running = undefined;
			});
	};
	// The feed starts before the first catch-up, so a write in between triggers another one.
	const feed = watchChanges(db, run, onError);
	run();
	return {
		idle: async () => {
			while (running !== undefined) await running;
		},
		stop: async () => {
			stopped = true;
			feed.cancel();
			while (running !== undefined) await running;
		}
	};
}

/** Applies what the sync engine learned to the row, or keeps it as a mark until the row exists. */
async function applyMarks(userDb: UserDb, updates: SyncMark[]): Promise<void> {
	const byId = new Map<string, SyncMark>();
	for (const update of updates) {
		if (update._id.startsWith('_')) continue;
		byId.set(update._id, combineMarks(byId.get(update._id), update, update._id));
	}
	const ids = [...byId.keys()];
	const changedFamilies = new Set<string>();
	await userDb.transaction('rw', [userDb.records, userDb.syncMarks], async () => {
		const [rows, marks] = await Promise.all([userDb.records.bulkGet(ids), userDb.syncMarks.bulkGet(ids)]);
		// Rows are copied as stored: their sealed body is not touched (no crypto in a transaction).
		const rowPuts: StoredRecordRow[] = [];
		const markPuts: SyncMark[] = [];
		ids.forEach((id, i) => {
			const row = rows[i];
			const update = byId.get(id);
			if (row === undefined) {
				markPuts.push(combineMarks(marks[i], update, id));
			} else {
				const { syncedRev: _s, refusedRev: _r, refusedReason: _why, syncState: _state, ...rest } = row;
				const next = withMark(rest, combineMarks(row, update, id));
				rowPuts.push(next);
				if (next.syncState !== row.syncState || next.refusedReason !== row.refusedReason) changedFamilies.add(row.familyId);
			}
		});
		await userDb.records.bulkPut(rowPuts);
		await userDb.syncMarks.bulkPut(markPuts);
	});
	notifyRecordsChanged(userDb, changedFamilies);
}

/** These revisions are on the server (pushed, or pulled from it). */
export async function markSynced(userDb: UserDb, docs: readonly { id: string; rev: string }[]): Promise<void> {
	await applyMarks(userDb, docs.map(({ id, rev }) => ({ _id: id, syncedRev: rev })));
}

/** The server refused `rev` of `id` with `reason`; shown on the record until a newer revision. */
export async function markRefused(userDb: UserDb, refusal: { id: string; rev: string; reason: string }): Promise<void> {
	await applyMarks(userDb, [{ _id: refusal.id, refusedRev: refusal.rev, refusedReason: refusal.reason }]);
}
