import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDataKey } from '../crypto/keys';
import { DeviceDb, type DeviceAccount } from '../device-db';
import type { SessionAnswer } from './couch-session';
import { rewrapWithPreviousPassword, signIn, startAfresh, unlock, type SignInDeps, type SignInResult } from './sign-in';

let device: DeviceDb;
let server: SessionAnswer;
let clock: Date;
let wiped: string[];

function deps(): SignInDeps {
	return {
		device,
		now: () => clock,
		openSession: async () => server,
		// Few iterations: the parameter is what matters here, not the machine's patience.
		createDataKey: (password) => createDataKey(password, 1000),
		wipe: async (name) => {
			wiped.push(name);
			await device.accounts.delete(name);
		}
	};
}

const midwife: SessionAnswer = { kind: 'ok', name: 'midwife1', roles: ['midwife', 'team:chuo'] };

/** Waits out whatever delay the last wrong attempt imposed. */
function later(result: SignInResult) {
	if (result.kind === 'wrong-password' && result.retryAt) clock = new Date(result.retryAt.getTime() + 1000);
}

beforeEach(() => {
	device = new DeviceDb(`device-${Math.random()}`);
	clock = new Date('2026-11-24T09:00:00Z');
	wiped = [];
});

afterEach(async () => {
	await device.delete();
});

describe('signIn', () => {
	it('signs in online the first time and keeps a wrapped data key, never the password', async () => {
		server = midwife;
		const result = await signIn(' midwife1 ', 'yorisoi-demo', deps());
		expect(result).toMatchObject({ kind: 'signed-in', online: true, account: { name: 'midwife1', databases: ['yorisoi-team-chuo'] } });
		expect(result.kind === 'signed-in' && result.dataKey.extractable).toBe(false);
		const stored = await device.accounts.get('midwife1');
		expect(stored?.dataKey.kdf).toMatchObject({ name: 'PBKDF2', iterations: 1000 });
		expect(JSON.stringify(stored)).not.toContain('yorisoi-demo');
	});

	it('opens the same key at every later sign-in, online or not', async () => {
		server = midwife;
		const first = await signIn('midwife1', 'yorisoi-demo', deps());
		const wrap = (await device.accounts.get('midwife1'))?.dataKey;
		const again = await signIn('midwife1', 'yorisoi-demo', deps());
		server = { kind: 'offline' };
		const offline = await signIn('midwife1', 'yorisoi-demo', deps());
		expect([first.kind, again.kind, offline.kind]).toEqual(['signed-in', 'signed-in', 'signed-in']);
		expect((await device.accounts.get('midwife1'))?.dataKey).toEqual(wrap);
		// The same key: what one sealed, the other opens.
		const iv = new Uint8Array(12);
		const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, (first as { dataKey: CryptoKey }).dataKey, new TextEncoder().encode('石田'));
		const opened = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, (offline as { dataKey: CryptoKey }).dataKey, sealed);
		expect(new TextDecoder().decode(opened)).toBe('石田');
	});

	it('cannot sign in for the first time without the network', async () => {
		server = { kind: 'offline' };
		expect(await signIn('midwife1', 'yorisoi-demo', deps())).toEqual({ kind: 'needs-network' });
		expect(await device.accounts.count()).toBe(0);
	});

	it('falls back to the wrapped key when the server fails, not only when offline', async () => {
		server = midwife;
		await signIn('midwife1', 'yorisoi-demo', deps());
		server = { kind: 'server-error', status: 500 };
		expect(await signIn('midwife1', 'yorisoi-demo', deps())).toMatchObject({ kind: 'signed-in', online: false });
	});

	it('refuses a wrong password offline and makes the wait grow', async () => {
		server = midwife;
		await signIn('midwife1', 'yorisoi-demo', deps());
		server = { kind: 'offline' };
		expect(await signIn('midwife1', 'wrong', deps())).toMatchObject({ kind: 'wrong-password', failedAttempts: 1, attemptsLeft: 9 });
		expect(await signIn('midwife1', 'wrong', deps())).toMatchObject({ kind: 'wrong-password', failedAttempts: 2 });
		const third = await signIn('midwife1', 'wrong', deps());
		expect(third).toMatchObject({ kind: 'wrong-password', failedAttempts: 3, attemptsLeft: 7 });
		expect(third.kind === 'wrong-password' && third.retryAt?.toISOString()).toBe('2026-11-24T09:00:05.000Z');

		// Even the right password must wait until then.
		expect(await signIn('midwife1', 'yorisoi-demo', deps())).toMatchObject({ kind: 'wait' });
		clock = new Date('2026-11-24T09:00:06Z');
		expect(await signIn('midwife1', 'yorisoi-demo', deps())).toMatchObject({ kind: 'signed-in' });
		expect((await device.accounts.get('midwife1'))?.failedAttempts).toBe(0);
	});

	it('counts wrong passwords the server refuses too', async () => {
		server = midwife;
		await signIn('midwife1', 'yorisoi-demo', deps());
		server = { kind: 'wrong-password' };
		expect(await signIn('midwife1', 'guess', deps())).toMatchObject({ kind: 'wrong-password', failedAttempts: 1 });
		expect((await device.accounts.get('midwife1'))?.failedAttempts).toBe(1);
	});

	it('lets the server decide when it is reachable, even when the device key would open', async () => {
		server = midwife;
		await signIn('midwife1', 'old-password', deps());
		server = { kind: 'wrong-password' };
		expect(await signIn('midwife1', 'old-password', deps())).toMatchObject({ kind: 'wrong-password' });
	});

	it('refuses a user whose roles open no database', async () => {
		server = { kind: 'ok', name: 'newcomer', roles: ['midwife'] };
		expect(await signIn('newcomer', 'pw', deps())).toEqual({ kind: 'no-databases' });
	});

	it('erases an account stored before encryption at rest, then starts it afresh', async () => {
		const legacy = { name: 'midwife1', roles: ['midwife', 'team:chuo'], databases: ['yorisoi-team-chuo'], verifier: { algorithm: 'PBKDF2-SHA-256', iterations: 1, salt: '', hash: '' }, failedAttempts: 0, lastLoginAt: '2026-11-01T00:00:00Z' };
		await device.accounts.put(legacy as unknown as DeviceAccount);
		server = midwife;
		expect(await signIn('midwife1', 'yorisoi-demo', deps())).toMatchObject({ kind: 'signed-in', online: true });
		expect(wiped).toEqual(['midwife1']);
		expect((await device.accounts.get('midwife1'))?.dataKey).toBeDefined();
	});
});

