import { mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedCouch } from './embedded-couch.ts';
import { basicAuth } from './provision/couch-client.ts';

interface Session {
	userCtx: { name: string | null; roles: string[] };
}
const session = async (response: Promise<Response>) => (await (await response).json()) as Session;

const root = mkdtempSync(path.join(tmpdir(), 'yorisoi-couch-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the embedded CouchDB', () => {
	it('ends admin party with a private admin password and keeps its files in the data directory', async () => {
		const dataDir = path.join(root, 'first');
		const couch = await startEmbeddedCouch({ dataDir });
		try {
			expect(couch.url).toBe(`http://127.0.0.1:${couch.port}`);
			const anonymous = await session(fetch(`${couch.url}/_session`));
			expect(anonymous.userCtx.roles).not.toContain('_admin');
			expect((await fetch(`${couch.url}/_config`)).status).toBe(401);
			const admin = await session(fetch(`${couch.url}/_session`, { headers: { authorization: basicAuth(couch.admin) } }));
			expect(admin.userCtx.roles).toContain('_admin');

			const adminFile = path.join(dataDir, 'admin.json');
			expect(JSON.parse(readFileSync(adminFile, 'utf8'))).toEqual(couch.admin);
			expect(statSync(adminFile).mode & 0o777).toBe(0o600);
			expect(statSync(path.join(dataDir, 'couch')).mode & 0o777).toBe(0o700);
			expect(couch.logFile).toBe(path.join(dataDir, 'couch', 'log.txt'));
			// pouchdb-server writes log.txt and config.json into its working directory by default.
			expect(readFileSync(couch.logFile, 'utf8')).toContain(`pouchdb-server has started on ${couch.url}/`);
			expect(JSON.parse(readFileSync(path.join(dataDir, 'couch', 'config.json'), 'utf8')).admins).toHaveProperty(couch.admin.name);
			// CORS is off: only the same-origin proxy reaches it from a browser.
			const preflight = await fetch(`${couch.url}/_session`, { headers: { origin: 'https://evil.example' } });
			expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
		} finally {
			await couch.stop();
		}
		expect(await fetch(couch.url).then(() => 'up', () => 'down')).toBe('down');
	});

	it('keeps cookie sessions valid across a restart', async () => {
		const dataDir = path.join(root, 'sessions');
		let couch = await startEmbeddedCouch({ dataDir });
		try {
			const login = await fetch(`${couch.url}/_session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: couch.admin.name, password: couch.admin.password }) });
			const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
			await couch.stop();
			couch = await startEmbeddedCouch({ dataDir });
			const restored = await session(fetch(`${couch.url}/_session`, { headers: { cookie } }));
			expect(restored.userCtx.name).toBe(couch.admin.name);
		} finally {
			await couch.stop();
		}
	});

	it('explains what to do when the admin password file is lost', async () => {
		const dataDir = path.join(root, 'lost');
		await (await startEmbeddedCouch({ dataDir })).stop();
		renameSync(path.join(dataDir, 'admin.json'), path.join(dataDir, 'admin.json.bak'));
		await expect(startEmbeddedCouch({ dataDir })).rejects.toThrow(/admin\.json is missing/);
	});
});
