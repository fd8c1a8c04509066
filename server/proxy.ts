// The same-origin reverse proxy from `/db/…` to CouchDB: streams both ways (long-poll and continuous
// `_changes` feeds included), keeps cookies working, and refuses the server's admin surfaces.

import http, { type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import https from 'node:https';
import { databaseResponsePolicy, setSecurityHeaders } from './security-headers.ts';

export const couchPathPrefix = '/db';

export interface CouchProxyOptions {
	/** CouchDB's base URL, without credentials: the proxy adds none, the browser's session is used. */
	couchUrl: string;
	/** How long to wait for a TCP connection before answering 502. */
	connectTimeoutMs?: number;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** The handler, plus `close()` to drop the kept-alive upstream connections on shutdown. */
export type CouchProxy = RequestHandler & { close(): void };

/**
 * Top-level paths no browser needs, refused by their first path segment. pouchdb-server shows them
 * to anyone (Fauxton, every database name), and CouchDB 3 keeps them for admins, who use its own port.
 */
const deniedPrefixes = ['_utils', '_config', '_node', '_replicator', '_global_changes'];
const deniedExact = ['_all_dbs'];
const streamingFeeds = ['continuous', 'eventsource'];

export function isCouchPath(pathname: string): boolean {
	return pathname === couchPathPrefix || pathname.startsWith(`${couchPathPrefix}/`);
}

export function createCouchProxy(options: CouchProxyOptions): CouchProxy {
	const upstream = new URL(options.couchUrl);
	if (upstream.username || upstream.password) throw new Error('the proxy must not carry credentials: pass the CouchDB URL without them');
	const basePath = upstream.pathname.replace(/\/+$/, '');
	const transport = upstream.protocol === 'https:' ? https : http;
	// Long-polls hold a socket each for their whole life, so no cap on sockets.
	const agent = new transport.Agent({ keepAlive: true });
	const connectTimeoutMs = options.connectTimeoutMs ?? 5_000;

	const handle: RequestHandler = (req, res) => {
		// Prefixing the origin stops a `//host/…` request path from being read as another host.
		const url = new URL(`http://proxy.invalid${req.url ?? '/'}`);
		if (!isCouchPath(url.pathname)) return sendJson(res, 404, 'not_found', 'Not a database path.');
		const rest = url.pathname.slice(couchPathPrefix.length) || '/';

		let first: string;
		try {
			first = decodeURIComponent(rest.split('/').find((segment) => segment !== '') ?? '');
		} catch {
			return sendJson(res, 400, 'bad_request', 'Malformed percent-encoding in the path.');
		}
		if (deniedExact.includes(first) || deniedPrefixes.some((prefix) => first.startsWith(prefix))) {
			return sendJson(res, 404, 'not_found', 'This server path is not available through the app.');
		}

		const headers = { ...withoutHopByHop(req.headers), host: upstream.host };
		// pouchdb-server gzips a continuous feed and never flushes it: the browser would see nothing.
		if (rest.endsWith('/_changes') && streamingFeeds.includes(url.searchParams.get('feed') ?? '')) headers['accept-encoding'] = 'identity';

		const upstreamReq = transport.request({
			protocol: upstream.protocol,
			hostname: upstream.hostname,
			port: upstream.port,
			method: req.method,
			path: basePath + rest + url.search,
			headers,
			agent
		});

		upstreamReq.on('socket', (socket) => {
			if (!socket.connecting) return;
			const timer = setTimeout(() => upstreamReq.destroy(new Error('connect timeout')), connectTimeoutMs);
			socket.once('connect', () => clearTimeout(timer));
			socket.once('close', () => clearTimeout(timer));
		});

		upstreamReq.on('response', (upstreamRes) => {
			const headers: OutgoingHttpHeaders = withoutHopByHop(upstreamRes.headers);
			for (const name of Object.keys(headers)) {
				// Same-origin only: CORS grants from the server would open the data to other sites.
				if (name.startsWith('access-control-')) delete headers[name];
			}
			const location = upstreamRes.headers.location;
			if (location?.startsWith(upstream.origin + basePath)) {
				headers.location = couchPathPrefix + location.slice((upstream.origin + basePath).length);
			}
			setSecurityHeaders(res);
			// A document opened from /db/ (an attachment, say) must not run script on the app's origin.
			res.setHeader('Content-Security-Policy', databaseResponsePolicy);
			res.writeHead(upstreamRes.statusCode ?? 502, headers);
			// A continuous feed may send nothing for a while; the client should see the headers now.
			res.flushHeaders();
			upstreamRes.pipe(res);
			upstreamRes.on('error', () => res.destroy());
		});

		upstreamReq.on('error', () => {
			if (!res.headersSent) sendJson(res, 502, 'unavailable', 'The database server is not reachable.');
			else res.destroy();
		});

		// When the browser goes away, so does the upstream request: a long-poll must not linger.
		res.on('close', () => {
			if (!res.writableFinished) upstreamReq.destroy();
		});
		req.pipe(upstreamReq);
	};
	return Object.assign(handle, { close: () => agent.destroy() });
}

// Connection-level headers belong to one hop, not to the message (RFC 9110 §7.6.1).
const hopByHop = ['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade'];

function withoutHopByHop(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
	const named = String(headers.connection ?? '')
		.split(',')
		.map((name) => name.trim().toLowerCase());
	const result: OutgoingHttpHeaders = {};
	for (const [name, value] of Object.entries(headers)) {
		if (value !== undefined && !hopByHop.includes(name) && !named.includes(name)) result[name] = value;
	}
	return result;
}

function sendJson(res: ServerResponse, status: number, error: string, reason: string) {
	const body = JSON.stringify({ error, reason });
	setSecurityHeaders(res);
	res.setHeader('Content-Security-Policy', databaseResponsePolicy);
	res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
	res.end(body);
}
