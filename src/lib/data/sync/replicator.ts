// The contract between the sync engine and whatever moves documents to and from one server database.

/** One revision of one document that is now on both sides. */
export interface DocRevision {
	id: string;
	rev: string;
}

/** A document the other side refused to store (validate_doc_update said no), with its reason. */
export interface DocRefusal {
	id: string;
	/** the refused revision; absent when neither the server nor the local database could say */
	rev?: string;
	reason: string;
	direction: 'push' | 'pull';
}

/**
 * Why a replication stopped short, as far as the engine needs to know to decide what next:
 * - `unreachable`: no answer (network down, proxy 502/503/504, timeout): wait, or retry soon;
 * - `unauthenticated`: the server session is gone: stop until the user signs in again;
 * - `forbidden`: signed in, but this database refuses the user: retrying will not help soon;
 * - `storage-full`: the device has no room for what the server sent;
 * - `failed`: anything else (server error, a bug): retry with back-off.
 */
export type ReplicationFailureKind = 'unreachable' | 'unauthenticated' | 'forbidden' | 'storage-full' | 'failed';

export interface ReplicationFailure {
	kind: ReplicationFailureKind;
	message: string;
	/** the HTTP status, when there was an answer */
	status?: number;
}

/**
 * What one bounded two-way replication did. Whatever moved before a failure is still reported,
 * since those documents are written and the read model must hear about them.
 */
export interface ReplicationOutcome {
	/** written to the local database from the server */
	pulled: DocRevision[];
	/** written to the server from the local database */
	pushed: DocRevision[];
	refused: DocRefusal[];
	failure?: ReplicationFailure;
	/** the engine asked it to stop (stop(), logout) before it finished */
	cancelled?: boolean;
}

/** Syncs one local database with its server database: pull, then push, then resolve. */
export interface Replicator {
	/** the server database's name, which is also the local database's key in `sources` */
	readonly db: string;
	/** Resolves, never rejects: every failure is described in the outcome. */
	replicate(signal: AbortSignal): Promise<ReplicationOutcome>;
}

export function emptyOutcome(): ReplicationOutcome {
	return { pulled: [], pushed: [], refused: [] };
}
