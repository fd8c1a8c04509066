// Reads a PouchDB replication error (an HTTP answer, a failed fetch, a full disk) as a failure kind.
import type { DocRefusal, ReplicationFailure } from './replicator';

interface ErrorLike {
	status?: unknown;
	name?: unknown;
	error?: unknown;
	message?: unknown;
	reason?: unknown;
	code?: unknown;
	cause?: { code?: unknown; name?: unknown } | undefined;
}

/* PouchDB copies a failed fetch's own properties into its own error type, so the TypeError's name
 * is lost and only the message says "fetch" (Chromium "Failed to fetch", Firefox "NetworkError
 * when attempting to fetch resource.", Safari "Load failed", Node "fetch failed"). */
const networkMessage = /failed to fetch|fetch failed|networkerror|network error|load failed|network request failed/i;
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);
/** answers from a proxy or load balancer that could not reach CouchDB */
const gatewayStatuses = new Set([502, 503, 504]);

export function replicationFailureOf(error: unknown): ReplicationFailure {
	const e: ErrorLike = typeof error === 'object' && error !== null ? (error as ErrorLike) : {};
	const status = typeof e.status === 'number' && e.status > 0 ? e.status : undefined;
	const message = text(e.reason) ?? text(e.message) ?? text(e.error) ?? text(e.name) ?? String(error);
	const withStatus = status !== undefined ? { status } : {};

	if (isStorageFull(e, message)) return { kind: 'storage-full', message, ...withStatus };
	if (status === 401) return { kind: 'unauthenticated', message, status };
	if (status === 403) return { kind: 'forbidden', message, status };
	if (status !== undefined && gatewayStatuses.has(status)) return { kind: 'unreachable', message, status };
	if (status === undefined && isNetworkFailure(e, message)) return { kind: 'unreachable', message };
	return { kind: 'failed', message, ...withStatus };
}

/** A `denied` event's payload: the server's per-document answer from `_bulk_docs`. */
export function refusalOf(denied: unknown, direction: DocRefusal['direction']): DocRefusal | undefined {
	const e = typeof denied === 'object' && denied !== null ? (denied as ErrorLike & { id?: unknown; rev?: unknown }) : {};
	const id = text(e.id);
	if (!id) return undefined;
	const rev = text(e.rev);
	const reason = text(e.reason) ?? text(e.message) ?? text(e.name) ?? 'refused by the server';
	return { id, reason, direction, ...(rev ? { rev } : {}) };
}

function isNetworkFailure(e: ErrorLike, message: string): boolean {
	if (e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError') return true;
	if (typeof e.code === 'string' && networkCodes.has(e.code)) return true;
	if (typeof e.cause?.code === 'string' && networkCodes.has(e.cause.code)) return true;
	return networkMessage.test(message);
}

function isStorageFull(e: ErrorLike, message: string): boolean {
	return e.name === 'QuotaExceededError' || e.cause?.name === 'QuotaExceededError' || /quota/i.test(message);
}

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.length > 0 ? value : undefined;
}
