// The sync engine's writes to the user's Dexie database: per-database bookkeeping in `sources`
// (which survives a reload) and what happened in the `journal`.
import type { JournalEntry, SourceState, UserDb } from '../user-db';
import type { ReplicationFailureKind, ReplicationOutcome } from './replicator';
import type { SyncProblem } from './sync-status';

/**
 * `SourceState` plus the failure's kind and status, so the UI can word a persisted error after a
 * reload. Extra fields on a Dexie row need no schema change.
 */
export interface SyncSource extends SourceState {
	lastErrorKind?: ReplicationFailureKind;
	lastErrorStatus?: number;
}

export function problemOf(source: SyncSource | undefined): SyncProblem | undefined {
	if (!source?.lastError) return undefined;
	return {
		kind: source.lastErrorKind ?? 'failed',
		message: source.lastError,
		...(source.lastErrorStatus !== undefined ? { status: source.lastErrorStatus } : {}),
		at: source.lastAttemptAt ?? ''
	};
}

export class SyncBookkeeping {
	readonly #userDb: UserDb;

	constructor(userDb: UserDb) {
		this.#userDb = userDb;
	}

	async load(dbs: readonly string[]): Promise<Map<string, SyncSource>> {
		const rows = (await this.#userDb.sources.bulkGet([...dbs])) as (SyncSource | undefined)[];
		return new Map(rows.flatMap((row) => (row ? [[row.db, row] as const] : [])));
	}

	attempted(db: string, at: Date): Promise<void> {
		return this.#update(db, { lastAttemptAt: at.toISOString() });
	}

	succeeded(db: string, at: Date): Promise<void> {
		return this.#update(db, { lastSyncAt: at.toISOString() }, ['lastError', 'lastErrorKind', 'lastErrorStatus']);
	}

	failed(db: string, problem: SyncProblem, journal: boolean): Promise<void> {
		return this.#userDb.transaction('rw', this.#userDb.sources, this.#userDb.journal, async () => {
			await this.#update(db, {
				lastError: problem.message,
				lastErrorKind: problem.kind,
				...(problem.status !== undefined ? { lastErrorStatus: problem.status } : {})
			}, problem.status === undefined ? ['lastErrorStatus'] : []);
			if (journal) await this.#userDb.journal.add({ at: problem.at, db, kind: 'error', reason: problem.message });
		});
	}

	async sessionExpired(db: string, at: Date, message: string): Promise<void> {
		await this.#userDb.journal.add({ at: at.toISOString(), db, kind: 'session-expired', reason: message });
	}

	/**
	 * One entry per direction per run rather than per document: a first sync moves thousands of
	 * documents, and the journal is for support, not a copy of the changes feed. Refusals are
	 * per document because each one needs someone to act on it.
	 */
	async moved(db: string, outcome: ReplicationOutcome, at: Date): Promise<void> {
		const when = at.toISOString();
		const entries: JournalEntry[] = [];
		if (outcome.pulled.length > 0) entries.push({ at: when, db, kind: 'pulled', count: outcome.pulled.length, ...single(outcome.pulled) });
		if (outcome.pushed.length > 0) entries.push({ at: when, db, kind: 'pushed', count: outcome.pushed.length, ...single(outcome.pushed) });
		for (const refusal of outcome.refused) {
			entries.push({ at: when, db, kind: 'refused', docId: refusal.id, reason: refusal.reason, ...(refusal.rev ? { rev: refusal.rev } : {}) });
		}
		if (entries.length > 0) await this.#userDb.journal.bulkAdd(entries);
	}

	/** Merges into the row, which the projection also writes (`projectedSeq`), instead of replacing it. */
	#update(db: string, changes: Partial<SyncSource>, clear: readonly (keyof SyncSource)[] = []): Promise<void> {
		return this.#userDb.transaction('rw', this.#userDb.sources, async () => {
			const row: SyncSource = { ...((await this.#userDb.sources.get(db)) as SyncSource | undefined), ...changes, db };
			for (const key of clear) delete row[key];
			await this.#userDb.sources.put(row);
		});
	}
}

/** A run that moved one document names it, which is the common case after a local write. */
function single(docs: readonly { id: string; rev: string }[]): Partial<JournalEntry> {
	const [only] = docs;
	return docs.length === 1 && only ? { docId: only.id, rev: only.rev } : {};
}
