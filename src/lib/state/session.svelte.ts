// Who is signed in on this tab, and their open workspace (databases, projection, sync).
import { deviceDb, type DeviceAccount } from '$lib/data/device-db';
import { closeSession } from '$lib/data/session/couch-session';
import { signIn, type SignInResult } from '$lib/data/session/sign-in';
import { liveSyncCounts } from '$lib/data/read-model';
import { openWorkspace, wipeUserData, type Workspace } from '$lib/data/workspace';
import { syncStatus } from './sync-status.svelte';

/* The signed-in user's name survives a reload of this tab (not a closed tab) so a crash or an
 * update does not throw the worker out mid-visit; the verifier and data stay in IndexedDB. */
const activeUserKey = 'yorisoi.activeUser';

class SessionState {
	#account = $state<DeviceAccount>();
	#workspace = $state.raw<Workspace>();
	#restored = $state(false);
	#unfollowSync: (() => void) | undefined;

	get account(): DeviceAccount | undefined {
		return this.#account;
	}

	get workspace(): Workspace | undefined {
		return this.#workspace;
	}

	/** False until the tab has checked whether someone was already signed in. */
	get restored(): boolean {
		return this.#restored;
	}

	async restore(): Promise<void> {
		try {
			const name = sessionStorage.getItem(activeUserKey);
			const account = name ? await deviceDb().accounts.get(name) : undefined;
			if (account) await this.#open(account);
		} finally {
			this.#restored = true;
		}
	}

	async signIn(name: string, password: string): Promise<SignInResult> {
		const result = await signIn(name, password, { device: deviceDb() });
		if (result.kind !== 'signed-in') return result;
		if (this.#account?.name === result.account.name && this.#workspace) {
			// Signing in again after the server session expired: carry on where sync stopped.
			this.#account = result.account;
			this.#workspace.resumeAfterSignIn();
		} else {
			await this.#close();
			await this.#open(result.account);
		}
		return result;
	}

	async signOut(options: { wipe: boolean }): Promise<void> {
		const name = this.#account?.name;
		await this.#close();
		await closeSession();
		if (name && options.wipe) await wipeUserData(name);
		sessionStorage.removeItem(activeUserKey);
	}

	async #open(account: DeviceAccount): Promise<void> {
		const workspace = await openWorkspace(account);
		this.#unfollowSync = syncStatus.follow(workspace.sync, liveSyncCounts(workspace.userDb));
		this.#workspace = workspace;
		this.#account = account;
		sessionStorage.setItem(activeUserKey, account.name);
	}

	async #close(): Promise<void> {
		const workspace = this.#workspace;
		this.#workspace = undefined;
		this.#account = undefined;
		this.#unfollowSync?.();
		this.#unfollowSync = undefined;
		await workspace?.close();
	}
}

export const session = new SessionState();
