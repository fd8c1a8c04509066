// Signing in and unlocking on a device. Online, CouchDB checks the password; the device then opens
// (or, the first time, creates) the user's data key, wrapped by that password. Offline, and on
// the lock screen, unwrapping the key is the password check. Wrong attempts make the next wait
// grow, and the tenth in a row erases the user's data on this device.
import { databasesFor, isDisabledAccount } from '../../domain/databases';
import { attemptsLeft, nextAttemptAt, wipesAfter } from '../../domain/unlock-delay';
import { createDataKey, rewrapDataKey, unwrapDataKey, type WrappedDataKey } from '../crypto/keys';
import { isLegacyAccount, type DeviceAccount, type DeviceDb } from '../device-db';
import { openSession, type SessionAnswer } from './couch-session';

export type SignInResult =
	| { kind: 'signed-in'; account: DeviceAccount; dataKey: CryptoKey; online: boolean }
	| { kind: 'wrong-password'; failedAttempts: number; attemptsLeft: number; retryAt?: Date }
	| { kind: 'wait'; retryAt: Date }
	/** the tenth wrong attempt in a row: the user's data on this device has been erased */
	| { kind: 'wiped'; name: string }
	/**
	 * The server accepts this password, but the device's key was wrapped under an earlier one
	 * (the password was changed elsewhere): ask for the previous password, or start afresh.
	 */
	| { kind: 'password-changed'; name: string; roles: string[] }
	/** the account is disabled on the server: its data on this device has been erased */
	| { kind: 'disabled'; name: string }
	/** the first sign-in on a device needs the server */
	| { kind: 'needs-network' }
	| { kind: 'no-databases' }
	| { kind: 'server-error'; status: number };

export interface SignInDeps {
	device: DeviceDb;
	/** erases everything the user has on this device (workspace.ts `wipeUserData`) */
	wipe: (name: string) => Promise<void>;
	now?: () => Date;
	openSession?: (name: string, password: string) => Promise<SessionAnswer>;
	/** tests pass fewer iterations */
	createDataKey?: (password: string) => Promise<{ key: CryptoKey; wrapped: WrappedDataKey }>;
}

const clock = (deps: SignInDeps) => (deps.now ?? (() => new Date()))();

async function recordFailure(account: DeviceAccount, now: Date, deps: SignInDeps): Promise<SignInResult> {
	const failedAttempts = account.failedAttempts + 1;
	if (wipesAfter(failedAttempts)) {
		await deps.wipe(account.name);
		return { kind: 'wiped', name: account.name };
	}
	const lastFailedAt = now.toISOString();
	await deps.device.accounts.update(account.name, { failedAttempts, lastFailedAt });
	return { kind: 'wrong-password', failedAttempts, attemptsLeft: attemptsLeft(failedAttempts), retryAt: nextAttemptAt(failedAttempts, lastFailedAt) };
}

async function succeeded(account: DeviceAccount, dataKey: CryptoKey, online: boolean, now: Date, deps: SignInDeps): Promise<SignInResult> {
	const stored: DeviceAccount = { ...account, failedAttempts: 0, lastFailedAt: undefined, lastUnlockAt: now.toISOString(), ...(online ? { lastLoginAt: now.toISOString() } : {}) };
	await deps.device.accounts.put(stored);
	return { kind: 'signed-in', account: stored, dataKey, online };
}

/**
 * The account as this device knows it, after the rules that come before any password check:
 * an account from before encryption at rest is erased (its data was never sealed), and a
 * recent run of wrong attempts makes the next one wait.
 */
async function knownAccount(name: string, now: Date, deps: SignInDeps): Promise<DeviceAccount | undefined | { kind: 'wait'; retryAt: Date }> {
	const known = await deps.device.accounts.get(name);
	if (!known) return undefined;
	if (isLegacyAccount(known)) {
		await deps.wipe(name);
		return undefined;
	}
	const retryAt = nextAttemptAt(known.failedAttempts, known.lastFailedAt);
	if (retryAt && retryAt > now) return { kind: 'wait', retryAt };
	return known;
}

