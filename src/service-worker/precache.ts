// Which URLs the worker keeps for offline use, and which it must never touch.
import type { PrecacheEntry } from 'workbox-precaching';

/** The SPA fallback page every navigation is answered with while offline. */
export const appShellUrl = '/index.html';

/** The database path: health records must go to IndexedDB through PouchDB, never into a cache. */
export const neverCached = /^\/db(\/|$)/;

/**
 * Hashed files under `_app/immutable/` are their own revision; everything else (static files,
 * the shell page, version.json) is revised with the build's version so a deploy replaces it.
 */
export function precacheEntries(build: string[], files: string[], version: string): PrecacheEntry[] {
	const entries = [...build, ...files, appShellUrl]
		.filter((url) => !neverCached.test(url))
		.map((url) => ({ url, revision: url.includes('/_app/immutable/') ? null : version }));
	const seen = new Set<string>();
	return entries.filter((entry) => !seen.has(entry.url) && seen.add(entry.url));
}

/** Navigations to app routes get the shell; the database and files with an extension do not. */
export function isAppNavigation(url: URL): boolean {
	if (neverCached.test(url.pathname)) return false;
	const lastSegment = url.pathname.split('/').pop() ?? '';
	return !/\.[a-z0-9]+$/i.test(lastSegment);
}
