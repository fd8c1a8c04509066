import { describe, expect, it, vi } from 'vitest';
import { flushBeforeReload, onBeforeReload } from './before-reload';

describe('flushBeforeReload', () => {
	it('waits for every registered save, including slow ones', async () => {
		const saved: string[] = [];
		const offA = onBeforeReload(async () => {
			await new Promise((resolve) => setTimeout(resolve, 5));
			saved.push('a');
		});
		const offB = onBeforeReload(() => {
			saved.push('b');
		});
		await flushBeforeReload();
		expect(saved.sort()).toEqual(['a', 'b']);
		offA();
		offB();
	});

	it('still runs the other saves when one fails, and counts the failure', async () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		const saved: string[] = [];
		const offBad = onBeforeReload(() => {
			throw new Error('disk full');
		});
		const offGood = onBeforeReload(() => {
			saved.push('good');
		});
		expect(await flushBeforeReload()).toEqual({ failed: 1 });
		expect(saved).toEqual(['good']);
		offBad();
		offGood();
		error.mockRestore();
	});

	it('forgets a save once it is unregistered', async () => {
		let calls = 0;
		const off = onBeforeReload(() => {
			calls += 1;
		});
		off();
		await flushBeforeReload();
		expect(calls).toBe(0);
	});
});
