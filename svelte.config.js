// Kit 2 keeps its options here; see docs/decisions.md for why we stay on Kit 2 for now.
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Kit reads this file more than once per build: fix the version on first read so every part of
// the build (pages, chunks, service worker) names the same one.
process.env.YORISOI_VERSION ??= new Date().toISOString();

// Tests build a second version elsewhere to play a deploy while the app is open.
const buildDir = process.env.YORISOI_BUILD_DIR ?? 'build';

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
		alias: { '$server/*': 'server/*' }
	}
};

export default config;
