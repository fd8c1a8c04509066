// Each user's own Dexie database on this device: drafts, the sync journal and bookkeeping, and the
// read model projected from their PouchDB databases. Per user, so a shared tablet keeps staff
// apart and logout can wipe one user by deleting their databases.
import Dexie, { type EntityTable } from 'dexie';
import { rowCipher, type RowCipher } from './crypto/row-cipher';
import { logError } from '../log';

/**
 * Bump when the read model's tables or projection change: the model is then rebuilt from PouchDB.
 * 2: record bodies sealed (encryption at rest), so rows written in the clear are rebuilt.
 */
export const READ_MODEL_VERSION = 2;

/** A half-filled form, saved as the worker types. Never leaves the device. */
export interface Draft {
	id: string;
	/** which form definition: `family`, `postpartum-care`, … */
	form: string;
	familyId?: string;
	/** the record being amended, if any */
	recordId?: string;
	values: Record<string, unknown>;
	/** record ids fixed when the draft began, so a retried submit never makes a second record */
	ids?: Record<string, string>;
	createdAt: string;
	updatedAt: string;
}

export type RecordSyncState = 'synced' | 'pending' | 'refused' | 'conflict';

/** One record as the screens read it: the latest local revision plus where it stands with the server. */
export interface RecordRow {
	_id: string;
	/** the server database it lives in */
	db: string;
	type: string;
	team: string;
	familyId: string;
	/** the winning local revision */
	rev: string;
	/** the newest revision known to be on the server */
	syncedRev?: string;
	/** the server refused `refusedRev`: its reason, shown on the record until a new revision */
	refusedReason?: string;
	refusedRev?: string;
	/** the document has unresolved conflicting revisions */
	conflicted: boolean;
	/** derived from the above, indexed for lists and counts */
	syncState: RecordSyncState;
	updatedAt: string;
	/** the record itself, parsed and upgraded to the current schema */
	doc: Record<string, unknown>;
}

/**
 * A read-model row as stored: the record body is `sealed` when the user's database has a data key
 * (crypto/row-cipher.ts), else in `doc`. Only the gateways see this shape; screens get RecordRow.
 */
export type StoredRecordRow = Omit<RecordRow, 'doc'> & { doc?: RecordRow['doc']; sealed?: string };

/** A draft as stored: `values` and `ids` sealed together when there is a data key. */
export type StoredDraft = Omit<Draft, 'values' | 'ids'> & { values?: Draft['values']; ids?: Draft['ids']; sealed?: string };

/** Per server database: how far the projection has read, and the sync bookkeeping. */
export interface SourceState {
	db: string;
	/** the PouchDB changes-feed sequence the read model has projected up to */
	projectedSeq?: string | number;
	lastSyncAt?: string;
	lastAttemptAt?: string;
	lastError?: string;
}

/** What happened in sync, for the Sync screen and for support. Never holds record bodies. */
export interface JournalEntry {
	id?: number;
	at: string;
	db: string;
	kind: 'pushed' | 'pulled' | 'refused' | 'conflict' | 'merged' | 'resolved' | 'error' | 'session-expired';
	docId?: string;
	rev?: string;
	count?: number;
	reason?: string;
}

/**
 * What the sync engine learned about a document the read model has no row for yet (it may mark
 * before the projection has seen the document); applied and removed when the row is written.
 * Also where a rebuild keeps the rows' sync state while it re-projects.
 */
export interface SyncMark {
	_id: string;
	syncedRev?: string;
	refusedReason?: string;
	refusedRev?: string;
}

export interface MetaEntry {
	key: string;
	value: unknown;
}

export interface UserDbOptions {
	/**
	 * The user's data key: with it, record bodies and draft values are sealed at rest. Without it
	 * rows are stored plain (unit tests, and the benchmark's plain build: see workspace.ts).
	 */
	key?: CryptoKey | undefined;
}

export class UserDb extends Dexie {
	drafts!: EntityTable<StoredDraft, 'id'>;
	records!: EntityTable<StoredRecordRow, '_id'>;
	sources!: EntityTable<SourceState, 'db'>;
	journal!: EntityTable<JournalEntry, 'id'>;
	meta!: EntityTable<MetaEntry, 'key'>;
	syncMarks!: EntityTable<SyncMark, '_id'>;

	/** how rows are sealed and opened; the gateways go through it, screens never see it */
	readonly cipher: RowCipher;

	constructor(user: string, options: UserDbOptions = {}) {
		super(userDbName(user));
		this.cipher = rowCipher(options.key);
		this.version(1).stores({
			drafts: '&id, form, familyId, updatedAt',
			records: '&_id, db, type, familyId, team, syncState, updatedAt, [type+updatedAt]',
			sources: '&db',
			journal: '++id, db, at, kind, docId',
			meta: '&key',
			syncMarks: '&_id'
		});
	}
}

export function userDbName(user: string): string {
	return `yorisoi-user-${encodeURIComponent(user)}`;
}

export function syncStateOf(row: Pick<RecordRow, 'rev' | 'syncedRev' | 'refusedReason' | 'refusedRev' | 'conflicted'>): RecordSyncState {
	if (row.conflicted) return 'conflict';
	if (row.refusedReason && row.refusedRev === row.rev) return 'refused';
	return row.syncedRev === row.rev ? 'synced' : 'pending';
}

/**
 * Told after a transaction that changed `records` has committed: the families whose rows
 * changed, or 'all' when the table was cleared. Lets in-memory indexes recompute only those.
 */
export type RecordsChangeListener = (familyIds: ReadonlySet<string> | 'all') => void;

interface RecordsChannel {
	listeners: Set<RecordsChangeListener>;
	/** other tabs of the same user project into the same database */
	broadcast?: BroadcastChannel;
}

// Keyed by database name, so every UserDb of one user in this tab shares the listeners.
const recordsChannels = new Map<string, RecordsChannel>();

function deliver(channel: RecordsChannel, familyIds: ReadonlySet<string> | 'all'): void {
	for (const listener of [...channel.listeners]) {
		try {
			listener(familyIds);
		} catch (error) {
			logError('A records listener failed', error);
		}
	}
}

export function onRecordsChanged(userDb: UserDb, listener: RecordsChangeListener): () => void {
	let channel = recordsChannels.get(userDb.name);
	if (channel === undefined) {
		const created: RecordsChannel = { listeners: new Set() };
		if (typeof BroadcastChannel !== 'undefined') {
			created.broadcast = new BroadcastChannel(`yorisoi-records:${userDb.name}`);
			created.broadcast.onmessage = (event: MessageEvent<string[] | 'all'>) => deliver(created, event.data === 'all' ? 'all' : new Set(event.data));
		}
		recordsChannels.set(userDb.name, created);
		channel = created;
	}
	channel.listeners.add(listener);
	const own = channel;
	return () => {
		own.listeners.delete(listener);
		if (own.listeners.size > 0 || recordsChannels.get(userDb.name) !== own) return;
		own.broadcast?.close();
		recordsChannels.delete(userDb.name);
	};
}

/** Called by the projection once its transaction has committed. */
export function notifyRecordsChanged(userDb: UserDb, familyIds: Iterable<string> | 'all'): void {
	const ids = familyIds === 'all' ? 'all' : new Set(familyIds);
	if (ids !== 'all' && ids.size === 0) return;
	const channel = recordsChannels.get(userDb.name);
	if (channel === undefined) return;
	deliver(channel, ids);
	channel.broadcast?.postMessage(ids === 'all' ? 'all' : [...ids]);
}
