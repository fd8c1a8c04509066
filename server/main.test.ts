// The launcher end to end: one origin serving the app and the proxied embedded CouchDB, its
// failures, and the command's output and shutdown.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { optionsFromEnv, startYorisoi, StartupError } from './main.ts';
import { testCity } from './provision/test-city.ts';
import { closeServer, eventually, listenOnFreePort } from './test-http.ts';

const root = mkdtempSync(path.join(tmpdir(), 'yorisoi-main-'));
const build = path.join(root, 'build');
mkdirSync(build);
writeFileSync(path.join(build, 'index.html'), '<!doctype html><title>Yorisoi</title>');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const { teams, users } = testCity();
const quiet = () => {};
const unreachable = (url: string) => fetch(url).then(
	() => false,
	() => true
);

describe('startYorisoi', () => {
	it('serves the app and the database on one origin, then stops everything', async () => {
		const app = await startYorisoi({ port: 0, dataDir: path.join(root, 'data-a'), staticDir: build, plan: { teams, users }, log: quiet });
		try {
			expect(app.url).toMatch(/^http:\/\/localhost:\d+\/$/);
			const page = await fetch(new URL('/visits/new', app.url));
			expect(await page.text()).toContain('<title>Yorisoi</title>');
			expect(page.headers.get('x-frame-options')).toBe('DENY');
			// A build without a policy in index.html gets none that would let it run.
			expect(page.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");

			const midwife = users.find((u) => u.name === 'midwife.chuo')!;
			const login = await fetch(new URL('/db/_session', app.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: midwife.name, password: midwife.password }) });
			expect(login.status).toBe(200);
			const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
			expect((await fetch(new URL('/db/yorisoi-team-chuo', app.url), { headers: { cookie } })).status).toBe(200);
			expect((await fetch(new URL('/db/_utils/', app.url))).status).toBe(404);
			expect(app.adminAuth.name).toBe('admin');
			expect(app.users.map((u) => u.name)).toEqual(users.map((u) => u.name));
		} finally {
			await app.stop();
		}
		expect(await unreachable(app.url)).toBe(true);
		expect(await unreachable(app.couchUrl)).toBe(true);
	}, 20_000);

	it('refuses to start without a built app', async () => {
		await expect(startYorisoi({ port: 0, dataDir: path.join(root, 'data-b'), staticDir: path.join(root, 'nothing'), demo: false, log: quiet })).rejects.toThrow(/run npm run build first/);
	});

	it('says to set PORT when the port is taken, before starting CouchDB', async () => {
		const squatter = http.createServer();
		const taken = Number(new URL(await listenOnFreePort(squatter)).port);
		try {
			const failure = startYorisoi({ port: taken, dataDir: path.join(root, 'data-c'), staticDir: build, plan: { teams, users }, log: quiet });
			await expect(failure).rejects.toThrow(StartupError);
			await expect(failure).rejects.toThrow(/Set PORT/);
			expect(existsSync(path.join(root, 'data-c'))).toBe(false);
		} finally {
			await closeServer(squatter);
		}
	});
});

describe('optionsFromEnv', () => {
	it('reads the documented variables', () => {
		const options = optionsFromEnv({ PORT: '0', HOST: '0.0.0.0', YORISOI_DEMO: '0', YORISOI_STATIC_LIVE: '1', COUCHDB_URL: 'http://couch.example:5984/', COUCHDB_USER: 'admin', COUCHDB_PASSWORD: 's3cret' });
		expect(options).toMatchObject({ port: 0, host: '0.0.0.0', demo: false, staticLive: true, couch: { url: 'http://couch.example:5984', admin: { name: 'admin', password: 's3cret' } } });
		expect(optionsFromEnv({ COUCHDB_URL: 'https://a%40b:p%3Aw@couch.example/' }).couch).toEqual({ url: 'https://couch.example', admin: { name: 'a@b', password: 'p:w' } });
		expect(optionsFromEnv({})).toEqual({});
	});

	it('refuses values it cannot use', () => {
		expect(() => optionsFromEnv({ PORT: 'eighty' })).toThrow(/PORT/);
		expect(() => optionsFromEnv({ YORISOI_DEMO: 'maybe' })).toThrow(/YORISOI_DEMO/);
		expect(() => optionsFromEnv({ COUCHDB_URL: 'http://couch.example:5984' })).toThrow(/credentials/);
	});
});

describe('node server/main.ts', () => {
	const main = fileURLToPath(new URL('./main.ts', import.meta.url));
	const launch = (env: Record<string, string>) => {
		const child = spawn(process.execPath, [main], { env: { ...process.env, PORT: '0', COUCHDB_URL: '', YORISOI_DEMO: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
		const output = { stdout: '', stderr: '' };
		child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk));
		child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk));
		const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
		return { child, output, exited };
	};

	it('prints the ready line, serves, and exits 0 on SIGINT', async () => {
		const { child, output, exited } = launch({ YORISOI_DATA_DIR: path.join(root, 'data-d'), YORISOI_STATIC_DIR: build });
		const url = await eventually('the ready line', async () => /Yorisoi is ready at (http:\/\/localhost:\d+\/)\n/.exec(output.stdout)?.[1] ?? (output.stderr ? Promise.reject(new Error(output.stderr)) : undefined), 15_000);
		expect((await fetch(url)).status).toBe(200);
		const couchUrl = /CouchDB \(embedded pouchdb-server\): (\S+),/.exec(output.stdout)![1]!;
		expect((await fetch(couchUrl)).status).toBe(200);
		child.kill('SIGINT');
		expect(await exited).toBe(0);
		expect(await unreachable(couchUrl)).toBe(true);
	}, 20_000);

	it('explains a missing build and exits 1', async () => {
		const { output, exited } = launch({ YORISOI_DATA_DIR: path.join(root, 'data-e'), YORISOI_STATIC_DIR: path.join(root, 'nothing') });
		expect(await exited).toBe(1);
		expect(output.stderr).toMatch(/run npm run build first/);
	});
});
