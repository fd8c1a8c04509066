// The real Replicator: one bounded PouchDB replication from the server database, then one to it,
// through the same-origin proxy with the cookie session.
import PouchDB from 'pouchdb-browser';
import { refusalOf, replicationFailureOf } from './replication-failure';
import { emptyOutcome, type DocRefusal, type DocRevision, type ReplicationFailure, type ReplicationFailureKind, type ReplicationOutcome, type Replicator } from './replicator';

export interface PouchReplicatorOptions {
	/** the server database's name */
	db: string;
	/** its local copy */
	local: PouchDB.Database;
	/** where the proxy serves CouchDB; default `${location.origin}/db` */
	serverUrl?: string;
	fetch?: typeof fetch;
	/** a database to replicate with instead of `${serverUrl}/${db}` (tests) */
	remote?: PouchDB.Database;
	/* 1000: `npm run bench` timed the app's first sync of 10,000 documents at 4.6 s with 1000
	 * against 5.0 s with 500 (a bare replicate.from with the default 100: 5.6 s). */
	batchSize?: number;
	/** batches read ahead; with batchSize, bounds how many documents sit in memory at once */
	batchesLimit?: number;
	/** a request with no answer by then counts as unreachable, so a hung proxy cannot stall sync */
	requestTimeoutMs?: number;
}

type Direction = 'pull' | 'push';

const stopsPush = new Set<ReplicationFailureKind>(['unreachable', 'unauthenticated', 'forbidden']);

interface OneWay {
	cancelled: boolean;
	failure?: ReplicationFailure;
}

export class PouchReplicator implements Replicator {
	readonly db: string;
	readonly #local: PouchDB.Database;
	readonly #serverUrlOption: string | undefined;
	readonly #fetch: typeof fetch;
	readonly #batchSize: number;
	readonly #batchesLimit: number;
	readonly #requestTimeoutMs: number;
	#remote: PouchDB.Database | undefined;
	/** the run in progress; its abort also aborts the HTTP requests in flight */
	#signal: AbortSignal | undefined;

	constructor(options: PouchReplicatorOptions) {
		this.db = options.db;
		this.#local = options.local;
		this.#remote = options.remote;
		this.#serverUrlOption = options.serverUrl;
		this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
		this.#batchSize = options.batchSize ?? 1000;
		this.#batchesLimit = options.batchesLimit ?? 2;
		this.#requestTimeoutMs = options.requestTimeoutMs ?? 60_000;
	}

