// Serves the built app (`build/`): the SPA fallback for navigations, caching fit for a service
// worker app, and the security headers, the Content-Security-Policy among them.

import { existsSync, readFileSync, statSync } from 'node:fs';
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

/** Sent when the build carries no policy of its own: nothing runs, so the omission is seen at once. */
export const lockedDownPolicy = "default-src 'none'; frame-ancestors 'none'";

/**
 * The Content-Security-Policy header for a built app: the policy the build wrote into index.html's
 * `<meta>` (svelte.config.js's `kit.csp`, with the hash of Kit's inline bootstrap script), plus
 * `frame-ancestors 'none'`, which only a header can carry. One source, so header and meta agree.
 */
export function contentSecurityPolicyOf(indexHtml: string): string {
	const meta = /<meta\s+http-equiv=["']?content-security-policy["']?\s+content="([^"]*)"/i.exec(indexHtml);
	if (!meta?.[1]) return lockedDownPolicy;
	const policy = decodeAttribute(meta[1])
		.split(';')
		.map((directive) => directive.trim())
		.filter((directive) => directive !== '' && !/^frame-ancestors\b/i.test(directive));
	return [...policy, "frame-ancestors 'none'"].join('; ');
}

function decodeAttribute(value: string): string {
	const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
	return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
		if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
		if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
		return named[name.toLowerCase()] ?? entity;
	});
}

/** Reads the policy from `dir/index.html` again only when the file changes (a deploy). */
function policyReader(dir: string): () => string {
	const file = path.join(dir, 'index.html');
	let seen = '';
	let policy = lockedDownPolicy;
	return () => {
		try {
			const { mtimeMs, size } = statSync(file);
			const stamp = `${mtimeMs}:${size}`;
			if (stamp !== seen) {
				policy = contentSecurityPolicyOf(readFileSync(file, 'utf8'));
				seen = stamp;
			}
		} catch {
			policy = lockedDownPolicy;
			seen = '';
		}
		return policy;
	};
}

export function createStaticApp(options: StaticAppOptions): (req: IncomingMessage, res: ServerResponse) => void {
	const currentPolicy = policyReader(path.resolve(options.dir));
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
		// On every answer, not only pages: service-worker.js's header is the worker's own policy.
		res.setHeader('Content-Security-Policy', currentPolicy());
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
			res.end('Method not allowed');
			return;
		}
		serve(req, res);
	};
}
