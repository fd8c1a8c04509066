// The sync engine: decides when each local database replicates with the server, one at a time,
// and keeps the status the UI shows and the bookkeeping that survives a reload.
import type { UserDb } from '../user-db';
import type { NetworkSource } from './network';
import { HookDelivery, messageOf } from './hook-delivery';
import type { DocRefusal, DocRevision, ReplicationFailure, Replicator } from './replicator';
import { problemOf, SyncBookkeeping } from './sync-bookkeeping';
import { SyncStatusBoard, type SyncProblem, type SyncStatus } from './sync-status';
import { backOffDelay, defaultSyncTiming, systemClock, type Clock, type SyncTiming } from './sync-timing';
import { logError } from '../../log';

/**
 * What the rest of the data layer does with what moved: the projection marks revisions synced or
 * refused and the conflict scan looks at what was pulled. They must be idempotent: after a hook
 * fails, the same documents are offered again at the next run.
 */
export interface SyncHooks {
	onPulled?(db: string, docs: readonly DocRevision[]): Promise<void>;
	onPushed?(db: string, docs: readonly DocRevision[]): Promise<void>;
	onRefused?(db: string, refusal: DocRefusal): Promise<void>;
}

export interface SyncEngineOptions {
	/** one per server database, synced in this order */
	replicators: readonly Replicator[];
	userDb: UserDb;
	network: NetworkSource;
	hooks?: SyncHooks;
	clock?: Clock;
	timing?: Partial<SyncTiming>;
}

type Phase = 'stopped' | 'running' | 'needs-login';
type DatabaseResult = 'done' | 'retry' | 'needs-login' | 'offline' | 'cancelled';

export class SyncEngine {
	readonly #replicators: readonly Replicator[];
	readonly #bookkeeping: SyncBookkeeping;
	readonly #network: NetworkSource;
	readonly #delivery: HookDelivery;
	readonly #clock: Clock;
	readonly #timing: SyncTiming;

	#phase: Phase = 'stopped';
	readonly #board: SyncStatusBoard;

	/** databases asked for since the current pass began: the one follow-up pass takes them all */
	readonly #wanted = new Set<string>();
	#running = false;
	#draining: Promise<void> = Promise.resolve();
	#abort: AbortController | undefined;
	/** failed passes in a row, for the back-off */
	#failures = 0;
	#retry: { dbs: Set<string>; at: Date; cancel(): void } | undefined;
	readonly #debounced = new Set<string>();
	#cancelDebounce: (() => void) | undefined;
	#cancelPeriodic: (() => void) | undefined;
	#unwatchNetwork: (() => void) | undefined;

	constructor(options: SyncEngineOptions) {
		this.#replicators = options.replicators;
		this.#bookkeeping = new SyncBookkeeping(options.userDb);
		this.#network = options.network;
		this.#delivery = new HookDelivery(options.hooks ?? {});
		this.#clock = options.clock ?? systemClock;
		this.#timing = { ...defaultSyncTiming, ...options.timing };
		this.#board = new SyncStatusBoard(
			this.#replicators.map(({ db }) => db),
			() => ({
				online: this.#network.isOnline(),
				running: this.#running,
				...(this.#retry ? { retryAt: this.#retry.at.toISOString() } : {})
			})
		);
	}

	get status(): SyncStatus {
		return this.#board.status;
	}

	/** Calls `listener` now and after every change, until the returned function is called. */
	subscribe(listener: (status: SyncStatus) => void): () => void {
		return this.#board.subscribe(listener);
	}

	/** At sign-in or unlock: reads the bookkeeping, then syncs every database. */
	async start(): Promise<void> {
		if (this.#phase !== 'stopped') return;
		const sources = await this.#bookkeeping.load(this.#board.dbs);
		for (const db of this.#board.dbs) this.#board.set(db, { state: 'idle' });
		for (const [db, source] of sources) {
			const lastError = problemOf(source);
			this.#board.set(db, {
				...(source.lastSyncAt ? { lastSyncAt: source.lastSyncAt } : {}),
				...(source.lastAttemptAt ? { lastAttemptAt: source.lastAttemptAt } : {}),
				...(lastError ? { lastError } : {})
			});
		}
		this.#phase = 'running';
		this.#unwatchNetwork = this.#network.watch((online) => (online ? this.#wentOnline() : this.#wentOffline()));
		this.#armPeriodic();
		this.#request(this.#board.dbs);
	}

