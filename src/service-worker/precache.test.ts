import { describe, expect, it } from 'vitest';
import { appShellUrl, isAppNavigation, precacheEntries } from './precache';

describe('precacheEntries', () => {
	const build = ['/_app/immutable/entry/start.abc123.js', '/_app/immutable/assets/0.def.css', '/_app/version.json'];
	const files = ['/manifest.webmanifest', '/icons/icon-192.png'];

	it('keeps every build file, every static file and the shell page', () => {
		const urls = precacheEntries(build, files, 'v1').map((entry) => entry.url);
		expect(urls).toEqual([...build, ...files, appShellUrl]);
	});

	it('lets hashed files be their own revision and revises the rest with the build version', () => {
		const entries = precacheEntries(build, files, 'v7');
		expect(entries.find((e) => e.url.includes('start'))?.revision).toBeNull();
		expect(entries.find((e) => e.url === '/_app/version.json')?.revision).toBe('v7');
		expect(entries.find((e) => e.url === appShellUrl)?.revision).toBe('v7');
	});

	it('never precaches anything under /db/', () => {
		const urls = precacheEntries([...build, '/db/_session'], ['/db'], 'v1').map((e) => e.url);
		expect(urls.some((url) => url.startsWith('/db'))).toBe(false);
	});

	it('lists a URL once even if the build and static lists both name it', () => {
		const urls = precacheEntries(['/a.js'], ['/a.js'], 'v1').map((e) => e.url);
		expect(urls.filter((url) => url === '/a.js')).toHaveLength(1);
	});
});

describe('isAppNavigation', () => {
	const at = (path: string) => new URL(path, 'http://localhost:3000');

	it('serves the shell for app routes, deep ones included', () => {
		expect(isAppNavigation(at('/'))).toBe(true);
		expect(isAppNavigation(at('/families'))).toBe(true);
		expect(isAppNavigation(at('/families/family:01abc?tab=visits'))).toBe(true);
	});

	it('leaves the database and files alone', () => {
		expect(isAppNavigation(at('/db/_session'))).toBe(false);
		expect(isAppNavigation(at('/db'))).toBe(false);
		expect(isAppNavigation(at('/manifest.webmanifest'))).toBe(false);
		expect(isAppNavigation(at('/icons/icon-512.png'))).toBe(false);
	});
});
