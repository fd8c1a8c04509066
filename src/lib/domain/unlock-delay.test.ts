import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attemptsLeft, nextAttemptAt, unlockDelaySeconds, warnsOfWipe, WIPE_AFTER_ATTEMPTS, wipesAfter } from './unlock-delay';

describe('unlockDelaySeconds', () => {
	it('lets two mistakes pass without waiting, then grows', () => {
		expect([0, 1, 2, 3, 4, 5, 6].map(unlockDelaySeconds)).toEqual([0, 0, 0, 5, 10, 20, 40]);
	});

	it('never shrinks as mistakes add up, and is capped at a minute', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1000 }), (n) => {
				expect(unlockDelaySeconds(n + 1)).toBeGreaterThanOrEqual(unlockDelaySeconds(n));
				expect(unlockDelaySeconds(n)).toBeLessThanOrEqual(60);
			})
		);
	});

	it('dates the next allowed attempt from the last failure', () => {
		expect(nextAttemptAt(1, '2026-11-24T00:00:00.000Z')).toBeUndefined();
		expect(nextAttemptAt(4, '2026-11-24T00:00:00.000Z')?.toISOString()).toBe('2026-11-24T00:00:10.000Z');
		expect(nextAttemptAt(4, undefined)).toBeUndefined();
	});
});

describe('the erasure after ten wrong attempts in a row', () => {
	it('warns from the fifth, erases at the tenth', () => {
		const rows = Array.from({ length: 12 }, (_, n) => [n, warnsOfWipe(n), wipesAfter(n), attemptsLeft(n)]);
		expect(rows.filter(([, warns]) => warns).map(([n]) => n)).toEqual([5, 6, 7, 8, 9]);
		expect(rows.filter(([, , wipes]) => wipes).map(([n]) => n)).toEqual([10, 11]);
		expect([5, 9, 10, 11].map(attemptsLeft)).toEqual([5, 1, 0, 0]);
	});

	it('the waits before the erasure add up to minutes, not hours', () => {
		let total = 0;
		for (let n = 1; n < WIPE_AFTER_ATTEMPTS; n++) total += unlockDelaySeconds(n);
		expect(total).toBeLessThan(10 * 60);
	});
});
