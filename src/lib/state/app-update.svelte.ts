// Registers the service worker with workbox-window and offers a waiting new version.
import { Workbox } from 'workbox-window';
import { flushBeforeReload } from './before-reload';
import { logWarning } from '$lib/log';

class AppUpdateState {
	#waiting = $state(false);
	#applying = $state(false);
	#workbox: Workbox | undefined;

	/** A new version is installed and waits for the user's go-ahead. */
	get available(): boolean {
		return this.#waiting;
	}

	get applying(): boolean {
		return this.#applying;
	}

	async register(scriptUrl = '/service-worker.js'): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const workbox = new Workbox(scriptUrl);
		this.#workbox = workbox;
		workbox.addEventListener('waiting', () => {
			this.#waiting = true;
		});
		// Reload only once the new worker controls the page, so the new version is what loads.
		workbox.addEventListener('controlling', (event) => {
			if (event.isUpdate) window.location.reload();
		});
		try {
			await workbox.register();
		} catch (error) {
			// Blocked service workers (some test browsers, private modes) leave an online-only app.
			logWarning('Service worker not registered', error);
		}
		// Long shifts keep the app open for hours: look for a new version when it regains focus.
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') void this.#workbox?.update().catch(() => {});
		});
	}

	/** Saves what the user typed, then lets the new worker take over (which reloads the page). */
	async apply(): Promise<void> {
		if (!this.#workbox || this.#applying) return;
		this.#applying = true;
		await flushBeforeReload();
		this.#workbox.messageSkipWaiting();
	}

	dismiss(): void {
		this.#waiting = false;
	}
}

export const appUpdate = new AppUpdateState();
