// Signing in on a device: online through CouchDB the first time (and whenever it can), offline
// against the stored verifier afterwards, with a growing wait after wrong passwords.
import { databasesFor } from '../../domain/databases';
import { nextAttemptAt } from '../../domain/unlock-delay';
import type { DeviceAccount, DeviceDb } from '../device-db';
import { openSession, type SessionAnswer } from './couch-session';
import { checkVerifier, createVerifier } from './verifier';

export type SignInResult =
	| { kind: 'signed-in'; account: DeviceAccount; online: boolean }
	| { kind: 'wrong-password'; failedAttempts: number; retryAt?: Date }
	| { kind: 'wait'; retryAt: Date }
	/** the first sign-in on a device needs the server */
	| { kind: 'needs-network' }
	| { kind: 'no-databases' }
	| { kind: 'server-error'; status: number };

export interface SignInDeps {
	device: DeviceDb;
	now?: () => Date;
	openSession?: (name: string, password: string) => Promise<SessionAnswer>;
	createVerifier?: (password: string) => ReturnType<typeof createVerifier>;
}

async function recordFailure(device: DeviceDb, account: DeviceAccount, now: Date): Promise<SignInResult> {
	const failedAttempts = account.failedAttempts + 1;
	const lastFailedAt = now.toISOString();
	await device.accounts.update(account.name, { failedAttempts, lastFailedAt });
	return { kind: 'wrong-password', failedAttempts, retryAt: nextAttemptAt(failedAttempts, lastFailedAt) };
}

export async function signIn(rawName: string, password: string, deps: SignInDeps): Promise<SignInResult> {
	const name = rawName.trim();
	const now = (deps.now ?? (() => new Date()))();
	const { device } = deps;
	const known = await device.accounts.get(name);

	const retryAt = known && nextAttemptAt(known.failedAttempts, known.lastFailedAt);
	if (retryAt && retryAt > now) return { kind: 'wait', retryAt };

	const server = await (deps.openSession ?? openSession)(name, password);
	if (server.kind === 'ok') {
		const databases = databasesFor(server.name, server.roles);
		if (databases.length === 0) return { kind: 'no-databases' };
		const account: DeviceAccount = {
			name: server.name,
			roles: server.roles,
			databases,
			verifier: await (deps.createVerifier ?? createVerifier)(password),
			failedAttempts: 0,
			lastLoginAt: now.toISOString(),
			lastUnlockAt: now.toISOString()
		};
		await device.accounts.put(account);
		return { kind: 'signed-in', account, online: true };
	}
	if (server.kind === 'wrong-password') {
		if (known) return recordFailure(device, known, now);
		return { kind: 'wrong-password', failedAttempts: 1 };
	}
	if (!known) return server.kind === 'offline' ? { kind: 'needs-network' } : server;

	// No server to ask (offline, or it is failing): the device's verifier decides.
	if (!(await checkVerifier(password, known.verifier))) return recordFailure(device, known, now);
	const account = { ...known, failedAttempts: 0, lastFailedAt: undefined, lastUnlockAt: now.toISOString() };
	await device.accounts.put(account);
	return { kind: 'signed-in', account, online: false };
}
