import { describe, expect, it } from 'vitest';
import type { SyncCounts } from '$lib/data/read-model';
import type { SyncStatus } from '$lib/data/sync/sync-status';
import { syncStatus, type SyncCountsSource, type SyncStatusSource } from './sync-status.svelte';

function fakeEngine() {
	const listeners = new Set<(status: SyncStatus) => void>();
	const source: SyncStatusSource = {
		subscribe(listener) {
			listeners.add(listener);
			listener({ state: 'idle', online: true, databases: [] });
			return () => listeners.delete(listener);
		}
	};
	return { source, emit: (status: SyncStatus) => listeners.forEach((listener) => listener(status)), listening: () => listeners.size };
}

function fakeCounts() {
	let next: ((counts: SyncCounts) => void) | undefined;
	const source: SyncCountsSource = {
		subscribe(onNext) {
			next = onNext;
			return { unsubscribe: () => (next = undefined) };
		}
	};
	return { source, emit: (counts: SyncCounts) => next?.(counts), listening: () => next !== undefined };
}

describe('sync status for the UI', () => {
	/* The node test project resolves Svelte's server build, where effects never run, so this checks
	 * the values the getters give, not that effects re-run (that needs the `browser` condition). */
	it('follows the engine and the counts until told to stop', () => {
		const engine = fakeEngine();
		const counts = fakeCounts();
		const stop = syncStatus.follow(engine.source, counts.source);

		engine.emit({ state: 'syncing', online: true, databases: [{ db: 'team-a', state: 'syncing' }] });
		expect(syncStatus.state).toBe('syncing');
		counts.emit({ pending: 3, refused: 1, conflict: 2 });
		expect(syncStatus.pending).toBe(3);
		engine.emit({
			state: 'error',
			online: true,
			lastSyncAt: '2026-11-24T09:00:00.000Z',
			lastError: { kind: 'failed', message: 'Internal Server Error', status: 500, at: '2026-11-24T09:01:00.000Z' },
			databases: [{ db: 'team-a', state: 'error' }]
		});

		expect(syncStatus.state).toBe('error');
		expect(syncStatus.refused).toBe(1);
		expect(syncStatus.conflicts).toBe(2);
		expect(syncStatus.lastSyncAt).toBe('2026-11-24T09:00:00.000Z');
		expect(syncStatus.lastError?.message).toBe('Internal Server Error');
		expect(syncStatus.databases.map((database) => database.state)).toEqual(['error']);

		stop();
		expect(engine.listening()).toBe(0);
		expect(counts.listening()).toBe(false);
		expect(syncStatus.state).toBe('idle');
		expect(syncStatus.pending).toBe(0);
	});
});
