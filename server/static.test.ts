import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionsPolicy } from './security-headers.ts';
import { contentSecurityPolicyOf, createStaticApp, hasBuiltApp, lockedDownPolicy } from './static.ts';
import { closeServer, listenOnFreePort, rawRequest } from './test-http.ts';

// A project-like tree: a secret beside the build directory must never be served.
const root = mkdtempSync(path.join(tmpdir(), 'yorisoi-static-'));
const build = path.join(root, 'build');
// What the build writes (svelte.config.js's kit.csp): the policy as a <meta>, with the bootstrap's hash.
const metaPolicy = "default-src 'none'; script-src 'self' 'sha256-AbC+/123='; style-src 'self'; form-action 'none'";
const files: Record<string, string> = {
	'index.html': `<!doctype html><head><meta http-equiv="content-security-policy" content="${metaPolicy}"><title>Yorisoi</title></head>`,
	'service-worker.js': 'self.addEventListener("fetch", () => {});',
	'manifest.webmanifest': '{"name":"Yorisoi"}',
	'favicon.png': 'png',
	'_app/version.json': '{"version":"1"}',
	'_app/immutable/entry/app.B4x9.js': 'export const app = 1;'
};
writeFileSync(path.join(root, 'package.json'), '{"secret":"do-not-serve"}');
for (const [name, content] of Object.entries(files)) {
	mkdirSync(path.dirname(path.join(build, name)), { recursive: true });
	writeFileSync(path.join(build, name), content);
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each([
	{ mode: 'cached', live: false },
	{ mode: 'live', live: true }
])('the static app ($mode)', ({ live }) => {
	const server = http.createServer(createStaticApp({ dir: build, live }));
	let url: string;
	beforeAll(async () => {
		url = await listenOnFreePort(server);
	});
	afterAll(() => closeServer(server));

	it('serves index.html for navigations to app routes', async () => {
		for (const route of ['/', '/families/family:01HX', '/visits/new']) {
			const response = await rawRequest(url, route, { headers: { accept: 'text/html' } });
			expect(response.status, route).toBe(200);
			expect(response.body, route).toBe(files['index.html']);
			expect(response.headers['cache-control'], route).toBe('no-cache');
		}
	});

	it('caches /_app/immutable/ files for a year and revalidates the rest', async () => {
		const immutable = await rawRequest(url, '/_app/immutable/entry/app.B4x9.js');
		expect(immutable.body).toBe(files['_app/immutable/entry/app.B4x9.js']);
		expect(immutable.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		for (const name of ['/service-worker.js', '/manifest.webmanifest', '/index.html', '/_app/version.json', '/favicon.png']) {
			const response = await rawRequest(url, name);
			expect(response.status, name).toBe(200);
			expect(response.headers['cache-control'], name).toBe('no-cache');
		}
	});

	it('answers 404, not index.html, for a missing file', async () => {
		for (const name of ['/_app/immutable/entry/missing.js', '/_app/immutable/', '/_app/nothing', '/missing.png']) {
			const response = await rawRequest(url, name);
			expect(response.status, name).toBe(404);
			expect(response.body, name).not.toContain('<title>');
		}
	});

	it('puts the security headers on every response, 404s included', async () => {
		for (const name of ['/', '/families/family:01HX', '/index.html', '/service-worker.js', '/_app/immutable/entry/app.B4x9.js', '/missing.png']) {
			const { headers } = await rawRequest(url, name);
			expect(headers['x-content-type-options'], name).toBe('nosniff');
			expect(headers['referrer-policy'], name).toBe('no-referrer');
			expect(headers['x-frame-options'], name).toBe('DENY');
			expect(headers['permissions-policy'], name).toBe(permissionsPolicy);
			expect(headers['cross-origin-opener-policy'], name).toBe('same-origin');
			expect(headers['cross-origin-resource-policy'], name).toBe('same-origin');
			// The page's policy and the worker's own (service-worker.js) are the build's, plus frame-ancestors.
			expect(headers['content-security-policy'], name).toBe(`${metaPolicy}; frame-ancestors 'none'`);
		}
		const refused = await rawRequest(url, '/index.html', { method: 'POST', body: 'x' });
		expect(refused.headers['content-security-policy']).toBe(`${metaPolicy}; frame-ancestors 'none'`);
	});

	it('refuses camera, microphone, location and the other powerful features', () => {
		for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'display-capture']) expect(permissionsPolicy).toContain(`${feature}=()`);
	});

	it.each(['/../package.json', '/%2e%2e/package.json', '/%2E%2E/%2E%2E/package.json', '/_app/../../package.json', '/..%2fpackage.json', '/..\\package.json', '//../package.json'])(
		'never serves files outside the directory: %s',
		async (name) => {
			const response = await rawRequest(url, name);
			expect(response.body).not.toContain('do-not-serve');
		}
	);

	it('refuses methods other than GET and HEAD', async () => {
		const response = await rawRequest(url, '/index.html', { method: 'POST', body: 'x' });
		expect(response.status).toBe(405);
	});
});

