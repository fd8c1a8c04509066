// How a device treats wrong passwords: a growing wait, long enough to stop guessing by hand and
// short enough that a tired worker who mistyped twice is not locked out of a home visit; then,
// after ten in a row, the user's data on the device is erased (a lost tablet must not be guessed
// open), with warnings from the fifth.

/** Wrong attempts in a row that erase the user's data on this device. */
export const WIPE_AFTER_ATTEMPTS = 10;
/** From this many wrong attempts in a row, the screens say how many are left before the erasure. */
export const WARN_FROM_ATTEMPTS = 5;

/** Seconds to wait before the next attempt after `failedAttempts` wrong ones in a row. */
export function unlockDelaySeconds(failedAttempts: number): number {
	if (failedAttempts < 3) return 0;
	return Math.min(60, 2 ** (failedAttempts - 3) * 5);
}

/** When the next attempt may be made, or undefined if it may be made now. */
export function nextAttemptAt(failedAttempts: number, lastFailedAt: string | undefined): Date | undefined {
	const delay = unlockDelaySeconds(failedAttempts);
	if (!delay || !lastFailedAt) return undefined;
	return new Date(new Date(lastFailedAt).getTime() + delay * 1000);
}

/** Wrong attempts still allowed before the erasure (0: this one erased it). */
export function attemptsLeft(failedAttempts: number): number {
	return Math.max(0, WIPE_AFTER_ATTEMPTS - failedAttempts);
}

/** Whether the worker should be told how many attempts are left. */
export function warnsOfWipe(failedAttempts: number): boolean {
	return failedAttempts >= WARN_FROM_ATTEMPTS && failedAttempts < WIPE_AFTER_ATTEMPTS;
}

/** Whether this many wrong attempts in a row erase the user's data. */
export function wipesAfter(failedAttempts: number): boolean {
	return failedAttempts >= WIPE_AFTER_ATTEMPTS;
}
