// The gateway to the user's PouchDB record databases: opening, validated writes, reads, the changes
// feed and revision access. Nothing else touches PouchDB except the sync engine's replicator.
import { IMMUTABLE_ENVELOPE_FIELDS } from '../domain/records/envelope.ts';
import { parseRecord, type RecordIssue } from '../domain/records/migrations.ts';
import type { YorisoiRecord } from '../domain/records/record.ts';
import { allDocsUnopened, sealPouchBodies } from './crypto/sealed-pouch.ts';
import { createPouch, deleteStoredPouches, localDbName, type PouchAdapter } from './pouch.ts';

export type RecordsDb = PouchDB.Database;

/** A document as stored: usually a record, but possibly a shape this app version cannot read. */
export type StoredDoc = Record<string, unknown> & { _id: string; _rev: string };

export interface RecordWrite {
	id: string;
	rev: string;
}

/** A record was refused on this device before anything was written; `issues` name the fields. */
export class RecordValidationError extends Error {
	override readonly name = 'RecordValidationError';

	constructor(
		readonly docId: string | undefined,
		readonly issues: readonly RecordIssue[]
	) {
		super(`record ${docId ?? '(new)'} is invalid: ${issues.map((i) => `${i.path || '(record)'} ${i.message}`).join('; ')}`);
	}

	/** Messages per dotted field path (`''` for the whole record), to show beside each field. */
	get fieldMessages(): Record<string, string[]> {
		const byField: Record<string, string[]> = {};
		for (const { path, message } of this.issues) (byField[path] ??= []).push(message);
		return byField;
	}
}

interface OpenDb {
	user: string;
	serverDb: string;
	key: CryptoKey | undefined;
	db: RecordsDb;
}

// One PouchDB instance per database per page: two instances on one IndexedDB database would
// each keep their own change listeners and metadata.
const openDbs = new Map<string, OpenDb>();

export interface OpenRecordsOptions {
	/** default: the device's adapter (pouch.ts); `memory` in tests */
	adapter?: PouchAdapter;
	/** the user's data key: record bodies are sealed at rest with it (none: plain, tests only) */
	key?: CryptoKey | undefined;
}

export function openRecordsDb(user: string, serverDb: string, options: OpenRecordsOptions = {}): RecordsDb {
	const name = localDbName(user, serverDb);
	let entry = openDbs.get(name);
	if (entry !== undefined && (entry.user !== user || entry.serverDb !== serverDb)) {
		// `encodeURIComponent` keeps `-`: (a, b-x) and (a-b, x) share a name. Never share the data.
		throw new Error(`local database ${name} already belongs to ${entry.user}/${entry.serverDb}`);
	}
	if (entry !== undefined && entry.key !== options.key) {
		// The instance seals with the key it was opened with: close the user's databases first.
		throw new Error(`local database ${name} is open with another key`);
	}
	if (entry === undefined) {
		const db = createPouch(name, options.adapter);
		if (options.key !== undefined) sealPouchBodies(db, options.key);
		entry = { user, serverDb, key: options.key, db };
		openDbs.set(name, entry);
	}
	return entry.db;
}

/** Closes the user's open databases (sign-out without wiping); the next open starts afresh. */
export async function closeUserRecords(user: string): Promise<void> {
	for (const [name, entry] of [...openDbs]) {
		if (entry.user !== user) continue;
		openDbs.delete(name);
		await entry.db.close();
	}
}

export interface DestroyOptions {
	/** the user's server databases; their local copies go even if never opened on this page */
	serverDbs?: readonly string[];
	/**
	 * Other users of this device. `encodeURIComponent` keeps `-`, so the local names of user `a-b`
	 * also start with `yorisoi-a-`: names that fit another user's longer prefix are kept.
	 */
	otherUsers?: readonly string[];
}

