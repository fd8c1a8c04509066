import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freePort } from './embedded-couch.ts';
import { createCouchProxy, type CouchProxy } from './proxy.ts';
import { closeServer, eventually, listenOnFreePort, rawRequest } from './test-http.ts';

interface Seen {
	method: string;
	url: string;
	headers: http.IncomingHttpHeaders;
	body: string;
	closed: boolean;
}

// A stand-in for CouchDB that records what reaches it and answers per path.
let seen: Seen[] = [];
let releaseStream: () => void = () => {};
const upstream = http.createServer((req, res) => {
	const record: Seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: '', closed: false };
	seen.push(record);
	req.on('data', (chunk: Buffer) => (record.body += chunk.toString()));
	res.on('close', () => (record.closed = true));
	req.on('end', () => {
		const path = (req.url ?? '').split('?')[0];
		if (path === '/stream') {
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.write('{"seq":1}\n');
			releaseStream = () => res.end('{"seq":2}\n');
		} else if (path === '/hang') {
			// never answers, like a long-poll with nothing new
		} else if (path === '/_session') {
			res.writeHead(200, {
				'Set-Cookie': ['AuthSession=abc123; Version=1; Path=/; HttpOnly', 'Other=1; Path=/'],
				'Access-Control-Allow-Origin': 'https://evil.example',
				'Access-Control-Allow-Credentials': 'true',
				'Content-Type': 'application/json'
			});
			res.end('{"ok":true}');
		} else if (path === '/mydb/newdoc') {
			res.writeHead(201, { Location: `http://${req.headers.host}/mydb/newdoc`, 'Content-Type': 'application/json' });
			res.end('{"ok":true}');
		} else {
			res.writeHead(200, { 'Content-Type': 'application/json', Connection: 'keep-alive, X-Hop', 'X-Hop': 'one hop only', 'Keep-Alive': 'timeout=99' });
			res.end(JSON.stringify({ path: req.url }));
		}
	});
});

let upstreamUrl: string;
let proxy: CouchProxy;
const front = http.createServer((req, res) => proxy(req, res));
let proxyUrl: string;

beforeAll(async () => {
	upstreamUrl = await listenOnFreePort(upstream);
	proxy = createCouchProxy({ couchUrl: upstreamUrl });
	proxyUrl = await listenOnFreePort(front);
});
afterAll(async () => {
	proxy.close();
	await closeServer(front);
	await closeServer(upstream);
});
beforeEach(() => {
	seen = [];
});

