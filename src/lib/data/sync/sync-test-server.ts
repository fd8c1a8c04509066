// A throwaway pouchdb-server (in memory, on a free port) for the sync integration tests, with a
// team database that has members, a validate_doc_update, and a cookie-session user.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../../../server/embedded-couch.ts';

const host = '127.0.0.1';
const admin = { name: 'admin', password: 'test-admin-password' };
const authorization = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`;

/* Ends the server when the test process goes away, even if it crashed: the parent holds stdin open. */
const guard = 'data:text/javascript,process.stdin.on("end",()=>process.exit(0));process.stdin.on("error",()=>process.exit(0));process.stdin.resume();';

export interface TestCouch {
	url: string;
	/** as admin: creates `_users` entries, databases, `_security` and design documents */
	admin(path: string, init?: { method?: string; body?: unknown }): Promise<Response>;
	/** logs in through `_session` and returns the `AuthSession=…` cookie */
	login(name: string, password: string): Promise<string>;
	stop(): Promise<void>;
}

export async function startTestCouch(): Promise<TestCouch> {
	const port = await freePort();
	const dir = mkdtempSync(path.join(tmpdir(), 'yorisoi-sync-couch-'));
	const bin = createRequire(import.meta.url).resolve('pouchdb-server/bin/pouchdb-server');
	const child = spawn(process.execPath, ['--import', guard, bin, '--in-memory', '--host', host, '--port', String(port), '-n'], { cwd: dir, stdio: ['pipe', 'ignore', 'pipe'] });
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const url = `http://${host}:${port}`;

	const deadline = Date.now() + 20_000;
	while (!(await answers(url))) {
		if (Date.now() > deadline || child.exitCode !== null) throw new Error(`pouchdb-server did not start on ${url}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	// pouchdb-server starts in "admin party"; a real admin makes everyone else a plain user.
	await fetch(`${url}/_config/admins/${admin.name}`, { method: 'PUT', body: JSON.stringify(admin.password) });

	return {
		url,
		admin: (relative, init = {}) =>
			fetch(`${url}${relative}`, {
				method: init.method ?? 'GET',
				headers: { Authorization: authorization, 'Content-Type': 'application/json' },
				...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {})
			}),
		async login(name, password) {
			const response = await fetch(`${url}/_session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, password }) });
			const cookie = response.headers.get('set-cookie')?.split(';')[0];
			if (!response.ok || !cookie) throw new Error(`login failed for ${name}: ${response.status}`);
			return cookie;
		},
		async stop() {
			child.stdin.end();
			child.kill('SIGINT');
			await exited;
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

export interface TestUser {
	name: string;
	password: string;
	roles: string[];
}

/** Creates `db` for members with `role`; its validate_doc_update refuses documents with `refuse: true`. */
export async function provisionTeam(couch: TestCouch, db: string, role: string, users: TestUser[]): Promise<void> {
	const ok = async (response: Promise<Response>) => {
		const answer = await response;
		if (!answer.ok) throw new Error(`${answer.status} ${await answer.text()}`);
	};
	await ok(couch.admin(`/${db}`, { method: 'PUT' }));
	await ok(couch.admin(`/${db}/_security`, { method: 'PUT', body: { admins: { names: [], roles: [] }, members: { names: [], roles: [role] } } }));
	const validate = 'function (newDoc, oldDoc, userCtx) { if (newDoc.refuse) throw({ forbidden: "refused for test: " + newDoc._id }); }';
	await ok(couch.admin(`/${db}/_design/rules`, { method: 'PUT', body: { validate_doc_update: validate } }));
	for (const user of users) {
		await ok(couch.admin(`/_users/org.couchdb.user:${user.name}`, { method: 'PUT', body: { ...user, type: 'user' } }));
	}
}

/** `fetch` as a browser with this cookie in its jar would send it. */
export function withCookie(cookie: () => string | undefined): typeof fetch {
	return (input, init = {}) => {
		const headers = new Headers(init.headers);
		const value = cookie();
		if (value) headers.set('Cookie', value);
		return fetch(input, { ...init, headers });
	};
}

async function answers(url: string): Promise<boolean> {
	try {
		return (await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok;
	} catch {
		return false;
	}
}
