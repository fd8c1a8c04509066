// How replication errors are read: each row is an error as PouchDB surfaces it, and what it means.
import { describe, expect, it } from 'vitest';
import { refusalOf, replicationFailureOf } from './replication-failure';

/** PouchDB's own error shape after `generateErrorFromResponse` / `createError`. */
const pouchError = (status: number, name: string, reason: string) => Object.assign(Object.create(Error.prototype) as object, { status, name, message: reason, reason, error: true });

describe('reading a replication error', () => {
	it.each([
		['a 401 from CouchDB', pouchError(401, 'unauthorized', 'You are not authorized to access this db.'), 'unauthenticated', 401],
		['a 403 on the database', pouchError(403, 'forbidden', 'You are not allowed to access this db.'), 'forbidden', 403],
		["the launcher proxy's 502", pouchError(502, 'unavailable', 'The database server is not reachable.'), 'unreachable', 502],
		['a 503 while CouchDB starts', pouchError(503, 'service_unavailable', 'Service unavailable'), 'unreachable', 503],
		['a 504 from a gateway', pouchError(504, 'http_error', '504 Gateway Timeout'), 'unreachable', 504],
		['a 500 from CouchDB', pouchError(500, 'unknown_error', 'function_clause'), 'failed', 500],
		['a 404: the database is gone', pouchError(404, 'not_found', 'Database does not exist.'), 'failed', 404]
	])('%s', (_what, error, kind, status) => {
		expect(replicationFailureOf(error)).toMatchObject({ kind, status });
	});

	it.each([
		['Chromium', 'Failed to fetch'],
		['Firefox', 'NetworkError when attempting to fetch resource.'],
		['Safari', 'Load failed'],
		['Node', 'fetch failed']
	])('reads a failed fetch in %s as unreachable', (_engine, message) => {
		// PouchDB copies the TypeError's own properties only: the message survives, the name does not.
		expect(replicationFailureOf({ message, stack: '' })).toEqual({ kind: 'unreachable', message });
	});

	it('reads a refused connection (by its cause code) as unreachable', () => {
		expect(replicationFailureOf({ message: 'oops', cause: { code: 'ECONNREFUSED' } }).kind).toBe('unreachable');
	});

	it('reads a full disk as storage-full, whatever the status', () => {
		expect(replicationFailureOf({ name: 'QuotaExceededError', message: 'The quota has been exceeded.' }).kind).toBe('storage-full');
		expect(replicationFailureOf(pouchError(500, 'indexed_db_went_bad', 'QuotaExceededError: quota exceeded')).kind).toBe('storage-full');
	});

	it('keeps anything else as a failure with its message', () => {
		expect(replicationFailureOf(new Error('There was a problem getting docs.'))).toEqual({ kind: 'failed', message: 'There was a problem getting docs.' });
		expect(replicationFailureOf('weird')).toEqual({ kind: 'failed', message: 'weird' });
	});
});

describe('reading a denied event', () => {
	it('takes the id and the reason the validate function threw', () => {
		const denied = { id: 'visit:01J0C', error: 'forbidden', name: 'forbidden', status: 500, reason: 'only the author may amend a visit', message: 'only the author may amend a visit' };
		expect(refusalOf(denied, 'push')).toEqual({ id: 'visit:01J0C', reason: 'only the author may amend a visit', direction: 'push' });
	});

	it('keeps the revision when the server names it', () => {
		expect(refusalOf({ id: 'a', rev: '2-b', name: 'unauthorized', reason: 'not yours' }, 'push')).toEqual({ id: 'a', rev: '2-b', reason: 'not yours', direction: 'push' });
	});

	it('ignores an event that names no document', () => {
		expect(refusalOf({ name: 'forbidden' }, 'push')).toBeUndefined();
	});
});
