// When the sync engine runs: the clock it reads and schedules with, and its delays and back-off.

/** Time as the engine sees it, injected so tests can move it by hand instead of sleeping. */
export interface Clock {
	now(): Date;
	/** Calls back once after `ms`; the returned function cancels the call if it has not happened. */
	after(ms: number, callback: () => void): () => void;
}

export const systemClock: Clock = {
	now: () => new Date(),
	after(ms, callback) {
		const handle = setTimeout(callback, ms);
		return () => clearTimeout(handle);
	}
};

export interface SyncTiming {
	/** quiet time after the last local write before a run, so a burst of saves makes one run */
	debounceMs: number;
	/** a run at least this often while online, to pull what others wrote */
	periodicMs: number;
	/** waits before retrying after 1, 2, 3… failed runs in a row; the last one repeats */
	backOffMs: readonly number[];
}

/* Back-off capped at 5 s: STACK.md measured a change written offline reaching the server 2.8 s after
 * reconnecting with that cap, against 47 s with PouchDB's own back-off (doubling up to 10 min). */
export const defaultSyncTiming: SyncTiming = {
	debounceMs: 1_500,
	periodicMs: 60_000,
	backOffMs: [1_000, 2_000, 4_000, 5_000]
};

/** The wait before the next retry after `failures` failed runs in a row (1 or more). */
export function backOffDelay(failures: number, steps: readonly number[] = defaultSyncTiming.backOffMs): number {
	if (steps.length === 0) throw new Error('back-off needs at least one step');
	const index = Math.min(Math.max(failures, 1), steps.length) - 1;
	return steps[index] ?? 0;
}
