// When an unlocked device locks itself: after a chosen number of minutes with no input, counted
// the same whether the app sat open on the table or hidden behind another app.

/** The idle times a device may choose, in minutes; one minute is the shortest sensible. */
export const LOCK_AFTER_CHOICES = [1, 2, 5, 10, 15] as const;
export type LockAfterMinutes = (typeof LOCK_AFTER_CHOICES)[number];
export const DEFAULT_LOCK_AFTER: LockAfterMinutes = 5;

export function isLockAfterMinutes(value: unknown): value is LockAfterMinutes {
	return (LOCK_AFTER_CHOICES as readonly unknown[]).includes(value);
}

/** When the device locks if nothing happens after `lastActivityAt` (epoch ms). */
export function lockDueAt(lastActivityAt: number, minutes: LockAfterMinutes): number {
	return lastActivityAt + minutes * 60_000;
}

/** Whether the device should lock now. */
export function isLockDue(now: number, lastActivityAt: number, minutes: LockAfterMinutes): boolean {
	return now >= lockDueAt(lastActivityAt, minutes);
}
