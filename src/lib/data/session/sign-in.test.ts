import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeviceDb } from '../device-db';
import type { SessionAnswer } from './couch-session';
import { signIn, type SignInDeps } from './sign-in';
import { createVerifier } from './verifier';

let device: DeviceDb;
let server: SessionAnswer;
let clock: Date;

function deps(): SignInDeps {
	return {
		device,
		now: () => clock,
		openSession: async () => server,
		createVerifier: (password) => createVerifier(password, 1000)
	};
}

const midwife: SessionAnswer = { kind: 'ok', name: 'midwife1', roles: ['midwife', 'team:chuo'] };

beforeEach(() => {
	device = new DeviceDb(`device-${Math.random()}`);
	clock = new Date('2026-11-24T09:00:00Z');
});

afterEach(async () => {
	await device.delete();
});

describe('signIn', () => {
	it('signs in online the first time and keeps a verifier, never the password', async () => {
		server = midwife;
		const result = await signIn(' midwife1 ', 'yorisoi-demo', deps());
		expect(result).toMatchObject({ kind: 'signed-in', online: true, account: { name: 'midwife1', databases: ['yorisoi-team-chuo'] } });
		const stored = await device.accounts.get('midwife1');
		expect(stored?.verifier.hash).toBeTruthy();
		expect(JSON.stringify(stored)).not.toContain('yorisoi-demo');
	});

	it('cannot sign in for the first time without the network', async () => {
		server = { kind: 'offline' };
		expect(await signIn('midwife1', 'yorisoi-demo', deps())).toEqual({ kind: 'needs-network' });
		expect(await device.accounts.count()).toBe(0);
	});

	it('unlocks offline afterwards with the same password', async () => {
		server = midwife;
		await signIn('midwife1', 'yorisoi-demo', deps());
		server = { kind: 'offline' };
		expect(await signIn('midwife1', 'yorisoi-demo', deps())).toMatchObject({ kind: 'signed-in', online: false });
	});

	it('falls back to the verifier when the server fails, not only when offline', async () => {
		server = midwife;
		await signIn('midwife1', 'yorisoi-demo', deps());
		server = { kind: 'server-error', status: 500 };
		expect(await signIn('midwife1', 'yorisoi-demo', deps())).toMatchObject({ kind: 'signed-in', online: false });
	});

	it('refuses a wrong password offline and makes the wait grow', async () => {
		server = midwife;
		await signIn('midwife1', 'yorisoi-demo', deps());
		server = { kind: 'offline' };
		expect(await signIn('midwife1', 'wrong', deps())).toMatchObject({ kind: 'wrong-password', failedAttempts: 1 });
		expect(await signIn('midwife1', 'wrong', deps())).toMatchObject({ kind: 'wrong-password', failedAttempts: 2 });
		const third = await signIn('midwife1', 'wrong', deps());
		expect(third).toMatchObject({ kind: 'wrong-password', failedAttempts: 3 });
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

	it('lets the server decide when it is reachable, even against the device verifier', async () => {
		server = midwife;
		await signIn('midwife1', 'old-password', deps());
		server = { kind: 'wrong-password' };
		expect(await signIn('midwife1', 'old-password', deps())).toMatchObject({ kind: 'wrong-password' });
	});

	it('refuses a user whose roles open no database', async () => {
		server = { kind: 'ok', name: 'newcomer', roles: ['midwife'] };
		expect(await signIn('newcomer', 'pw', deps())).toEqual({ kind: 'no-databases' });
	});
});
