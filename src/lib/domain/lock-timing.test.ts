import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCK_AFTER, isLockAfterMinutes, isLockDue, lockDueAt, LOCK_AFTER_CHOICES } from './lock-timing';

describe('lock timing', () => {
	it('offers one to fifteen minutes, five by default', () => {
		expect(LOCK_AFTER_CHOICES).toEqual([1, 2, 5, 10, 15]);
		expect(DEFAULT_LOCK_AFTER).toBe(5);
		expect([1, 5, 15, 0, 3, '5', undefined].map(isLockAfterMinutes)).toEqual([true, true, true, false, false, false, false]);
	});

	it('is due once the chosen minutes have passed with no input, not a millisecond before', () => {
		const last = Date.parse('2026-11-24T09:00:00Z');
		expect(lockDueAt(last, 5)).toBe(Date.parse('2026-11-24T09:05:00Z'));
		expect(isLockDue(last + 5 * 60_000 - 1, last, 5)).toBe(false);
		expect(isLockDue(last + 5 * 60_000, last, 5)).toBe(true);
		expect(isLockDue(last + 60_000, last, 1)).toBe(true);
	});
});
