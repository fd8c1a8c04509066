import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deviceDb } from '$lib/data/device-db';
import { lock } from './lock.svelte';

function fakePage() {
	const target = new EventTarget();
	const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
	return {
		target,
		doc,
		input: () => target.dispatchEvent(new Event('keydown')),
		hide: () => {
			doc.visibilityState = 'hidden';
			doc.dispatchEvent(new Event('visibilitychange'));
		},
		show: () => {
			doc.visibilityState = 'visible';
			doc.dispatchEvent(new Event('visibilitychange'));
		}
	};
}

describe('the idle lock', () => {
	let stop: (() => void) | undefined;

	beforeEach(() => {
		// Only the clock and timeouts: fake-indexeddb schedules its work with setImmediate.
		vi.useFakeTimers({ now: new Date('2026-11-24T09:00:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
	});

	afterEach(async () => {
		stop?.();
		vi.useRealTimers();
		await deviceDb().settings.clear();
	});

	function watch(page: ReturnType<typeof fakePage>) {
		const onIdle = vi.fn();
		stop = lock.watch({ onIdle, target: page.target, document: page.doc, now: () => Date.now() });
		return onIdle;
	}

	it('locks after five minutes without input by default', () => {
		const page = fakePage();
		const onIdle = watch(page);
		vi.advanceTimersByTime(5 * 60_000 - 1);
		expect(onIdle).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(onIdle).toHaveBeenCalledTimes(1);
	});

	it('counts from the last input', () => {
		const page = fakePage();
		const onIdle = watch(page);
		vi.advanceTimersByTime(4 * 60_000);
		page.input();
		vi.advanceTimersByTime(4 * 60_000);
		expect(onIdle).not.toHaveBeenCalled();
		vi.advanceTimersByTime(60_000);
		expect(onIdle).toHaveBeenCalledTimes(1);
	});

	it('locks at once when the app comes back after being hidden longer than that', () => {
		const page = fakePage();
		const onIdle = watch(page);
		page.hide();
		// A hidden page's timers may not run at all: only the clock moves.
		vi.setSystemTime(Date.now() + 6 * 60_000);
		page.show();
		expect(onIdle).toHaveBeenCalledTimes(1);
	});

	it('does not lock when the app was hidden for a shorter time', () => {
		const page = fakePage();
		const onIdle = watch(page);
		page.hide();
		vi.setSystemTime(Date.now() + 60_000);
		page.show();
		expect(onIdle).not.toHaveBeenCalled();
	});

	it('follows the device setting, kept in the device database', async () => {
		const page = fakePage();
		const onIdle = watch(page);
		await lock.setMinutes(1);
		expect((await deviceDb().settings.get('lockAfterMinutes'))?.value).toBe(1);
		vi.advanceTimersByTime(60_000);
		expect(onIdle).toHaveBeenCalledTimes(1);
		await lock.setMinutes(5);
		await lock.load();
		expect(lock.minutes).toBe(5);
	});
});