/** Deletes every local record database of `user` (logout with wipe). Returns the local names. */
export async function destroyUserRecords(user: string, options: DestroyOptions = {}): Promise<string[]> {
	const destroyed: string[] = [];
	for (const [name, entry] of [...openDbs]) {
		if (entry.user !== user) continue;
		openDbs.delete(name);
		await entry.db.destroy();
		destroyed.push(name);
	}
	const prefix = localDbName(user, '');
	const named = new Set((options.serverDbs ?? []).map((db) => localDbName(user, db)));
	const others = (options.otherUsers ?? [])
		.filter((other) => other !== user)
		.map((other) => localDbName(other, ''))
		.filter((otherPrefix) => otherPrefix.startsWith(prefix));
	const belongs = (name: string) =>
		named.has(name) || (name.startsWith(prefix) && !others.some((otherPrefix) => name.startsWith(otherPrefix)));
	for (const name of await deleteStoredPouches(belongs)) if (!destroyed.includes(name)) destroyed.push(name);
	return destroyed;
}

function isNotFound(error: unknown): boolean {
	return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 404;
}

/** PouchDB metadata (`_conflicts`, `_revisions`, …) never goes into a record body we write. */
function withoutPouchMeta(doc: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(doc).filter(([key, value]) => value !== undefined && (!key.startsWith('_') || key === '_id' || key === '_rev'))
	);
}

/** Checks and upgrades `doc` to the current schema; throws before anything is written. */
export function validRecord(doc: unknown): YorisoiRecord {
	const cleaned = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? withoutPouchMeta(doc as Record<string, unknown>) : doc;
	const parsed = parseRecord(cleaned);
	if (!parsed.ok) {
		const id = (cleaned as { _id?: unknown } | null)?._id;
		throw new RecordValidationError(typeof id === 'string' ? id : undefined, parsed.issues);
	}
	return parsed.record;
}

/** Issues for envelope fields that differ from the stored revision (the server refuses them too). */
export function envelopeChanges(before: Record<string, unknown>, after: Record<string, unknown>): RecordIssue[] {
	return IMMUTABLE_ENVELOPE_FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({
		path: field,
		message: 'must not change after the record is created'
	}));
}

/** Writes a new record, or a new revision when `record._rev` is set. Invalid records are refused. */
export async function putRecord(db: RecordsDb, record: unknown): Promise<RecordWrite> {
	const valid = validRecord(record);
	if (valid._rev !== undefined) {
		const stored = await getStored(db, valid._id);
		const issues = stored === undefined ? [] : envelopeChanges(stored, valid);
		if (issues.length > 0) throw new RecordValidationError(valid._id, issues);
	}
	const result = await db.put(valid);
	return { id: result.id, rev: result.rev };
}

/** The stored document as it is, or undefined when missing or deleted. */
export async function getStored(db: RecordsDb, id: string, options: PouchDB.Core.GetOptions = {}): Promise<StoredDoc | undefined> {
	try {
		return (await db.get(id, options)) as unknown as StoredDoc;
	} catch (error) {
		if (isNotFound(error)) return undefined;
		throw error;
	}
}

/** The current revision, checked and upgraded; throws RecordValidationError if unreadable. */
export async function getRecord(db: RecordsDb, id: string): Promise<YorisoiRecord | undefined> {
	const stored = await getStored(db, id);
	return stored === undefined ? undefined : validRecord(stored);
}

/**
 * A new revision of `id` with `changes` applied (`undefined` removes an optional field), stamped
 * with who and when. Envelope fields cannot change; the stored version is upgraded on the way.
 */
export async function amendRecord(
	db: RecordsDb,
	id: string,
	changes: Readonly<Record<string, unknown>>,
	by: string,
	at: Date = new Date()
): Promise<RecordWrite> {
	const stored = await getStored(db, id);
	if (stored === undefined) throw new RecordValidationError(id, [{ path: '', message: 'no such record on this device' }]);
	const current = validRecord(stored) as Record<string, unknown>;
	const { _id, _rev, ...editable } = changes;
	void _id;
	void _rev;
	const next: Record<string, unknown> = { ...current, ...editable, updatedAt: at.toISOString(), updatedBy: by };
	const issues = envelopeChanges(current, next);
	if (issues.length > 0) throw new RecordValidationError(id, issues);
	return putRecord(db, { ...next, _id: id, _rev: stored._rev });
}

export interface RecordChange {
	id: string;
	seq: string | number;
	deleted: boolean;
	/** the winning revision, with `_conflicts` when there are other leaves */
	doc?: StoredDoc;
}

