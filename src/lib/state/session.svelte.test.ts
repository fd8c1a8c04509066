import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDataKey } from '$lib/data/crypto/keys';
import { DeviceDb } from '$lib/data/device-db';
import type { SessionAnswer } from '$lib/data/session/couch-session';
import type { SyncStatus } from '$lib/data/sync/sync-status';
import { MemoryField } from './memory-field.svelte';
import { SessionState, type SessionDeps, type SessionWorkspace } from './session.svelte';

/* The node test project resolves Svelte's server build: these check the state the getters give. */

class FakeWorkspace implements SessionWorkspace {
	closed = false;
	resumed = 0;
	#listeners = new Set<(status: SyncStatus) => void>();
	readonly sync = {
		subscribe: (listener: (status: SyncStatus) => void) => {
			this.#listeners.add(listener);
			return () => this.#listeners.delete(listener);
		}
	};
	constructor(
		readonly user: string,
		readonly dataKey: CryptoKey
	) {}
	async close() {
		this.closed = true;
	}
	resumeAfterSignIn() {
		this.resumed += 1;
	}
	/** One sync run, start to end. */
	syncRun() {
		for (const state of ['syncing', 'idle'] as const) for (const listener of this.#listeners) listener({ state, online: true, databases: [] });
	}
}

function memoryStorage(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		key: (i: number) => [...items.keys()][i] ?? null,
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key),
		clear: () => items.clear()
	};
}

let device: DeviceDb;
let storage: Storage;
let server: { login: SessionAnswer; current: SessionAnswer; closed: number };
let workspaces: FakeWorkspace[];
let wiped: string[];
let flushed: number;
/** the order of what reached the server and the workspaces */
let events: string[];

function newTab(): SessionState<FakeWorkspace> {
	const deps: SessionDeps<FakeWorkspace> = {
		device: () => device,
		openWorkspace: async (account, dataKey) => {
			events.push(`open ${account.name}`);
			const workspace = new FakeWorkspace(account.name, dataKey);
			workspaces.push(workspace);
			return workspace;
		},
		followSync: () => () => {},
		wipe: async (name) => {
			wiped.push(name);
			await device.accounts.delete(name);
		},
		server: {
			open: async () => server.login,
			current: async () => server.current,
			close: async () => {
				events.push('end session');
				server.closed += 1;
			}
		},
		flush: async () => {
			flushed += 1;
		},
		storage: () => storage,
		online: () => true,
		createDataKey: (password) => createDataKey(password, 1000)
	};
	return new SessionState(() => deps);
}

const midwife: SessionAnswer = { kind: 'ok', name: 'midwife1', roles: ['midwife', 'team:chuo'] };
const phn: SessionAnswer = { kind: 'ok', name: 'phn1', roles: ['phn', 'team:chuo'] };
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

beforeEach(() => {
	device = new DeviceDb(`device-${Math.random()}`);
	storage = memoryStorage();
	server = { login: midwife, current: midwife, closed: 0 };
	workspaces = [];
	wiped = [];
	flushed = 0;
	events = [];
});

afterEach(async () => {
	await device.delete();
});

async function signedIn(): Promise<SessionState<FakeWorkspace>> {
	const session = newTab();
	await session.restore();
	expect(session.phase).toBe('signed-out');
	expect(await session.signIn('midwife1', 'pw')).toMatchObject({ kind: 'signed-in' });
	return session;
}

