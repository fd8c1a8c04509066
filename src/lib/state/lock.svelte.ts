// When the app locks itself: the device's idle-time setting, and a watch on the worker's input
// and on the app being hidden. What locking does (save drafts, close the workspace) is the
// session's; this only says when.
import { readDeviceSetting, writeDeviceSetting } from '$lib/data/device-db';
import { DEFAULT_LOCK_AFTER, isLockAfterMinutes, isLockDue, lockDueAt, type LockAfterMinutes } from '$lib/domain/lock-timing';

const settingKey = 'lockAfterMinutes';

/** Input that shows someone is using the app; pointer moves alone do not (a tablet has none). */
const activityEvents = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart', 'scroll'] as const;

export interface LockWatchOptions {
	/** called when the idle time has passed; the caller ignores it when nothing is unlocked */
	onIdle: () => void;
	target?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
	document?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
	now?: () => number;
}

class LockState {
	#minutes = $state<LockAfterMinutes>(DEFAULT_LOCK_AFTER);
	#lastActivity = Date.now();
	#reschedule: (() => void) | undefined;

	get minutes(): LockAfterMinutes {
		return this.#minutes;
	}

	/** Reads this device's setting; until then (and if unset) the default applies. */
	async load(): Promise<void> {
		this.#minutes = await readDeviceSetting(settingKey, isLockAfterMinutes, DEFAULT_LOCK_AFTER);
		this.#reschedule?.();
	}

	async setMinutes(minutes: LockAfterMinutes): Promise<void> {
		this.#minutes = minutes;
		this.#reschedule?.();
		await writeDeviceSetting(settingKey, minutes);
	}

	/** Watches input and visibility until the returned function is called; the root layout owns it. */
	watch(options: LockWatchOptions): () => void {
		const target = options.target ?? window;
		const doc = options.document ?? document;
		const now = options.now ?? (() => Date.now());
		let timer: ReturnType<typeof setTimeout> | undefined;

		const check = () => {
			if (!isLockDue(now(), this.#lastActivity, this.#minutes)) return schedule();
			// Counted as a fresh start, so the next check is a full idle time away, not a loop.
			this.#lastActivity = now();
			options.onIdle();
			schedule();
		};
		// One timer to the moment the lock would be due; input only moves a number, and the timer,
		// when it fires early because of that input, waits again for the rest.
		const schedule = () => {
			clearTimeout(timer);
			timer = setTimeout(check, Math.max(0, lockDueAt(this.#lastActivity, this.#minutes) - now()));
		};
		const active = () => {
			this.#lastActivity = now();
		};
		// Timers of a hidden page are slowed down: check the moment it is seen again.
		const visibility = () => {
			if (doc.visibilityState === 'visible') check();
		};

		this.#lastActivity = now();
		this.#reschedule = schedule;
		for (const type of activityEvents) target.addEventListener(type, active, { capture: true, passive: true });
		doc.addEventListener('visibilitychange', visibility);
		schedule();
		return () => {
			clearTimeout(timer);
			this.#reschedule = undefined;
			for (const type of activityEvents) target.removeEventListener(type, active, { capture: true });
			doc.removeEventListener('visibilitychange', visibility);
		};
	}
}

export const lock = new LockState();
