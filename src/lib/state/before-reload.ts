// Work that must finish before the app reloads itself (an update) or locks: screens register a
// flush of whatever the user typed, and the reload (or the lock) waits for all of them.
import { logError } from '$lib/log';

type Flush = () => Promise<void> | void;

const flushes = new Set<Flush>();

export function onBeforeReload(flush: Flush): () => void {
	flushes.add(flush);
	return () => flushes.delete(flush);
}

/** Runs every flush; a failing one is reported but does not stop the others. */
export async function flushBeforeReload(): Promise<{ failed: number }> {
	const results = await Promise.allSettled([...flushes].map(async (flush) => flush()));
	const failed = results.filter((r) => r.status === 'rejected');
	for (const failure of failed) logError('A save before reload failed', (failure as PromiseRejectedResult).reason);
	return { failed: failed.length };
}