describe('the /db proxy', () => {
	it('strips /db and keeps method, query, body, cookies and authorization', async () => {
		const response = await rawRequest(proxyUrl, '/db/yorisoi-team-chuo/_bulk_docs?new_edits=false&x=%2F', {
			method: 'POST',
			headers: { cookie: 'AuthSession=abc', authorization: 'Basic eDp5', 'content-type': 'application/json' },
			body: '{"docs":[]}'
		});
		expect(response.status).toBe(200);
		expect(seen).toHaveLength(1);
		expect(seen[0]).toMatchObject({ method: 'POST', url: '/yorisoi-team-chuo/_bulk_docs?new_edits=false&x=%2F', body: '{"docs":[]}' });
		expect(seen[0]!.headers).toMatchObject({ cookie: 'AuthSession=abc', authorization: 'Basic eDp5', host: new URL(upstreamUrl).host });
	});

	it('maps /db and /db/ to the server root and keeps encoded slashes in document ids', async () => {
		await rawRequest(proxyUrl, '/db');
		await rawRequest(proxyUrl, '/db/');
		await rawRequest(proxyUrl, '/db/mydb/family%3Aa%2Fb');
		expect(seen.map((s) => s.url)).toEqual(['/', '/', '/mydb/family%3Aa%2Fb']);
	});

	it('streams a response before the server has finished it', async () => {
		const response = await fetch(`${proxyUrl}/db/stream`);
		const reader = response.body!.getReader();
		const first = await reader.read();
		expect(new TextDecoder().decode(first.value)).toBe('{"seq":1}\n');
		releaseStream();
		let rest = '';
		for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);
		expect(rest).toBe('{"seq":2}\n');
	});

	it('passes every Set-Cookie, drops CORS grants and hop-by-hop headers, adds security headers', async () => {
		const response = await rawRequest(proxyUrl, '/db/_session', { method: 'POST' });
		expect(response.headers['set-cookie']).toEqual(['AuthSession=abc123; Version=1; Path=/; HttpOnly', 'Other=1; Path=/']);
		expect(response.headers['access-control-allow-origin']).toBeUndefined();
		expect(response.headers['access-control-allow-credentials']).toBeUndefined();
		expect(response.headers['x-content-type-options']).toBe('nosniff');
		expect(response.headers['content-security-policy']).toBe("sandbox; default-src 'none'; frame-ancestors 'none'");
		expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
		const other = await rawRequest(proxyUrl, '/db/anything');
		expect(other.headers['x-hop']).toBeUndefined();
		expect(other.headers['keep-alive']).not.toBe('timeout=99');
	});

	it('rewrites a Location that points at the server into the /db path', async () => {
		const response = await rawRequest(proxyUrl, '/db/mydb/newdoc', { method: 'PUT', body: '{}' });
		expect(response.status).toBe(201);
		expect(response.headers.location).toBe('/db/mydb/newdoc');
	});

	it.each([
		'/db/_utils',
		'/db/_utils/index.html',
		'/db/%5Futils/',
		'/db//_utils',
		'/db/x/../_utils',
		'/db/%2e%2e/db/_utils',
		'/db\\_utils',
		'/db/_config',
		'/db/_config/admins/admin',
		'/db/_all_dbs',
		'/db/_all_dbs?x=1',
		'/db/_node/_local/_config',
		'/db/_nodes',
		'/db/_replicator',
		'/db/_replicator/some-job',
		'/db/_global_changes/_changes'
	])('refuses %s at the proxy', async (path) => {
		const response = await rawRequest(proxyUrl, path, { method: path.includes('admins') ? 'PUT' : 'GET', body: path.includes('admins') ? '"pw"' : undefined });
		expect(response.status).toBe(404);
		expect(JSON.parse(response.body)).toMatchObject({ error: 'not_found' });
		expect(response.headers['content-security-policy']).toBe("sandbox; default-src 'none'; frame-ancestors 'none'");
		expect(seen).toEqual([]);
	});

	it('lets the paths the app needs through', async () => {
		for (const path of ['/db/_session', '/db/_users/org.couchdb.user%3Aa', '/db/_uuids', '/db/yorisoi-team-chuo/_changes?feed=longpoll']) {
			seen = [];
			const response = await rawRequest(proxyUrl, path);
			expect(response.status, path).toBeLessThan(300);
			expect(seen, path).toHaveLength(1);
		}
	});

	it('ends the upstream request when the browser goes away', async () => {
		const controller = new AbortController();
		const pending = fetch(`${proxyUrl}/db/hang`, { signal: controller.signal }).catch(() => 'aborted');
		await eventually('the request to reach upstream', async () => seen.length === 1);
		controller.abort();
		expect(await pending).toBe('aborted');
		await eventually('upstream to see the request closed', async () => seen[0]!.closed, 5_000);
	});
});

describe('the /db proxy with the database server down', () => {
	it('answers 502 unavailable at once when nothing listens', async () => {
		const deadProxy = createCouchProxy({ couchUrl: `http://127.0.0.1:${await freePort()}` });
		const server = http.createServer((req, res) => deadProxy(req, res));
		const url = await listenOnFreePort(server);
		try {
			const started = Date.now();
			const response = await rawRequest(url, '/db/yorisoi-team-chuo/_changes?feed=longpoll');
			expect(response.status).toBe(502);
			expect(JSON.parse(response.body)).toMatchObject({ error: 'unavailable' });
			expect(Date.now() - started).toBeLessThan(2_000);
		} finally {
			deadProxy.close();
			await closeServer(server);
		}
	});

	it('answers 502 when the server drops the connection without answering', async () => {
		const rude = net.createServer((socket) => socket.destroy());
		const rudeUrl = await new Promise<string>((resolve) => rude.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(rude.address() as net.AddressInfo).port}`)));
		const rudeProxy = createCouchProxy({ couchUrl: rudeUrl });
		const server = http.createServer((req, res) => rudeProxy(req, res));
		const url = await listenOnFreePort(server);
		try {
			const response = await rawRequest(url, '/db/');
			expect(response.status).toBe(502);
			expect(JSON.parse(response.body)).toMatchObject({ error: 'unavailable' });
		} finally {
			rudeProxy.close();
			await closeServer(server);
			rude.close();
		}
	});

	it('refuses a CouchDB URL with credentials', () => {
		expect(() => createCouchProxy({ couchUrl: 'http://admin:pw@127.0.0.1:5984' })).toThrow(/credentials/);
	});
});
