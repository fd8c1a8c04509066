// What the sync engine does when things go wrong: back-off, refusals, a lost session, broken hooks.
import { describe, expect, it, vi } from 'vitest';
import type { DocRefusal, DocRevision } from './replicator';
import { engineHarness, freshUserDb, outcome } from './sync-test-doubles';

const serverError = outcome({ failure: { kind: 'failed', message: 'Internal Server Error', status: 500 } });
const sessionExpired = outcome({ failure: { kind: 'unauthenticated', message: 'You are not authorized to access this db.', status: 401 } });

describe('sync engine: failures', () => {
	it('backs off after failures, growing to a cap of 5 s, and starts afresh after a success', async () => {
		const h = await engineHarness({ dbs: ['team-a'] });
		const a = h.replicator('team-a').always(serverError);
		await h.engine.start();
		await h.engine.settled();
		expect(a.calls).toBe(1);

		for (const delay of [1_000, 2_000, 4_000, 5_000, 5_000]) {
			const calls = a.calls;
			await h.advance(delay - 1);
			expect(a.calls).toBe(calls);
			expect(h.engine.status.retryAt).toBe(new Date(h.clock.now().getTime() + 1).toISOString());
			await h.advance(1);
			expect(a.calls).toBe(calls + 1);
		}

		a.always(outcome({}));
		await h.advance(5_000);
		expect(h.engine.status.state).toBe('idle');
		expect(h.engine.status.retryAt).toBeUndefined();

		a.always(serverError);
		await h.engine.syncNow();
		const calls = a.calls;
		await h.advance(1_000);
		expect(a.calls).toBe(calls + 1);
	});

	it('journals a failure once per streak, not on every retry', async () => {
		const h = await engineHarness({ dbs: ['team-a'] });
		h.replicator('team-a').always(serverError);
		await h.engine.start();
		await h.engine.settled();
		for (const delay of [1_000, 2_000, 4_000]) await h.advance(delay);

		const errors = await h.userDb.journal.where('kind').equals('error').toArray();
		expect(errors).toHaveLength(1);
		expect(errors[0]?.reason).toBe('Internal Server Error');
	});

	it('moves idle → syncing → idle, and stamps the last successful sync', async () => {
		const h = await engineHarness({ dbs: ['team-a'] });
		await h.engine.start();
		await h.engine.settled();

		expect(h.states).toEqual(['idle', 'syncing', 'idle']);
		const stamped = h.clock.now().toISOString();
		expect(h.engine.status.lastSyncAt).toBe(stamped);
		expect((await h.userDb.sources.get('team-a'))?.lastSyncAt).toBe(stamped);
	});

	it('moves to error with the message when the server fails, and keeps it in sources', async () => {
		const h = await engineHarness({ dbs: ['team-a'] });
		h.replicator('team-a').always(serverError);
		await h.engine.start();
		await h.engine.settled();

		expect(h.states).toEqual(['idle', 'syncing', 'error']);
		expect(h.engine.status.lastError).toMatchObject({ kind: 'failed', message: 'Internal Server Error', status: 500 });
		expect(await h.userDb.sources.get('team-a')).toMatchObject({ lastError: 'Internal Server Error', lastErrorKind: 'failed' });
		expect(h.engine.status.lastSyncAt).toBeUndefined();
	});

	it('moves to offline, recording nothing, when the network drops during a run', async () => {
		const h = await engineHarness({ dbs: ['team-a'] });
		h.replicator('team-a').next(() => {
			h.network.set(false);
			return outcome({ failure: { kind: 'unreachable', message: 'Failed to fetch' } });
		});
		await h.engine.start();
		await h.engine.settled();

		expect(h.states).toEqual(['idle', 'syncing', 'offline']);
		expect(h.engine.status.lastError).toBeUndefined();
		expect(await h.userDb.journal.where('kind').equals('error').count()).toBe(0);
		// Nothing to retry until the network returns; then a run, not a back-off.
		expect(h.clock.pendingDelays()).toEqual([60_000]);
		h.network.set(true);
		await h.engine.settled();
		expect(h.engine.status.state).toBe('idle');
	});

	it('shows offline and retries when the browser says online but the server cannot be reached', async () => {
		const h = await engineHarness({ dbs: ['team-a'] });
		const a = h.replicator('team-a').next(outcome({ failure: { kind: 'unreachable', message: 'Bad Gateway', status: 502 } }));
		await h.engine.start();
		await h.engine.settled();

		expect(h.engine.status.state).toBe('offline');
		expect(h.engine.status.lastError?.kind).toBe('unreachable');
		await h.advance(1_000);
		expect(a.calls).toBe(2);
		expect(h.engine.status.state).toBe('idle');
		expect(h.engine.status.lastError).toBeUndefined();
	});

	it('records a refused document with its reason and still syncs the rest, without failing the run', async () => {
		const pushed: DocRevision[] = [
			{ id: 'visit:01J0A', rev: '1-aa' },
			{ id: 'visit:01J0B', rev: '1-bb' }
		];
		const refusal: DocRefusal = { id: 'visit:01J0C', rev: '2-cc', reason: 'only the author may amend a visit', direction: 'push' };
		const hooks = { onPushed: vi.fn(async () => {}), onRefused: vi.fn(async () => {}) };
		const h = await engineHarness({ dbs: ['team-a'], hooks });
		h.replicator('team-a').next(outcome({ pushed, refused: [refusal] }));
		await h.engine.start();
		await h.engine.settled();

		expect(hooks.onPushed).toHaveBeenCalledWith('team-a', pushed);
		expect(hooks.onRefused).toHaveBeenCalledWith('team-a', refusal);
		const journal = await h.userDb.journal.toArray();
		expect(journal).toContainEqual(expect.objectContaining({ kind: 'refused', docId: 'visit:01J0C', rev: '2-cc', reason: 'only the author may amend a visit' }));
		expect(journal).toContainEqual(expect.objectContaining({ kind: 'pushed', count: 2 }));
		expect(h.engine.status.state).toBe('idle');
		expect(h.engine.status.lastSyncAt).toBeDefined();
		expect(h.clock.pendingDelays()).toEqual([60_000]); // no retry
	});

	it('stops at needs-login when the session expires mid-run: no retries, nothing else synced, until resume', async () => {
		const hooks = { onPushed: vi.fn(async () => {}) };
		const h = await engineHarness({ dbs: ['team-a', 'team-b', 'team-c'], hooks });
		h.replicator('team-b').next(sessionExpired);
		await h.engine.start();
		await h.engine.settled();

		expect(h.replicator('team-a').calls).toBe(1);
		expect(h.replicator('team-b').calls).toBe(1);
		expect(h.replicator('team-c').calls).toBe(0);
		expect(h.engine.status.state).toBe('needs-login');
		expect(h.engine.status.databases.every((database) => database.state === 'needs-login')).toBe(true);
		expect(h.clock.pendingDelays()).toEqual([]);
		expect(await h.userDb.journal.where('kind').equals('session-expired').count()).toBe(1);

		h.engine.notifyLocalWrite('team-b');
		h.network.set(true);
		void h.engine.syncNow();
		await h.advance(10 * 60_000);
		expect(h.replicator('team-b').calls).toBe(1);
		expect(h.engine.status.state).toBe('needs-login');

		// After a fresh sign-in, what waited on the device goes up.
		const waiting = [{ id: 'visit:01J0D', rev: '3-dd' }];
		h.replicator('team-b').next(outcome({ pushed: waiting }));
		h.engine.resume();
		await h.engine.settled();
		expect(h.replicator('team-c').calls).toBe(1);
		expect(hooks.onPushed).toHaveBeenCalledWith('team-b', waiting);
		expect(h.engine.status.state).toBe('idle');
		expect(h.clock.pendingDelays()).toEqual([60_000]);
	});

	it('does not retry a database that refuses this user until the next periodic run', async () => {
		const h = await engineHarness({ dbs: ['team-a'] });
		const a = h.replicator('team-a').always(outcome({ failure: { kind: 'forbidden', message: 'You are not allowed to access this db.', status: 403 } }));
		await h.engine.start();
		await h.engine.settled();

		expect(h.engine.status.state).toBe('error');
		expect(h.clock.pendingDelays()).toEqual([60_000]);
		await h.advance(60_000);
		expect(a.calls).toBe(2);
	});

	it('offers documents again when a hook failed, and fails the run until they are taken', async () => {
		const pulled = [{ id: 'family:01J0E', rev: '4-ee' }];
		const onPulled = vi.fn<(db: string, docs: readonly DocRevision[]) => Promise<void>>().mockRejectedValueOnce(new Error('QuotaExceededError'));
		onPulled.mockResolvedValue(undefined);
		const h = await engineHarness({ dbs: ['team-a'], hooks: { onPulled } });
		h.replicator('team-a').next(outcome({ pulled }));
		await h.engine.start();
		await h.engine.settled();
		expect(h.engine.status.state).toBe('error');
		expect(h.engine.status.lastError?.message).toContain('read model');

		await h.advance(1_000); // the retry moves nothing new, but the pulled documents are offered again
		expect(onPulled).toHaveBeenCalledTimes(2);
		expect(onPulled).toHaveBeenLastCalledWith('team-a', pulled);
		expect(h.engine.status.state).toBe('idle');
	});

	it('keeps the last successful sync and the last error across a reload', async () => {
		const userDb = await freshUserDb();
		const first = await engineHarness({ dbs: ['team-a', 'team-b'], userDb });
		first.replicator('team-b').next(serverError);
		await first.engine.start();
		await first.engine.settled();
		await first.engine.stop();
		const syncedAt = first.engine.status.databases[0]?.lastSyncAt;

		const reloaded = await engineHarness({ dbs: ['team-a', 'team-b'], userDb, online: false });
		await reloaded.engine.start();
		const [a, b] = reloaded.engine.status.databases;
		expect(a?.lastSyncAt).toBe(syncedAt);
		expect(b?.lastError).toMatchObject({ kind: 'failed', message: 'Internal Server Error', status: 500 });
		expect(reloaded.engine.status.lastSyncAt).toBeUndefined(); // team-b has never synced
	});

	it("never overwrites the projection's place in sources", async () => {
		const h = await engineHarness({ dbs: ['team-a'] });
		await h.userDb.sources.put({ db: 'team-a', projectedSeq: '42-g1AAAA' });
		await h.engine.start();
		await h.engine.settled();
		expect(await h.userDb.sources.get('team-a')).toMatchObject({ projectedSeq: '42-g1AAAA', lastSyncAt: h.clock.now().toISOString() });
	});
});