/** Up to `limit` changes after `since`, with documents and their conflicts. */
export async function readChanges(
	db: RecordsDb,
	since: string | number,
	limit: number
): Promise<{ changes: RecordChange[]; lastSeq: string | number }> {
	const response = await db.changes({ since, limit, include_docs: true, conflicts: true, return_docs: true });
	const changes = response.results.map((change) => ({
		id: change.id,
		seq: change.seq,
		deleted: change.deleted === true,
		doc: change.doc as StoredDoc | undefined
	}));
	return { changes, lastSeq: response.last_seq };
}

/** Calls `onChange` for every change from now on until cancelled; carries no documents. */
export function watchChanges(db: RecordsDb, onChange: () => void, onError: (error: unknown) => void): { cancel: () => void } {
	const feed = db.changes({ since: 'now', live: true, return_docs: false });
	// The feed is also a promise: it rejects on error, so that is where errors are handled.
	void feed.on('change', onChange);
	feed.then(() => undefined, onError);
	return { cancel: () => feed.cancel() };
}

/** Of `ids`, those whose stored document has conflicting revisions: one read for a whole pull. */
export async function idsWithConflicts(db: RecordsDb, ids: readonly string[]): Promise<string[]> {
	if (ids.length === 0) return [];
	const result = await allDocsUnopened(db, { keys: [...ids], include_docs: true, conflicts: true });
	return result.rows.flatMap((row) => {
		if (!('doc' in row)) return [];
		const doc = row.doc as { _conflicts?: string[] } | null | undefined;
		return doc?._conflicts?.length ? [row.id] : [];
	});
}

/** The winning revision with `_conflicts`, and the losing revisions in full. */
export async function getLeaves(db: RecordsDb, id: string): Promise<{ winner: StoredDoc; losers: StoredDoc[] } | undefined> {
	const winner = await getStored(db, id, { conflicts: true });
	if (winner === undefined) return undefined;
	const loserRevs = (winner['_conflicts'] as string[] | undefined) ?? [];
	const losers: StoredDoc[] = [];
	for (const rev of loserRevs) {
		const loser = await getStored(db, id, { rev });
		if (loser !== undefined) losers.push(loser);
	}
	return { winner, losers };
}

/** The revision ids leading to `rev`, newest first (`rev` included). */
export async function revisionHistory(db: RecordsDb, id: string, rev: string): Promise<string[]> {
	const doc = await getStored(db, id, { rev, revs: true });
	const revisions = doc?.['_revisions'] as { start: number; ids: string[] } | undefined;
	if (revisions === undefined) return [rev];
	return revisions.ids.map((hash, i) => `${revisions.start - i}-${hash}`);
}

/** The body of an earlier revision if this device still stores it (compaction or replication may not). */
export async function getRevision(db: RecordsDb, id: string, rev: string): Promise<StoredDoc | undefined> {
	return getStored(db, id, { rev });
}

/**
 * Writes `resolved` on top of the winning revision and deletes the losing leaves in one
 * `bulkDocs`, so the document has one leaf again. `resolved` is validated first.
 */
export async function writeResolution(
	db: RecordsDb,
	winner: StoredDoc,
	resolved: Record<string, unknown>,
	loserRevs: readonly string[],
	by: string,
	at: Date
): Promise<RecordWrite> {
	const stamped = { ...resolved, _id: winner._id, _rev: winner._rev, updatedAt: at.toISOString(), updatedBy: by };
	const valid = validRecord(stamped);
	const issues = envelopeChanges(winner, valid);
	if (issues.length > 0) throw new RecordValidationError(winner._id, issues);
	// The tombstones say who closed the branch: the server's log has nothing else to show for it.
	// `resolvesConflict` is what lets the server accept a delete from staff (validate_doc_update).
	const tombstones = loserRevs.map((rev) => ({ _id: winner._id, _rev: rev, _deleted: true, resolvesConflict: true, updatedAt: at.toISOString(), updatedBy: by }));
	const results = await db.bulkDocs([valid, ...tombstones]);
	const failed = results.find((result) => 'error' in result && result.error);
	if (failed !== undefined) throw Object.assign(new Error(`resolving ${winner._id} failed: ${JSON.stringify(failed)}`), { results });
	const written = results[0] as PouchDB.Core.Response;
	return { id: written.id, rev: written.rev };
}