	/** After a record is saved: one run once the writes pause, so a burst of saves makes one run. */
	notifyLocalWrite(db?: string): void {
		if (this.#phase !== 'running') return;
		for (const name of db === undefined ? this.#board.dbs : [db]) this.#debounced.add(name);
		this.#cancelDebounce?.();
		this.#cancelDebounce = this.#clock.after(this.#timing.debounceMs, () => {
			this.#cancelDebounce = undefined;
			const dbs = [...this.#debounced];
			this.#debounced.clear();
			this.#request(dbs);
		});
	}

	/** A run of every database now (or right after the current one); settles when syncing stops. */
	syncNow(): Promise<void> {
		this.#request(this.#board.dbs);
		return this.#draining;
	}

	/** Settles when the run in progress, and the follow-up it has queued, are over. */
	settled(): Promise<void> {
		return this.#draining;
	}

	/** After a fresh sign-in that followed `needs-login`: everything kept on the device goes up. */
	resume(): void {
		if (this.#phase !== 'needs-login') return;
		this.#phase = 'running';
		for (const db of this.#board.dbs) this.#board.set(db, { state: 'idle' });
		this.#armPeriodic();
		this.#request(this.#board.dbs);
	}

	/** Cancels every timer and the replication in flight; settles once it has wound down. */
	async stop(): Promise<void> {
		this.#phase = 'stopped';
		this.#halt();
		this.#unwatchNetwork?.();
		this.#unwatchNetwork = undefined;
		this.#abort?.abort();
		await this.#draining;
		this.#board.publish();
	}

	#request(dbs: Iterable<string>): void {
		if (this.#phase !== 'running') return;
		const known = [...dbs].filter((db) => this.#board.get(db) !== undefined);
		if (!this.#network.isOnline()) {
			// Offline is the normal state in the field, not a failure: the changes wait on the device.
			for (const db of known) if (this.#board.get(db)?.state !== 'syncing') this.#board.set(db, { state: 'offline' });
			this.#board.publish();
			return;
		}
		for (const db of known) this.#wanted.add(db);
		if (this.#running || this.#wanted.size === 0) return;
		this.#running = true;
		this.#draining = this.#drain();
	}

	async #drain(): Promise<void> {
		this.#board.publish();
		try {
			while (this.#wanted.size > 0 && this.#phase === 'running') {
				const dbs = new Set(this.#wanted);
				this.#wanted.clear();
				await this.#pass(dbs);
			}
		} finally {
			// No await between the loop's last check and here, so no request can be left waiting.
			this.#running = false;
			if (this.#phase === 'running') this.#armPeriodic();
			this.#board.publish();
		}
	}

	/** Each database in turn: browsers allow 6 connections per host, and a run is a burst of them. */
	async #pass(dbs: Set<string>): Promise<void> {
		// A pending retry is due no later than now: this pass takes it over.
		if (this.#retry) {
			for (const db of this.#retry.dbs) dbs.add(db);
			this.#retry.cancel();
			this.#retry = undefined;
		}
		const abort = new AbortController();
		this.#abort = abort;
		const retry = new Set<string>();
		for (const replicator of this.#replicators) {
			if (!dbs.has(replicator.db)) continue;
			if (this.#phase !== 'running' || abort.signal.aborted) break;
			if (!this.#network.isOnline()) {
				this.#board.set(replicator.db, { state: 'offline' });
				continue;
			}
			const result = await this.#syncDatabase(replicator, abort.signal);
			if (result === 'retry') retry.add(replicator.db);
			if (result === 'needs-login') break;
		}
		this.#abort = undefined;
		if (this.#phase !== 'running') return;
		if (retry.size === 0) {
			this.#failures = 0;
		} else if (this.#network.isOnline()) {
			this.#failures += 1;
			const delay = backOffDelay(this.#failures, this.#timing.backOffMs);
			const cancel = this.#clock.after(delay, () => {
				this.#retry = undefined;
				this.#request(retry);
			});
			this.#retry = { dbs: retry, at: new Date(this.#clock.now().getTime() + delay), cancel };
		}
	}

	async #syncDatabase(replicator: Replicator, signal: AbortSignal): Promise<DatabaseResult> {
		const { db } = replicator;
		const startedAt = this.#clock.now();
		this.#board.set(db, { state: 'syncing', lastAttemptAt: startedAt.toISOString() });
		this.#board.publish();
		try {
			await this.#bookkeeping.attempted(db, startedAt);
			const outcome = await replicator.replicate(signal);
			const at = this.#clock.now();
			await this.#bookkeeping.moved(db, outcome, at);
			// Hooks see what moved even when the run failed later: those documents are written.
			const undelivered = await this.#delivery.deliver(db, outcome);
			if (outcome.cancelled || signal.aborted) {
				this.#board.set(db, { state: 'idle' });
				return 'cancelled';
			}
			const failure = outcome.failure ?? undelivered;
			if (failure) return await this.#failed(db, failure, at);
			await this.#bookkeeping.succeeded(db, at);
			this.#board.set(db, { state: 'idle', lastSyncAt: at.toISOString(), lastError: undefined });
			return 'done';
		} catch (error) {
			return this.#failed(db, { kind: 'failed', message: messageOf(error) }, this.#clock.now());
		} finally {
			this.#board.publish();
		}
	}

	async #failed(db: string, failure: ReplicationFailure, at: Date): Promise<DatabaseResult> {
		if (failure.kind === 'unauthenticated') {
			await this.#sessionExpired(db, failure, at);
			return 'needs-login';
		}
		// The browser already says offline: the failure is that, and nothing to record.
		if (failure.kind === 'unreachable' && !this.#network.isOnline()) {
			this.#board.set(db, { state: 'offline' });
			return 'offline';
		}
		const problem: SyncProblem = { ...failure, at: at.toISOString() };
		const previous = this.#board.get(db)?.lastError;
		// A failure that repeats every few seconds goes into the journal once per streak.
		const isNew = previous?.kind !== problem.kind || previous.message !== problem.message;
		this.#board.set(db, { state: failure.kind === 'unreachable' ? 'offline' : 'error', lastError: problem });
		try {
			await this.#bookkeeping.failed(db, problem, isNew);
		} catch (error) {
			logError('Sync bookkeeping failed', error);
		}
		// Back-off retries help only with what can pass by itself; the rest waits for the next run.
		return failure.kind === 'forbidden' || failure.kind === 'storage-full' ? 'done' : 'retry';
	}

	/** Local databases are left exactly as they are: everything unsent goes up after resume(). */
	async #sessionExpired(db: string, failure: ReplicationFailure, at: Date): Promise<void> {
		this.#phase = 'needs-login';
		this.#halt();
		const problem: SyncProblem = { ...failure, at: at.toISOString() };
		for (const name of this.#board.dbs) this.#board.set(name, { state: 'needs-login', ...(name === db ? { lastError: problem } : {}) });
		this.#board.publish();
		try {
			await this.#bookkeeping.sessionExpired(db, at, failure.message);
		} catch (error) {
			logError('Sync bookkeeping failed', error);
		}
	}

	#wentOnline(): void {
		for (const db of this.#board.dbs) if (this.#board.get(db)?.state === 'offline') this.#board.set(db, { state: 'idle' });
		this.#board.publish();
		this.#request(this.#board.dbs);
	}

	#wentOffline(): void {
		// Losing the network is not the server failing: the back-off starts afresh next time.
		this.#retry?.cancel();
		this.#retry = undefined;
		this.#failures = 0;
		for (const db of this.#board.dbs) {
			const state = this.#board.get(db)?.state;
			if (state === 'idle' || state === 'error') this.#board.set(db, { state: 'offline' });
		}
		this.#board.publish();
	}

	#armPeriodic(): void {
		this.#cancelPeriodic?.();
		this.#cancelPeriodic = this.#clock.after(this.#timing.periodicMs, () => {
			this.#armPeriodic();
			this.#request(this.#board.dbs);
		});
	}

	/** Cancels every timer and forgets every queued request. */
	#halt(): void {
		this.#cancelDebounce?.();
		this.#cancelPeriodic?.();
		this.#retry?.cancel();
		this.#cancelDebounce = this.#cancelPeriodic = this.#retry = undefined;
		this.#debounced.clear();
		this.#wanted.clear();
		this.#failures = 0;
	}
}
