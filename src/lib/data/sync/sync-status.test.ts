import { describe, expect, it } from 'vitest';
import type { DatabaseSyncStatus } from './sync-status';
import { summariseSync } from './sync-status';

const online = { online: true, running: false };

describe('the overall sync status', () => {
	it('claims a last sync only as recent as the database that synced longest ago', () => {
		const databases: DatabaseSyncStatus[] = [
			{ db: 'team-a', state: 'idle', lastSyncAt: '2026-11-24T09:05:00.000Z' },
			{ db: 'team-b', state: 'idle', lastSyncAt: '2026-11-24T08:00:00.000Z' }
		];
		expect(summariseSync(databases, online).lastSyncAt).toBe('2026-11-24T08:00:00.000Z');
	});

	it('claims no last sync while any database has never synced', () => {
		const databases: DatabaseSyncStatus[] = [{ db: 'team-a', state: 'idle', lastSyncAt: '2026-11-24T09:05:00.000Z' }, { db: 'team-b', state: 'idle' }];
		expect(summariseSync(databases, online).lastSyncAt).toBeUndefined();
	});

	it('ranks needs-login over syncing over offline over error', () => {
		const db = (state: DatabaseSyncStatus['state']): DatabaseSyncStatus => ({ db: state, state });
		expect(summariseSync([db('error'), db('needs-login')], { online: true, running: true }).state).toBe('needs-login');
		expect(summariseSync([db('error'), db('offline')], { online: true, running: true }).state).toBe('syncing');
		expect(summariseSync([db('error'), db('offline')], online).state).toBe('offline');
		expect(summariseSync([db('error'), db('idle')], { online: false, running: false }).state).toBe('offline');
		expect(summariseSync([db('error'), db('idle')], online).state).toBe('error');
		expect(summariseSync([db('idle')], online).state).toBe('idle');
	});

	it('shows the newest error', () => {
		const databases: DatabaseSyncStatus[] = [
			{ db: 'team-a', state: 'error', lastError: { kind: 'failed', message: 'older', at: '2026-11-24T08:00:00.000Z' } },
			{ db: 'team-b', state: 'error', lastError: { kind: 'forbidden', message: 'newer', at: '2026-11-24T09:00:00.000Z' } }
		];
		expect(summariseSync(databases, online).lastError?.message).toBe('newer');
	});
});