describe('the session', () => {
	it('opens the workspace with the unwrapped key at sign-in and keeps only the name in the tab', async () => {
		const session = await signedIn();
		expect(session.phase).toBe('unlocked');
		expect(session.workspace?.user).toBe('midwife1');
		expect(session.workspace?.dataKey.type).toBe('secret');
		expect([...Array(storage.length).keys()].map((i) => [storage.key(i), storage.getItem(storage.key(i)!)])).toEqual([['yorisoi.activeUser', 'midwife1']]);
	});

	it('locks: saves open forms first, then closes the workspace and forgets the account', async () => {
		const session = await signedIn();
		const workspace = session.workspace!;
		await session.lock();
		expect(flushed).toBe(1);
		expect(workspace.closed).toBe(true);
		expect([session.phase, session.lockedUser, session.account, session.workspace]).toEqual(['locked', 'midwife1', undefined, undefined]);
	});

	it('comes back locked after a reload, and unlocks with the password into a new workspace', async () => {
		await signedIn();
		const reloaded = newTab();
		await reloaded.restore();
		expect([reloaded.phase, reloaded.lockedUser, reloaded.workspace]).toEqual(['locked', 'midwife1', undefined]);

		expect(await reloaded.unlock('wrong')).toMatchObject({ kind: 'wrong-password', failedAttempts: 1 });
		expect(reloaded.phase).toBe('locked');
		expect(await reloaded.unlock('pw')).toMatchObject({ kind: 'signed-in' });
		expect(reloaded.phase).toBe('unlocked');
		expect(workspaces.map((w) => w.user)).toEqual(['midwife1', 'midwife1']);
		await settle();
		// The server heard from the worker in passing, so sync carries on with a fresh session.
		expect(reloaded.workspace?.resumed).toBe(1);
	});

	it('erases the user’s data at the tenth wrong unlock and says so', async () => {
		const session = await signedIn();
		await session.lock();
		await device.accounts.update('midwife1', { failedAttempts: 9, lastFailedAt: '2026-01-01T00:00:00Z' });
		expect(await session.unlock('wrong')).toEqual({ kind: 'wiped', name: 'midwife1' });
		expect(wiped).toEqual(['midwife1']);
		expect([session.phase, session.lockedUser, session.notice]).toEqual(['signed-out', undefined, { kind: 'wiped', name: 'midwife1' }]);
		expect(storage.getItem('yorisoi.activeUser')).toBeNull();
	});

	it('switches user from the lock screen: the first user’s data stays, their server session ends', async () => {
		const session = await signedIn();
		const search = new MemoryField('families.search');
		search.value = '石田';
		await session.lock();
		await session.switchUser();
		expect([session.phase, storage.getItem('yorisoi.activeUser'), server.closed]).toEqual(['signed-out', null, 1]);
		expect(new MemoryField('families.search').value).toBe('');

		server.login = phn;
		await session.signIn('phn1', 'phn-pw');
		expect(session.workspace?.user).toBe('phn1');
		await session.lock();
		await session.switchUser();
		server.login = midwife;
		await session.signIn('midwife1', 'pw');
		expect(session.workspace?.user).toBe('midwife1');
		expect(wiped).toEqual([]);
		expect((await device.accounts.toCollection().primaryKeys()).sort()).toEqual(['midwife1', 'phn1']);
	});

	it('erases a user disabled on the server after the next sync run', async () => {
		const session = await signedIn();
		const workspace = session.workspace!;
		server.current = { kind: 'ok', name: 'midwife1', roles: ['midwife', 'team:chuo', 'disabled'] };
		workspace.syncRun();
		await settle();
		expect(workspace.closed).toBe(true);
		expect(wiped).toEqual(['midwife1']);
		expect([session.phase, session.notice]).toEqual(['signed-out', { kind: 'disabled', name: 'midwife1' }]);
	});

	it('erases a user disabled on the server when they unlock online', async () => {
		const session = await signedIn();
		await session.lock();
		server.login = { kind: 'ok', name: 'midwife1', roles: ['midwife', 'team:chuo', 'disabled'] };
		await session.unlock('pw');
		await settle();
		expect(wiped).toEqual(['midwife1']);
		expect(session.notice).toEqual({ kind: 'disabled', name: 'midwife1' });
	});

	it('ends a server session that belongs to someone else instead of syncing as them', async () => {
		const session = await signedIn();
		server.current = phn;
		session.workspace!.syncRun();
		await settle();
		expect(server.closed).toBe(1);
		expect([session.phase, wiped]).toEqual(['unlocked', []]);
	});

	it('ends another user’s server session before opening the workspace of someone unlocking', async () => {
		const session = await signedIn();
		await session.lock();
		// A user switch made offline could not end phn1's session on the server.
		server.current = phn;
		events = [];
		await session.unlock('pw');
		expect(events).toEqual(['end session', 'open midwife1']);
	});

	it('keeps the data at a plain sign-out and erases it when asked, saying so', async () => {
		const session = await signedIn();
		await session.signOut({ wipe: false });
		expect([session.phase, wiped, flushed]).toEqual(['signed-out', [], 1]);
		await session.signIn('midwife1', 'pw');
		await session.signOut({ wipe: true });
		expect([session.phase, wiped, session.notice]).toEqual(['signed-out', ['midwife1'], { kind: 'erased', name: 'midwife1' }]);
	});

	it('starts at the login screen when the remembered user is no longer on the device', async () => {
		storage.setItem('yorisoi.activeUser', 'midwife1');
		const session = newTab();
		await session.restore();
		expect(session.phase).toBe('signed-out');
		expect(storage.getItem('yorisoi.activeUser')).toBeNull();
	});

	it('asks for the previous password after a change on the server, and reopens the same data with it', async () => {
		const session = await signedIn();
		await session.signOut({ wipe: false });
		const result = await session.signIn('midwife1', 'new-pw');
		expect(result).toMatchObject({ kind: 'password-changed' });
		expect(await session.rewrap('midwife1', 'new-pw', 'pw')).toMatchObject({ kind: 'signed-in' });
		expect(session.phase).toBe('unlocked');
	});
});
