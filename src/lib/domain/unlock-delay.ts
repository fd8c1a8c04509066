// How long a device makes someone wait after wrong passwords: long enough to stop guessing by
// hand, short enough that a tired worker who mistyped twice is not locked out of a home visit.

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