describe('the static app, live', () => {
	it('sees a new deploy without restarting', async () => {
		const dir = path.join(root, 'live');
		mkdirSync(dir);
		writeFileSync(path.join(dir, 'index.html'), 'version 1');
		const server = http.createServer(createStaticApp({ dir, live: true }));
		const url = await listenOnFreePort(server);
		try {
			expect((await rawRequest(url, '/deep/route')).body).toBe('version 1');
			writeFileSync(path.join(dir, 'index.html'), 'version 2');
			writeFileSync(path.join(dir, 'service-worker.js'), 'new worker');
			expect((await rawRequest(url, '/deep/route')).body).toBe('version 2');
			expect((await rawRequest(url, '/service-worker.js')).body).toBe('new worker');
		} finally {
			await closeServer(server);
		}
	});
});

describe('contentSecurityPolicyOf', () => {
	it('reads the policy from the meta Kit writes and adds frame-ancestors, which a meta cannot carry', () => {
		const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${metaPolicy}"></head>`;
		expect(contentSecurityPolicyOf(html)).toBe(`${metaPolicy}; frame-ancestors 'none'`);
	});

	it('decodes HTML-escaped quotes and ampersands', () => {
		const html = `<meta http-equiv="content-security-policy" content="default-src &#39;none&#39;; script-src &#x27;self&#x27; &apos;sha256-x&apos;; img-src &quot;self&quot; &amp;">`;
		expect(contentSecurityPolicyOf(html)).toBe(`default-src 'none'; script-src 'self' 'sha256-x'; img-src "self" &; frame-ancestors 'none'`);
	});

	it('keeps one frame-ancestors, and it is none', () => {
		const html = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; frame-ancestors *;">`;
		expect(contentSecurityPolicyOf(html)).toBe(`default-src 'self'; frame-ancestors 'none'`);
	});

	it('locks everything down when the build has no policy, so the omission shows at once', () => {
		expect(contentSecurityPolicyOf('<!doctype html><title>no policy</title>')).toBe(lockedDownPolicy);
		expect(lockedDownPolicy).toContain("default-src 'none'");
	});

	it('follows a deploy that changes the policy', async () => {
		const dir = path.join(root, 'csp-deploy');
		mkdirSync(dir);
		const page = (hash: string) => `<meta http-equiv="content-security-policy" content="script-src 'self' '${hash}'">`;
		writeFileSync(path.join(dir, 'index.html'), page('sha256-one'));
		const server = http.createServer(createStaticApp({ dir, live: true }));
		const url = await listenOnFreePort(server);
		try {
			expect((await rawRequest(url, '/')).headers['content-security-policy']).toBe(`script-src 'self' 'sha256-one'; frame-ancestors 'none'`);
			writeFileSync(path.join(dir, 'index.html'), page('sha256-second'));
			expect((await rawRequest(url, '/')).headers['content-security-policy']).toBe(`script-src 'self' 'sha256-second'; frame-ancestors 'none'`);
		} finally {
			await closeServer(server);
		}
	});
});

describe('hasBuiltApp', () => {
	it('is true only for a directory with index.html', () => {
		expect(hasBuiltApp(build)).toBe(true);
		expect(hasBuiltApp(root)).toBe(false);
		expect(hasBuiltApp(path.join(root, 'nowhere'))).toBe(false);
	});
});
