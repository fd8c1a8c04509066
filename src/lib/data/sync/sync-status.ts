// What the sync engine tells the UI: each database's sync state and the summary the frame shows,
// kept on a board the engine writes and the UI subscribes to.
import type { ReplicationFailureKind } from './replicator';
import { logError } from '../../log';

/**
 * - `idle`: nothing running and the last attempt went through (or none yet);
 * - `syncing`: a replication is running;
 * - `offline`: the device is offline, or the server cannot be reached: changes wait on the device;
 * - `error`: the last attempt failed for another reason; it is retried;
 * - `needs-login`: the server session expired; nothing syncs until the user signs in again.
 */
export type SyncState = 'idle' | 'syncing' | 'offline' | 'error' | 'needs-login';

export interface SyncProblem {
	kind: ReplicationFailureKind;
	message: string;
	status?: number;
	at: string;
}

export interface DatabaseSyncStatus {
	db: string;
	state: SyncState;
	/** the end of the last run that went through without failure (refused documents allowed) */
	lastSyncAt?: string;
	lastAttemptAt?: string;
	/** the last failure, cleared by the next success */
	lastError?: SyncProblem;
}

export interface SyncStatus {
	state: SyncState;
	online: boolean;
	/** every database has synced at least as recently as this; absent until each has once */
	lastSyncAt?: string;
	/** the newest failure among the databases that have not recovered from it */
	lastError?: SyncProblem;
	/** when the next retry after a failure is due */
	retryAt?: string;
	databases: readonly DatabaseSyncStatus[];
}

export interface EngineCondition {
	online: boolean;
	running: boolean;
	retryAt?: string;
}

export function summariseSync(databases: readonly DatabaseSyncStatus[], condition: EngineCondition): SyncStatus {
	const states = new Set(databases.map((database) => database.state));
	// The order says what matters most to the worker: a lost session blocks everything.
	const state: SyncState = states.has('needs-login')
		? 'needs-login'
		: condition.running || states.has('syncing')
			? 'syncing'
			: !condition.online || states.has('offline')
				? 'offline'
				: states.has('error')
					? 'error'
					: 'idle';
	const syncedAt = databases.map((database) => database.lastSyncAt);
	const lastSyncAt = syncedAt.length > 0 && syncedAt.every((at) => at !== undefined) ? syncedAt.sort()[0] : undefined;
	const problems = databases.flatMap((database) => (database.lastError ? [database.lastError] : []));
	const lastError = problems.sort((a, b) => a.at.localeCompare(b.at)).at(-1);
	return {
		state,
		online: condition.online,
		...(lastSyncAt ? { lastSyncAt } : {}),
		...(lastError ? { lastError } : {}),
		...(condition.retryAt ? { retryAt: condition.retryAt } : {}),
		databases
	};
}

/** The engine's per-database status, and its listeners, each given a fresh summary on publish. */
export class SyncStatusBoard {
	readonly #databases = new Map<string, DatabaseSyncStatus>();
	readonly #listeners = new Set<(status: SyncStatus) => void>();
	readonly #condition: () => EngineCondition;
	#status: SyncStatus;

	constructor(dbs: readonly string[], condition: () => EngineCondition) {
		for (const db of dbs) this.#databases.set(db, { db, state: 'idle' });
		this.#condition = condition;
		this.#status = summariseSync([...this.#databases.values()], condition());
	}

	get status(): SyncStatus {
		return this.#status;
	}

	get dbs(): string[] {
		return [...this.#databases.keys()];
	}

	get(db: string): DatabaseSyncStatus | undefined {
		return this.#databases.get(db);
	}

	/** Changes one database's entry (a new object, so earlier snapshots stay as they were). */
	set(db: string, patch: Partial<DatabaseSyncStatus>): void {
		const current = this.#databases.get(db);
		if (!current) return;
		const next: DatabaseSyncStatus = { ...current, ...patch };
		if (next.lastError === undefined) delete next.lastError;
		this.#databases.set(db, next);
	}

	subscribe(listener: (status: SyncStatus) => void): () => void {
		this.#listeners.add(listener);
		listener(this.#status);
		return () => this.#listeners.delete(listener);
	}

	publish(): void {
		this.#status = summariseSync([...this.#databases.values()], this.#condition());
		for (const listener of this.#listeners) {
			try {
				listener(this.#status);
			} catch (error) {
				// A broken screen must not stop the worker's data from syncing.
				logError('A sync status listener failed', error);
			}
		}
	}
}
