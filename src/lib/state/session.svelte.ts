// Who uses this tab and whether the app is locked. While unlocked, the user's workspace is open
// (databases, projection, sync) with their data key in memory; locked, the key and the workspace
// are gone and only the user's name is kept, so the lock screen can ask for their password.
import { tick } from 'svelte';
import { deviceDb, isLegacyAccount, type DeviceAccount, type DeviceDb } from '$lib/data/device-db';
import { closeSession, currentSession, openSession } from '$lib/data/session/couch-session';
import { rewrapWithPreviousPassword, signIn, startAfresh, unlock, type SignInDeps, type SignInResult } from '$lib/data/session/sign-in';
import { liveSyncCounts } from '$lib/data/read-model';
import type { SyncStatus } from '$lib/data/sync/sync-status';
import type { Workspace } from '$lib/data/workspace';
import { isDisabledAccount } from '$lib/domain/databases';
import { flushBeforeReload } from './before-reload';
import { forgetMemoryFields } from './memory-field.svelte';
import { syncStatus } from './sync-status.svelte';

/*
 * Only the name of the user who was active survives a reload of this tab, so the tab comes back
 * locked for them (an update or a crash does not throw the worker out mid-visit). Never data: the
 * key to it is gone with the page.
 */
const activeUserKey = 'yorisoi.activeUser';

/**
 * - `starting`: the tab has not yet looked for the user who was active;
 * - `signed-out`: the login screen;
 * - `unlocked`: the user's screens, with their workspace;
 * - `locking`: drafts are being saved; the screens are hidden but still mounted to save them;
 * - `locked`: the lock screen, for `lockedUser`.
 */
export type SessionPhase = 'starting' | 'signed-out' | 'unlocked' | 'locking' | 'locked';

/** What the login screen tells the next person after someone's data was erased. */
export interface SessionNotice {
	kind: 'wiped' | 'disabled' | 'erased';
	name: string;
}

/** What the session needs from the workspace; tests pass a stand-in. */
export type SessionWorkspace = Pick<Workspace, 'user' | 'close' | 'resumeAfterSignIn'> & {
	sync: { subscribe(listener: (status: SyncStatus) => void): () => void };
};

export interface SessionDeps<W extends SessionWorkspace = Workspace> {
	device: () => DeviceDb;
	openWorkspace: (account: DeviceAccount, dataKey: CryptoKey) => Promise<W>;
	/** shows the workspace's sync state in the frame, until the returned function is called */
	followSync: (workspace: W) => () => void;
	wipe: (name: string) => Promise<void>;
	server: { open: typeof openSession; current: typeof currentSession; close: typeof closeSession };
	/** saves what open forms hold (the same as before an update's reload) */
	flush: () => Promise<unknown>;
	storage: () => Storage | undefined;
	online: () => boolean;
	/** tests make keys with fewer iterations */
	createDataKey?: SignInDeps['createDataKey'];
}

// The data layer (PouchDB, the register index, sync) loads once someone signs in or unlocks: the
// sign-in screen does without it. The service worker precaches it, so this works offline too.
const dataLayer = () => import('$lib/data/workspace');

function browserDeps(): SessionDeps {
	return {
		device: deviceDb,
		openWorkspace: async (account, dataKey) => (await dataLayer()).openWorkspace(account, dataKey),
		followSync: (workspace) => syncStatus.follow(workspace.sync, liveSyncCounts(workspace.userDb)),
		wipe: async (user) => (await dataLayer()).wipeUserData(user),
		server: {
			open: (name, password) => openSession(name, password),
			// Asked before a workspace opens: a server that does not answer soon counts as offline.
			current: () => currentSession((url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(3000) })),
			close: () => closeSession()
		},
		flush: flushBeforeReload,
		storage: () => globalThis.sessionStorage,
		online: () => globalThis.navigator?.onLine ?? true
	};
}

export class SessionState<W extends SessionWorkspace = Workspace> {
	#phase = $state<SessionPhase>('starting');
	#account = $state<DeviceAccount>();
	#lockedUser = $state<string>();
	#workspace = $state.raw<W>();
	#notice = $state<SessionNotice>();
	#stopFollowing: (() => void) | undefined;
	#checkingAccount = false;
	readonly #deps: () => SessionDeps<W>;

	constructor(deps: () => SessionDeps<W>) {
		this.#deps = deps;
	}

