// Kit 2 keeps its options here; see docs/decisions.md for why we stay on Kit 2 for now.
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// Kit reads this file more than once per build: fix the version on first read so every part of
// the build (pages, chunks, service worker) names the same one.
process.env.YORISOI_VERSION ??= new Date().toISOString();

// Tests build a second version elsewhere to play a deploy while the app is open.
const buildDir = process.env.YORISOI_BUILD_DIR ?? 'build';

// Kit's root component has one inline style attribute: the screen reader's route announcer, kept
// off-screen. The policy allows that exact attribute by its hash ('unsafe-hashes') and no other
// inline style. Read from Kit itself so that an update of Kit cannot leave a stale hash.
function announcerStyleHash() {
	const kitDir = path.dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
	const source = readFileSync(path.join(kitDir, 'src/core/sync/write_root.js'), 'utf8');
	const style = /<div id="svelte-announcer"[^>]*\sstyle="([^"]+)"/.exec(source)?.[1];
	if (!style) throw new Error('svelte.config.js: Kit\'s route announcer changed; revisit style-src-attr in kit.csp');
	return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: 'index.html', precompress: false, strict: true }),
		// Absolute asset paths: with relative paths a deep link served offline by the
		// service worker failed to import its chunks (STACK.md).
		paths: { relative: false },
		// workbox-window registers the worker, so we can offer the update prompt.
		serviceWorker: { register: false },
		version: { name: process.env.YORISOI_VERSION },
		// The Content-Security-Policy, written as a <meta> into the SPA fallback (index.html) with the
		// hash of Kit's one inline bootstrap script; the launcher sends the same policy as a header,
		// plus frame-ancestors, which a <meta> cannot carry. Why each source: docs/decisions.md.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['none'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', announcerStyleHash()],
				'img-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['none']
			}
		},
		alias: { '$server/*': 'server/*' }
	}
};

export default config;