const isWait = (value: unknown): value is { kind: 'wait'; retryAt: Date } => (value as { kind?: string } | undefined)?.kind === 'wait';

/** Tries the password on the device's wrapped key: the check offline and on the lock screen. */
async function unlockLocally(known: DeviceAccount, password: string, now: Date, deps: SignInDeps): Promise<SignInResult> {
	const dataKey = await unwrapDataKey(known.dataKey, password);
	if (!dataKey) return recordFailure(known, now, deps);
	return succeeded(known, dataKey, false, now, deps);
}

export async function signIn(rawName: string, password: string, deps: SignInDeps): Promise<SignInResult> {
	const name = rawName.trim();
	const now = clock(deps);
	const known = await knownAccount(name, now, deps);
	if (isWait(known)) return known;

	const server = await (deps.openSession ?? openSession)(name, password);
	if (server.kind === 'ok') {
		if (isDisabledAccount(server.roles)) {
			// Erased whether or not this device knew the account: the name may differ in case.
			await deps.wipe(server.name);
			if (server.name !== name) await deps.wipe(name);
			return { kind: 'disabled', name: server.name };
		}
		const databases = databasesFor(server.name, server.roles);
		if (databases.length === 0) return { kind: 'no-databases' };
		const current = server.name === name ? known : await knownAccount(server.name, now, deps);
		if (isWait(current)) return current;
		if (current) {
			const dataKey = await unwrapDataKey(current.dataKey, password);
			if (!dataKey) return { kind: 'password-changed', name: server.name, roles: server.roles };
			return succeeded({ ...current, roles: server.roles, databases }, dataKey, true, now, deps);
		}
		const created = await (deps.createDataKey ?? createDataKey)(password);
		const account: DeviceAccount = { name: server.name, roles: server.roles, databases, dataKey: created.wrapped, failedAttempts: 0, lastLoginAt: now.toISOString() };
		return succeeded(account, created.key, true, now, deps);
	}
	if (server.kind === 'wrong-password') {
		if (known) return recordFailure(known, now, deps);
		return { kind: 'wrong-password', failedAttempts: 1, attemptsLeft: attemptsLeft(1) };
	}
	if (!known) return server.kind === 'offline' ? { kind: 'needs-network' } : server;
	// No server to ask (offline, or it is failing): the device's wrapped key decides.
	return unlockLocally(known, password, now, deps);
}

/**
 * The lock screen: the password opens the key on the device, whatever the network. (The server
 * hears from the worker again when sync next runs; a changed password shows up there.)
 */
export async function unlock(name: string, password: string, deps: SignInDeps): Promise<SignInResult> {
	const now = clock(deps);
	const known = await knownAccount(name, now, deps);
	if (isWait(known)) return known;
	if (!known) return { kind: 'needs-network' };
	return unlockLocally(known, password, now, deps);
}

/**
 * After `password-changed`: the previous password opens the key, which is wrapped again under the
 * new one. A wrong previous password counts like any wrong attempt, or this would be a way to
 * guess it without limit.
 */
export async function rewrapWithPreviousPassword(name: string, newPassword: string, previousPassword: string, deps: SignInDeps, roles?: string[]): Promise<SignInResult> {
	const now = clock(deps);
	const known = await knownAccount(name, now, deps);
	if (isWait(known)) return known;
	if (!known) return { kind: 'needs-network' };
	const rewrapped = await rewrapDataKey(known.dataKey, previousPassword, newPassword);
	const dataKey = rewrapped && (await unwrapDataKey(rewrapped, newPassword));
	if (!rewrapped || !dataKey) return recordFailure(known, now, deps);
	const account = { ...known, dataKey: rewrapped, ...(roles ? { roles, databases: databasesFor(name, roles) } : {}) };
	return succeeded(account, dataKey, true, now, deps);
}

/** After `password-changed`, the other way: erase this user's data here and sign in afresh. */
export async function startAfresh(name: string, password: string, deps: SignInDeps): Promise<SignInResult> {
	await deps.wipe(name);
	return signIn(name, password, deps);
}
