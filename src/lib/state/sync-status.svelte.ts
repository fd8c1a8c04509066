// What the frame and the Sync screen show about sync: the engine's status and the read model's
// counts of records not yet on the server, refused by it, or in conflict.
import type { SyncCounts } from '$lib/data/read-model';
import type { DatabaseSyncStatus, SyncProblem, SyncState, SyncStatus } from '$lib/data/sync/sync-status';
import { logError } from '$lib/log';

/** The sync engine, as far as the UI needs it. */
export interface SyncStatusSource {
	subscribe(listener: (status: SyncStatus) => void): () => void;
}

/** A Dexie liveQuery (`liveSyncCounts`) or anything else that pushes counts. */
export interface SyncCountsSource {
	subscribe(next: (counts: SyncCounts) => void, error?: (error: unknown) => void): { unsubscribe(): void };
}

const notStarted: SyncStatus = { state: 'idle', online: true, databases: [] };
const noCounts: SyncCounts = { pending: 0, refused: 0, conflict: 0 };

class SyncStatusState {
	// Raw: each status is a fresh immutable snapshot from the engine, replaced whole.
	#status = $state.raw<SyncStatus>(notStarted);
	#counts = $state.raw<SyncCounts>(noCounts);

	get state(): SyncState {
		return this.#status.state;
	}

	get online(): boolean {
		return this.#status.online;
	}

	/** every database has synced at least this recently (ISO time) */
	get lastSyncAt(): string | undefined {
		return this.#status.lastSyncAt;
	}

	get lastError(): SyncProblem | undefined {
		return this.#status.lastError;
	}

	get retryAt(): string | undefined {
		return this.#status.retryAt;
	}

	get databases(): readonly DatabaseSyncStatus[] {
		return this.#status.databases;
	}

	/** records written on this device and not yet on the server */
	get pending(): number {
		return this.#counts.pending;
	}

	get refused(): number {
		return this.#counts.refused;
	}

	get conflicts(): number {
		return this.#counts.conflict;
	}

	/** Follows the engine and the counts until the returned function is called; the workspace owns it. */
	follow(engine: SyncStatusSource, counts?: SyncCountsSource): () => void {
		const unsubscribe = engine.subscribe((status) => {
			this.#status = status;
		});
		const subscription = counts?.subscribe(
			(value) => {
				this.#counts = value;
			},
			// The counts are a convenience; a failed query must not take the frame down.
			(error) => logError('Sync counts unavailable', error)
		);
		return () => {
			unsubscribe();
			subscription?.unsubscribe();
			this.#status = notStarted;
			this.#counts = noCounts;
		};
	}
}

export const syncStatus = new SyncStatusState();
