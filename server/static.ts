// Serves the built app (`build/`): the SPA fallback for navigations, caching fit for a service
// worker app, and the security headers.

import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { setSecurityHeaders } from './security-headers.ts';

export interface StaticAppOptions {
	dir: string;
	/** Re-read the directory on every request, for tests that swap it to simulate a new deploy. */
	live?: boolean;
}

export function hasBuiltApp(dir: string): boolean {
	return existsSync(path.join(dir, 'index.html'));
}

const immutable = 'public, max-age=31536000, immutable';
// Everything else is revalidated (ETag) so that a deploy reaches the browser, above all
// service-worker.js, index.html and the manifest, which name every other file.
const revalidate = 'no-cache';

export function createStaticApp(options: StaticAppOptions): (req: IncomingMessage, res: ServerResponse) => void {
	const serve = sirv(path.resolve(options.dir), {
		dev: options.live ?? false,
		etag: true,
		gzip: true,
		brotli: true,
		dotfiles: false,
		// The fallback serves index.html for paths without a file extension, so a missing script
		// answers 404 instead of HTML the service worker would cache as the script.
		single: true,
		// Nor is there a fallback under /_app/: index.html must never be cached there as immutable.
		ignores: ['^/_app/'],
		setHeaders: (res, pathname) => {
			res.setHeader('Cache-Control', pathname.startsWith('/_app/immutable/') ? immutable : revalidate);
		},
		onNoMatch: (_req, res) => {
			res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
			res.end('Not found');
		}
	});

	return (req, res) => {
		setSecurityHeaders(res);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
			res.end('Method not allowed');
			return;
		}
		serve(req, res);
	};
}
