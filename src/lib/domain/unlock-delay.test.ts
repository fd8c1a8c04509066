import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextAttemptAt, unlockDelaySeconds } from './unlock-delay';

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
