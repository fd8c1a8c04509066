import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backOffDelay, defaultSyncTiming } from './sync-timing';

describe('back-off delay', () => {
	it('grows 1, 2, 4 s, then stays at 5 s', () => {
		expect([1, 2, 3, 4, 5, 6, 50].map((failures) => backOffDelay(failures))).toEqual([1_000, 2_000, 4_000, 5_000, 5_000, 5_000, 5_000]);
	});

	it('never shrinks as failures mount, and never passes the last step', () => {
		const cap = Math.max(...defaultSyncTiming.backOffMs);
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 10_000 }), (failures) => {
				const delay = backOffDelay(failures);
				return delay <= cap && delay <= backOffDelay(failures + 1);
			})
		);
	});
});