	get phase(): SessionPhase {
		return this.#phase;
	}

	/** False until the tab has checked who was active. */
	get restored(): boolean {
		return this.#phase !== 'starting';
	}

	/** The unlocked user; undefined while locked or signed out. */
	get account(): DeviceAccount | undefined {
		return this.#phase === 'unlocked' || this.#phase === 'locking' ? this.#account : undefined;
	}

	get workspace(): W | undefined {
		return this.#workspace;
	}

	/** Whose lock screen this is. */
	get lockedUser(): string | undefined {
		return this.#phase === 'locked' ? this.#lockedUser : undefined;
	}

	get notice(): SessionNotice | undefined {
		return this.#notice;
	}

	dismissNotice(): void {
		this.#notice = undefined;
	}

	async restore(): Promise<void> {
		try {
			const name = this.#storage((s) => s.getItem(activeUserKey));
			const account = name ? await this.#deps().device().accounts.get(name) : undefined;
			if (account && !isLegacyAccount(account)) {
				this.#lockedUser = account.name;
				this.#phase = 'locked';
				return;
			}
			this.#storage((s) => s.removeItem(activeUserKey));
		} finally {
			if (this.#phase === 'starting') this.#phase = 'signed-out';
		}
	}

	/** The login screen (first sign-in, another user, or again after the server session expired). */
	async signIn(name: string, password: string): Promise<SignInResult> {
		return this.#settle(await signIn(name, password, this.#signInDeps()));
	}

	/** The lock screen: the password opens the key on the device; the server is told in passing. */
	async unlock(password: string): Promise<SignInResult> {
		const name = this.#lockedUser;
		if (this.#phase !== 'locked' || !name) return { kind: 'needs-network' };
		const result = await unlock(name, password, this.#signInDeps());
		if (result.kind === 'needs-network') {
			// Nothing of theirs is left on this device (erased in another tab): sign in afresh.
			this.#toSignedOut();
			return result;
		}
		const settled = await this.#settle(result);
		if (settled.kind === 'signed-in' && this.#deps().online()) void this.#refreshServerSession(name, password);
		return settled;
	}

	/** After `password-changed`: the previous password reopens this device's data. */
	async rewrap(name: string, newPassword: string, previousPassword: string, roles?: string[]): Promise<SignInResult> {
		return this.#settle(await rewrapWithPreviousPassword(name, newPassword, previousPassword, this.#signInDeps(), roles));
	}

	/** After `password-changed`, the other way: erase this user's data here and begin again. */
	async startAfresh(name: string, password: string): Promise<SignInResult> {
		return this.#settle(await startAfresh(name, password, this.#signInDeps()));
	}

	/** Idle time, hidden too long, or "lock now": save what forms hold, then drop the key. */
	async lock(): Promise<void> {
		const name = this.#account?.name;
		if (this.#phase !== 'unlocked' || !name) return;
		this.#phase = 'locking';
		await this.#deps().flush();
		this.#lockedUser = name;
		await this.#closeWorkspace('locked');
	}

	/** The lock screen's "another user": this user's data stays on the device, sealed. */
	async switchUser(): Promise<void> {
		if (this.#phase !== 'locked') return;
		this.#toSignedOut();
		// Their server session must not carry over to whoever signs in next, offline perhaps.
		await this.#deps().server.close();
	}

	async signOut(options: { wipe: boolean }): Promise<void> {
		const name = this.#account?.name;
		if (!name) return;
		if (!options.wipe) await this.#deps().flush();
		await this.#closeWorkspace('signed-out');
		await this.#deps().server.close();
		if (options.wipe) {
			await this.#deps().wipe(name);
			this.#notice = { kind: 'erased', name };
		}
		this.#toSignedOut();
	}

	async #settle(result: SignInResult): Promise<SignInResult> {
		if (result.kind === 'signed-in') {
			const { account, dataKey } = result;
			if (this.#workspace?.user === account.name && this.#phase === 'unlocked') {
				// Signing in again after the server session expired: carry on where sync stopped.
				this.#account = account;
				this.#workspace.resumeAfterSignIn();
			} else {
				if (this.#workspace) await this.#closeWorkspace('signed-out');
				// Signed in through the server just now: the session cookie is this user's already.
				if (!result.online) await this.#endForeignSession(account.name);
				await this.#open(account, dataKey);
			}
			this.#notice = undefined;
		} else if (result.kind === 'wiped' || result.kind === 'disabled') {
			if (this.#workspace?.user === result.name) await this.#closeWorkspace('signed-out');
			if (!this.#workspace) this.#toSignedOut();
			this.#notice = { kind: result.kind, name: result.name };
			await this.#deps().server.close();
		}
		return result;
	}

	async #open(account: DeviceAccount, dataKey: CryptoKey): Promise<void> {
		const deps = this.#deps();
		const workspace = await deps.openWorkspace(account, dataKey);
		const stopFollowing = deps.followSync(workspace);
		const stopChecking = this.#checkAccountAfterEachSync(workspace);
		this.#stopFollowing = () => {
			stopFollowing();
			stopChecking();
		};
		this.#workspace = workspace;
		this.#account = account;
		this.#lockedUser = undefined;
		this.#phase = 'unlocked';
		this.#storage((s) => s.setItem(activeUserKey, account.name));
	}

	/** Unmounts the screens first (nothing of the user's stays in the DOM), then closes. */
	async #closeWorkspace(next: 'locked' | 'signed-out'): Promise<void> {
		const workspace = this.#workspace;
		this.#phase = next;
		await tick();
		this.#workspace = undefined;
		this.#account = undefined;
		this.#stopFollowing?.();
		this.#stopFollowing = undefined;
		if (next === 'signed-out') forgetMemoryFields();
		await workspace?.close();
	}

	#toSignedOut(): void {
		this.#phase = 'signed-out';
		this.#lockedUser = undefined;
		this.#storage((s) => s.removeItem(activeUserKey));
		forgetMemoryFields();
	}

	/**
	 * "The next contact" with the server: after each sync run, ask `_session` who we are. A disabled
	 * account is erased; a session that belongs to someone else (a user switch made offline could
	 * not end it) is ended, so sync asks this user to sign in rather than run as another.
	 */
	#checkAccountAfterEachSync(workspace: W): () => void {
		let syncing = false;
		return workspace.sync.subscribe((status) => {
			const ended = syncing && status.state !== 'syncing';
			syncing = status.state === 'syncing';
			if (ended && status.online) void this.#checkAccount(workspace);
		});
	}

	async #checkAccount(workspace: W): Promise<void> {
		if (this.#checkingAccount) return;
		this.#checkingAccount = true;
		try {
			const answer = await this.#deps().server.current();
			if (answer.kind !== 'ok' || this.#workspace !== workspace) return;
			if (answer.name !== workspace.user) await this.#deps().server.close();
			else if (isDisabledAccount(answer.roles)) await this.#eraseDisabled(workspace.user);
		} finally {
			this.#checkingAccount = false;
		}
	}

	/**
	 * Before sync starts for a user who got in without the server: a session cookie left by someone
	 * else (a user switch made offline could not end it) is ended, so sync never runs as them.
	 */
	async #endForeignSession(user: string): Promise<void> {
		if (!this.#deps().online()) return;
		const answer = await this.#deps().server.current();
		if (answer.kind === 'ok' && answer.name !== user) await this.#deps().server.close();
	}

	/** After an unlock: a fresh server session for this user, which also says if they are disabled. */
	async #refreshServerSession(name: string, password: string): Promise<void> {
		const answer = await this.#deps().server.open(name, password);
		if (answer.kind !== 'ok' || this.#workspace?.user !== name) return;
		if (isDisabledAccount(answer.roles)) await this.#eraseDisabled(name);
		else this.#workspace.resumeAfterSignIn();
	}

	async #eraseDisabled(name: string): Promise<void> {
		if (this.#workspace?.user === name) await this.#closeWorkspace('signed-out');
		await this.#deps().wipe(name);
		await this.#deps().server.close();
		this.#toSignedOut();
		this.#notice = { kind: 'disabled', name };
	}

	#signInDeps(): SignInDeps {
		const deps = this.#deps();
		return { device: deps.device(), wipe: deps.wipe, openSession: deps.server.open, ...(deps.createDataKey ? { createDataKey: deps.createDataKey } : {}) };
	}

	#storage<T>(use: (storage: Storage) => T): T | undefined {
		try {
			const storage = this.#deps().storage();
			return storage ? use(storage) : undefined;
		} catch {
			// Storage blocked: the tab then starts at the login screen after a reload.
			return undefined;
		}
	}
}

export const session = new SessionState(browserDeps);
