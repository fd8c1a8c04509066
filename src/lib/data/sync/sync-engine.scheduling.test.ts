// When the sync engine runs, and when it must not: the scheduling failure modes, named as tests.
import { describe, expect, it } from 'vitest';
import { engineHarness, outcome } from './sync-test-doubles';

describe('sync engine: scheduling', () => {
	it('does nothing while offline, and records nothing as an error', async () => {
		const h = await engineHarness({ dbs: ['team-a', 'team-b'], online: false });
		await h.engine.start();
		h.engine.notifyLocalWrite('team-a');
		await h.advance(1_500);
		await h.advance(60_000);
		await h.engine.syncNow();

		expect(h.replicator('team-a').calls).toBe(0);
		expect(h.replicator('team-b').calls).toBe(0);
		expect(h.engine.status.state).toBe('offline');
		expect(h.engine.status.databases.map((database) => database.state)).toEqual(['offline', 'offline']);
		expect(h.engine.status.lastError).toBeUndefined();
		expect(await h.userDb.journal.count()).toBe(0);
		expect((await h.userDb.sources.toArray()).filter((source) => source.lastError)).toEqual([]);
		expect(h.states).not.toContain('error');
	});

	it('runs when the device comes back online', async () => {
		const h = await engineHarness({ dbs: ['team-a', 'team-b'], online: false });
		await h.engine.start();
		h.network.set(true);
		await h.engine.settled();

		expect(h.replicator('team-a').calls).toBe(1);
		expect(h.replicator('team-b').calls).toBe(1);
		expect(h.engine.status.state).toBe('idle');
		expect(h.engine.status.lastSyncAt).toBe(h.clock.now().toISOString());
	});

	it('runs one sync at a time: triggers during a run make exactly one follow-up run', async () => {
		const h = await engineHarness({ dbs: ['team-a', 'team-b'] });
		const gate = h.replicator('team-a').hold();
		await h.engine.start();
		await gate.started;

		void h.engine.syncNow();
		h.network.set(true);
		h.engine.notifyLocalWrite('team-b');
		h.clock.advance(1_500);
		h.clock.advance(60_000); // the periodic run falls due during the held run as well
		await Promise.resolve();
		expect(h.replicator('team-a').calls).toBe(1);
		expect(h.replicator('team-b').calls).toBe(0);

		gate.release();
		await h.engine.settled();
		expect(h.replicator('team-a').calls).toBe(2);
		expect(h.replicator('team-b').calls).toBe(2);
		expect(h.probe.most).toBe(1);
	});

	it('syncs the databases in turns, never two replications at once', async () => {
		const h = await engineHarness({ dbs: ['team-a', 'team-b', 'promoter-c'] });
		for (const db of ['team-a', 'team-b', 'promoter-c']) {
			// Each replication yields several times, so an engine that ran them together would overlap.
			h.replicator(db).always(async () => {
				for (let i = 0; i < 5; i++) await Promise.resolve();
				return outcome({});
			});
		}
		await h.engine.start();
		await h.engine.settled();

		expect(h.probe.order).toEqual(['team-a', 'team-b', 'promoter-c']);
		expect(h.probe.most).toBe(1);
	});

	it('coalesces a burst of local writes into one run, after the writes pause', async () => {
		const h = await engineHarness({ dbs: ['team-a', 'team-b'] });
		await h.engine.start();
		await h.engine.settled();

		h.engine.notifyLocalWrite('team-a');
		await h.advance(1_000);
		h.engine.notifyLocalWrite('team-a');
		await h.advance(1_000);
		h.engine.notifyLocalWrite('team-a');
		await h.advance(1_499);
		expect(h.replicator('team-a').calls).toBe(1);

		await h.advance(1);
		expect(h.replicator('team-a').calls).toBe(2);
		// Only the database written to; the other waits for its periodic run.
		expect(h.replicator('team-b').calls).toBe(1);
	});

	it('runs periodically while online, counted from the end of the last run', async () => {
		const h = await engineHarness({ dbs: ['team-a'] });
		await h.engine.start();
		await h.engine.settled();

		await h.advance(59_999);
		expect(h.replicator('team-a').calls).toBe(1);
		await h.advance(1);
		expect(h.replicator('team-a').calls).toBe(2);

		h.engine.notifyLocalWrite('team-a');
		await h.advance(1_500); // a run 1.5 s in restarts the 60 s
		await h.advance(58_500);
		expect(h.replicator('team-a').calls).toBe(3);
		await h.advance(1_500);
		expect(h.replicator('team-a').calls).toBe(4);
	});

	it('stop cancels the replication in flight and every timer, and ignores later triggers', async () => {
		const h = await engineHarness({ dbs: ['team-a', 'team-b'] });
		const gate = h.replicator('team-a').hold();
		await h.engine.start();
		await gate.started;
		h.engine.notifyLocalWrite('team-b');

		await h.engine.stop();
		expect(h.engine.status.state).not.toBe('syncing');
		expect(h.clock.pendingDelays()).toEqual([]);
		expect(h.network.watchers).toBe(0);

		h.engine.notifyLocalWrite('team-a');
		h.network.set(true);
		await h.advance(120_000);
		expect(h.replicator('team-a').calls).toBe(1);
		expect(h.replicator('team-b').calls).toBe(0);
		// A cancelled run is neither a success nor a failure.
		expect(h.engine.status.lastSyncAt).toBeUndefined();
		expect(h.engine.status.lastError).toBeUndefined();
	});

	it('can start again after stop, even from needs-login (a sign-out and sign-in)', async () => {
		const h = await engineHarness({ dbs: ['team-a'] });
		h.replicator('team-a').next(outcome({ failure: { kind: 'unauthenticated', message: 'Session expired', status: 401 } }));
		await h.engine.start();
		await h.engine.settled();
		expect(h.engine.status.state).toBe('needs-login');
		await h.engine.stop();
		await h.engine.start();
		await h.engine.settled();
		expect(h.replicator('team-a').calls).toBe(2);
		expect(h.engine.status.state).toBe('idle');
		expect(h.network.watchers).toBe(1);
	});
});