	async replicate(signal: AbortSignal): Promise<ReplicationOutcome> {
		const outcome = emptyOutcome();
		if (signal.aborted) return { ...outcome, cancelled: true };
		this.#signal = signal;
		try {
			const pull = await this.#oneWay('pull', signal, outcome);
			if (pull.cancelled) return { ...outcome, cancelled: true };
			// A pull that failed for this device's own reasons (no room, a bad document) must not
			// keep the worker's records from going up; no network or no session stops both.
			if (pull.failure && stopsPush.has(pull.failure.kind)) return { ...outcome, failure: await this.#confirmed(pull.failure) };
			const push = await this.#oneWay('push', signal, outcome);
			if (push.cancelled) return { ...outcome, cancelled: true };
			const failure = pull.failure ?? push.failure;
			return failure ? { ...outcome, failure: await this.#confirmed(failure) } : outcome;
		} finally {
			this.#signal = undefined;
		}
	}

	#oneWay(direction: Direction, signal: AbortSignal, outcome: ReplicationOutcome): Promise<OneWay> {
		const remote = this.#remoteDb();
		const options: PouchDB.Replication.ReplicateOptions = {
			live: false,
			retry: false, // the engine owns retries and their back-off
			batch_size: this.#batchSize,
			batches_limit: this.#batchesLimit
		};
		const replication = direction === 'pull' ? this.#local.replicate.from(remote, options) : this.#local.replicate.to(remote, options);
		const written = direction === 'pull' ? outcome.pulled : outcome.pushed;
		const denied: unknown[] = [];

		return new Promise<OneWay>((resolve) => {
			const cancel = () => replication.cancel();
			signal.addEventListener('abort', cancel, { once: true });
			let finished = false;
			const finish = async (result: OneWay) => {
				if (finished) return;
				finished = true;
				signal.removeEventListener('abort', cancel);
				try {
					outcome.refused.push(...(await this.#refusals(denied, direction)));
				} finally {
					resolve(signal.aborted ? { cancelled: true } : result);
				}
			};
			// `on` returns the replication, which is also a promise: `void` marks it as handled here.
			void replication
				.on('change', (info) => {
					for (const doc of info.docs) written.push(revisionOf(doc));
				})
				.on('denied', (error) => denied.push(error))
				.on('complete', (info) => void finish({ cancelled: info.status === 'cancelled' }))
				.on('error', (error) => void finish({ cancelled: false, failure: replicationFailureOf(error) }));
		});
	}

	/** The server's answer to `_bulk_docs` names the document but not the revision: take the local one. */
	async #refusals(denied: unknown[], direction: Direction): Promise<DocRefusal[]> {
		const refusals: DocRefusal[] = [];
		for (const event of denied) {
			const refusal = refusalOf(event, direction);
			if (!refusal) continue;
			if (!refusal.rev && direction === 'push') {
				try {
					refusal.rev = (await this.#local.get(refusal.id))._rev;
				} catch {
					// Deleted or gone since: the refusal is still worth recording without its revision.
				}
			}
			refusals.push(refusal);
		}
		return refusals;
	}

	/**
	 * 401 and 403 mean "no session" or "not a member" depending on the server (pouchdb-server
	 * answers a signed-in non-member 401, CouchDB 3 answers 403): `_session` says which, so a
	 * worker removed from a team is not asked to sign in again and again.
	 */
	async #confirmed(failure: ReplicationFailure): Promise<ReplicationFailure> {
		if (failure.kind !== 'forbidden' && failure.kind !== 'unauthenticated') return failure;
		try {
			const response = await this.#requestFetch(`${this.#serverUrl}/_session`, { headers: { Accept: 'application/json' } });
			if (response.status === 401) return { ...failure, kind: 'unauthenticated' };
			if (!response.ok) return failure;
			const body = (await response.json()) as { userCtx?: { name?: string | null } };
			return { ...failure, kind: body.userCtx?.name ? 'forbidden' : 'unauthenticated' };
		} catch {
			// No answer: the database's own status decides.
			return failure;
		}
	}

	/** Read when first needed, so a replicator given `remote` needs no page location. */
	get #serverUrl(): string {
		return (this.#serverUrlOption ?? `${globalThis.location.origin}/db`).replace(/\/+$/, '');
	}

	#remoteDb(): PouchDB.Database {
		this.#remote ??= new PouchDB(`${this.#serverUrl}/${encodeURIComponent(this.db)}`, {
			fetch: (url, init) => this.#requestFetch(url, init),
			skip_setup: true // never try to create the server database: provisioning does that
		});
		return this.#remote;
	}

	/** Every request carries the session cookie, ends with the run, and times out. */
	#requestFetch = async (url: string | Request, init: RequestInit = {}): Promise<Response> => {
		const timeout = AbortSignal.timeout(this.#requestTimeoutMs);
		const signals = [timeout];
		if (this.#signal) signals.push(this.#signal);
		if (init.signal) signals.push(init.signal);
		try {
			const response = await this.#fetch(url, { ...init, credentials: 'include', signal: anySignal(signals) });
			return withJsonError(response);
		} catch (error) {
			// PouchDB keeps an error's message but not a DOMException's name: say it in the message.
			if (timeout.aborted && !this.#signal?.aborted) throw new TypeError(`Failed to fetch: no answer within ${this.#requestTimeoutMs} ms`, { cause: error });
			throw error;
		}
	};
}

function revisionOf(doc: { _id: string; _rev: string }): DocRevision {
	return { id: doc._id, rev: doc._rev };
}

/**
 * A proxy's own error page (nginx's HTML 502) would reach PouchDB as a JSON syntax error with no
 * status; rewritten as CouchDB-style JSON, its status survives to the failure kind.
 */
export async function withJsonError(response: Response): Promise<Response> {
	if (response.ok || (response.headers.get('Content-Type') ?? '').includes('json')) return response;
	await response.body?.cancel();
	const body = JSON.stringify({ error: 'http_error', reason: `${response.status} ${response.statusText}`.trim() });
	return new Response(body, { status: response.status, statusText: response.statusText, headers: { 'Content-Type': 'application/json' } });
}

/** AbortSignal.any, with a fallback for engines before it (Safari < 17.4). */
function anySignal(signals: AbortSignal[]): AbortSignal {
	if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
	const controller = new AbortController();
	for (const signal of signals) {
		if (signal.aborted) {
			controller.abort(signal.reason);
			break;
		}
		signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
	}
	return controller.signal;
}
