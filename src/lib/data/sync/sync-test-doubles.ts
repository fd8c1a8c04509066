// Stand-ins for the sync engine's collaborators in tests: a clock moved by hand, a network switched
// by hand, and replicators that answer as scripted and record how many run at once.
import { testUserDb } from '../test-helpers';
import type { UserDb } from '../user-db';
import type { NetworkSource } from './network';
import { emptyOutcome, type ReplicationOutcome, type Replicator } from './replicator';
import { SyncEngine, type SyncHooks } from './sync-engine';
import type { SyncState } from './sync-status';
import type { Clock } from './sync-timing';

interface Timer {
	at: number;
	order: number;
	callback: () => void;
}

export class ManualClock implements Clock {
	#now: number;
	#order = 0;
	#timers: Timer[] = [];

	constructor(start = Date.parse('2026-11-24T09:00:00.000Z')) {
		this.#now = start;
	}

	now(): Date {
		return new Date(this.#now);
	}

	after(ms: number, callback: () => void): () => void {
		const timer = { at: this.#now + ms, order: this.#order++, callback };
		this.#timers.push(timer);
		return () => {
			this.#timers = this.#timers.filter((other) => other !== timer);
		};
	}

	/** Moves time on by `ms`, calling each timer that falls due, in order, at its own time. */
	advance(ms: number): void {
		const end = this.#now + ms;
		for (;;) {
			const due = this.#timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at || a.order - b.order)[0];
			if (!due) break;
			this.#timers = this.#timers.filter((timer) => timer !== due);
			this.#now = due.at;
			due.callback();
		}
		this.#now = end;
	}

	/** How long until each pending timer, soonest first. */
	pendingDelays(): number[] {
		return this.#timers.map((timer) => timer.at - this.#now).sort((a, b) => a - b);
	}
}

export class ManualNetwork implements NetworkSource {
	#online: boolean;
	#listeners = new Set<(online: boolean) => void>();

	constructor(online = true) {
		this.#online = online;
	}

	isOnline(): boolean {
		return this.#online;
	}

	watch(listener: (online: boolean) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	get watchers(): number {
		return this.#listeners.size;
	}

	set(online: boolean): void {
		this.#online = online;
		for (const listener of this.#listeners) listener(online);
	}
}

/** Counts replications in flight across every replicator that shares it. */
export class ConcurrencyProbe {
	active = 0;
	most = 0;
	readonly order: string[] = [];

	enter(db: string): void {
		this.active += 1;
		this.most = Math.max(this.most, this.active);
		this.order.push(db);
	}

	leave(): void {
		this.active -= 1;
	}
}

type Answer = (signal: AbortSignal) => ReplicationOutcome | Promise<ReplicationOutcome>;

export class ScriptedReplicator implements Replicator {
	readonly db: string;
	calls = 0;
	readonly #probe: ConcurrencyProbe;
	readonly #script: Answer[] = [];
	#otherwise: Answer = () => emptyOutcome();

	constructor(db: string, probe = new ConcurrencyProbe()) {
		this.db = db;
		this.#probe = probe;
	}

	/** The next replications answer these, in order; after them, `always`'s answer (default: nothing moved). */
	next(...answers: (ReplicationOutcome | Answer)[]): this {
		for (const answer of answers) this.#script.push(typeof answer === 'function' ? answer : () => answer);
		return this;
	}

	always(answer: ReplicationOutcome | Answer): this {
		this.#otherwise = typeof answer === 'function' ? answer : () => answer;
		return this;
	}

	/** The next replication waits until `release` is called, or until it is aborted. */
	hold(): { release(outcome?: ReplicationOutcome): void; started: Promise<void> } {
		let release!: (outcome?: ReplicationOutcome) => void;
		let started!: () => void;
		const startedPromise = new Promise<void>((resolve) => (started = resolve));
		this.#script.push(
			(signal) =>
				new Promise<ReplicationOutcome>((resolve) => {
					started();
					release = (outcome) => resolve(outcome ?? emptyOutcome());
					signal.addEventListener('abort', () => resolve({ ...emptyOutcome(), cancelled: true }));
				})
		);
		return { release: (outcome) => release(outcome), started: startedPromise };
	}

	async replicate(signal: AbortSignal): Promise<ReplicationOutcome> {
		this.calls += 1;
		this.#probe.enter(this.db);
		try {
			const answer = this.#script.shift() ?? this.#otherwise;
			return await answer(signal);
		} finally {
			this.#probe.leave();
		}
	}
}

let userDbCount = 0;

/** A fresh user database on fake-indexeddb, unique per test. */
export async function freshUserDb(): Promise<UserDb> {
	userDbCount += 1;
	const userDb = testUserDb(`sync-test-${userDbCount}-${Math.random().toString(36).slice(2)}`);
	await userDb.open();
	return userDb;
}

export function outcome(parts: Partial<ReplicationOutcome>): ReplicationOutcome {
	return { ...emptyOutcome(), ...parts };
}

export interface EngineHarness {
	engine: SyncEngine;
	clock: ManualClock;
	network: ManualNetwork;
	probe: ConcurrencyProbe;
	userDb: UserDb;
	replicator(db: string): ScriptedReplicator;
	/** overall states the engine published, repeats collapsed */
	states: SyncState[];
	/** moves the clock on, then waits for any run that started */
	advance(ms: number): Promise<void>;
}

export async function engineHarness(options: { dbs?: string[]; online?: boolean; hooks?: SyncHooks; userDb?: UserDb } = {}): Promise<EngineHarness> {
	const clock = new ManualClock();
	const network = new ManualNetwork(options.online ?? true);
	const probe = new ConcurrencyProbe();
	const replicators = (options.dbs ?? ['team-a']).map((db) => new ScriptedReplicator(db, probe));
	const userDb = options.userDb ?? (await freshUserDb());
	const engine = new SyncEngine({ replicators, userDb, network, clock, ...(options.hooks ? { hooks: options.hooks } : {}) });
	const states: SyncState[] = [];
	engine.subscribe((status) => {
		if (states.at(-1) !== status.state) states.push(status.state);
	});
	return {
		engine,
		clock,
		network,
		probe,
		userDb,
		states,
		replicator(db) {
			const found = replicators.find((replicator) => replicator.db === db);
			if (!found) throw new Error(`no replicator for ${db}`);
			return found;
		},
		async advance(ms) {
			clock.advance(ms);
			await engine.settled();
		}
	};
}

type BulkDocs = (request: { docs: { _id: string }[]; new_edits?: boolean }, options: object) => Promise<object[]>;

/**
 * Makes `server` refuse document `id` as CouchDB's validate_doc_update does, in the shape PouchDB's
 * HTTP adapter gives `_bulk_docs` answers, while it stores the rest.
 */
export function refuseOnServer(server: PouchDB.Database, id: string, reason: string): void {
	const bulkDocs = server.bulkDocs.bind(server) as unknown as BulkDocs;
	const refusing: BulkDocs = async (request, options) => [
		...(await bulkDocs({ ...request, docs: request.docs.filter((doc) => doc._id !== id) }, options)),
		{ id, error: 'forbidden', name: 'forbidden', status: 500, reason, message: reason }
	];
	(server as unknown as { bulkDocs: BulkDocs }).bulkDocs = refusing;
}