describe('ten wrong attempts in a row', () => {
	async function tenWrong(attempt: () => Promise<SignInResult>): Promise<SignInResult[]> {
		const results: SignInResult[] = [];
		for (let i = 0; i < 10; i++) {
			const result = await attempt();
			results.push(result);
			later(result);
		}
		return results;
	}

	it('erase the user’s data at the tenth, offline sign-in and lock screen counting together', async () => {
		server = midwife;
		await signIn('midwife1', 'yorisoi-demo', deps());
		server = { kind: 'offline' };
		let n = 0;
		const results = await tenWrong(() => (n++ % 2 ? unlock('midwife1', 'nope', deps()) : signIn('midwife1', 'nope', deps())));
		expect(results.slice(0, 9).map((r) => r.kind === 'wrong-password' && r.attemptsLeft)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
		expect(results[9]).toEqual({ kind: 'wiped', name: 'midwife1' });
		expect(wiped).toEqual(['midwife1']);
		// Nothing left to open: the next sign-in needs the server.
		expect(await signIn('midwife1', 'yorisoi-demo', deps())).toEqual({ kind: 'needs-network' });
	});

	it('are reset by a right one in between', async () => {
		server = midwife;
		await signIn('midwife1', 'yorisoi-demo', deps());
		for (let i = 0; i < 9; i++) later(await unlock('midwife1', 'nope', deps()));
		expect(await unlock('midwife1', 'yorisoi-demo', deps())).toMatchObject({ kind: 'signed-in' });
		expect(await unlock('midwife1', 'nope', deps())).toMatchObject({ kind: 'wrong-password', failedAttempts: 1 });
		expect(wiped).toEqual([]);
	});

	it('touch only the user who was guessed at', async () => {
		server = midwife;
		await signIn('midwife1', 'yorisoi-demo', deps());
		server = { kind: 'ok', name: 'phn1', roles: ['phn', 'team:chuo'] };
		await signIn('phn1', 'phn-password', deps());
		await tenWrong(() => unlock('midwife1', 'nope', deps()));
		expect(wiped).toEqual(['midwife1']);
		expect(await unlock('phn1', 'phn-password', deps())).toMatchObject({ kind: 'signed-in' });
	});
});

describe('unlock (the lock screen)', () => {
	it('opens the key on the device without asking the server', async () => {
		server = midwife;
		await signIn('midwife1', 'yorisoi-demo', deps());
		server = { kind: 'server-error', status: 500 };
		expect(await unlock('midwife1', 'yorisoi-demo', deps())).toMatchObject({ kind: 'signed-in', online: false, account: { name: 'midwife1' } });
	});

	it('has nothing to open for a user unknown to the device', async () => {
		expect(await unlock('midwife1', 'yorisoi-demo', deps())).toEqual({ kind: 'needs-network' });
	});
});

describe('a password changed on the server', () => {
	beforeEach(async () => {
		server = midwife;
		await signIn('midwife1', 'old-password', deps());
	});

	it('asks for the previous password, then keeps the same key under the new one', async () => {
		const before = (await device.accounts.get('midwife1'))!.dataKey;
		expect(await signIn('midwife1', 'new-password', deps())).toEqual({ kind: 'password-changed', name: 'midwife1', roles: midwife.roles });
		expect(await rewrapWithPreviousPassword('midwife1', 'new-password', 'not-it', deps())).toMatchObject({ kind: 'wrong-password', failedAttempts: 1 });
		const result = await rewrapWithPreviousPassword('midwife1', 'new-password', 'old-password', deps());
		expect(result).toMatchObject({ kind: 'signed-in', online: true });
		const after = (await device.accounts.get('midwife1'))!.dataKey;
		expect(after.wrapped).not.toBe(before.wrapped);
		server = { kind: 'offline' };
		expect(await unlock('midwife1', 'new-password', deps())).toMatchObject({ kind: 'signed-in' });
		expect(await unlock('midwife1', 'old-password', deps())).toMatchObject({ kind: 'wrong-password' });
	});

	it('or erases this user’s data and starts again with a new key', async () => {
		const before = (await device.accounts.get('midwife1'))!.dataKey;
		expect(await startAfresh('midwife1', 'new-password', deps())).toMatchObject({ kind: 'signed-in', online: true });
		expect(wiped).toEqual(['midwife1']);
		expect((await device.accounts.get('midwife1'))!.dataKey.wrapped).not.toBe(before.wrapped);
	});
});

describe('an account disabled on the server', () => {
	it('has its data on the device erased at the next sign-in, and is let in no further', async () => {
		server = midwife;
		await signIn('midwife1', 'yorisoi-demo', deps());
		server = { kind: 'ok', name: 'midwife1', roles: ['midwife', 'team:chuo', 'disabled'] };
		expect(await signIn('midwife1', 'yorisoi-demo', deps())).toEqual({ kind: 'disabled', name: 'midwife1' });
		expect(wiped).toEqual(['midwife1']);
		expect(await device.accounts.get('midwife1')).toBeUndefined();
	});

	it('is not mistaken for one that merely lost its staff role', async () => {
		server = midwife;
		await signIn('midwife1', 'yorisoi-demo', deps());
		server = { kind: 'ok', name: 'midwife1', roles: ['team:chuo'] };
		expect(await signIn('midwife1', 'yorisoi-demo', deps())).toMatchObject({ kind: 'signed-in' });
		expect(wiped).toEqual([]);
	});
});
