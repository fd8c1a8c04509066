// The embedded CouchDB for development and demos: a pouchdb-server child process on 127.0.0.1,
// with its databases, configuration, log and server-admin password kept in one data directory.

import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { basicAuth, type CouchAdmin } from './provision/couch-client.ts';

export type { CouchAdmin };

export interface EmbeddedCouchOptions {
	/** Holds `couch/` (databases, config.json, log.txt) and `admin.json`. Created if missing. */
	dataDir: string;
	/** 0 or absent: the port used last time if it is free, otherwise any free port. */
	port?: number;
	/** Name of the server admin created on first start. Default `admin`. */
	adminName?: string;
	startTimeoutMs?: number;
}

export interface EmbeddedCouch {
	/** Base URL without credentials or trailing slash, e.g. `http://127.0.0.1:5984`. */
	url: string;
	port: number;
	admin: CouchAdmin;
	/** Where pouchdb-server writes its request log. */
	logFile: string;
	/** Its standard output and error: crashes and warnings. */
	outputFile: string;
	/** Settles when the process ends, whether stopped or crashed. */
	exited: Promise<void>;
	stop(): Promise<void>;
}

const host = '127.0.0.1';
const require = createRequire(import.meta.url);
const serverBin = require.resolve('pouchdb-server/bin/pouchdb-server');
const guard = fileURLToPath(new URL('./embedded-couch-guard.ts', import.meta.url));

export async function startEmbeddedCouch(options: EmbeddedCouchOptions): Promise<EmbeddedCouch> {
	const dataDir = path.resolve(options.dataDir);
	const couchDir = path.join(dataDir, 'couch');
	mkdirSync(couchDir, { recursive: true, mode: 0o700 });
	// config.json holds the cookie secret and the hashed admin password, and pouchdb-server rewrites
	// it with default permissions: closing the directory is what keeps it private.
	chmodSync(couchDir, 0o700);
	writeServerConfig(path.join(couchDir, 'config.json'));

	let server: RunningServer | undefined;
	for (let attempt = 0; !server; attempt++) {
		const port = options.port || (await choosePort(couchDir, attempt === 0));
		try {
			server = await launch(couchDir, port, options.startTimeoutMs ?? 30_000);
		} catch (error) {
			// Another process can take a free port between our check and pouchdb-server's bind.
			if (!(error instanceof PortTakenError) || options.port || attempt >= 2) throw error;
		}
	}
	writeFileSync(path.join(couchDir, 'last-port'), String(server.port));

	try {
		const admin = await ensureServerAdmin(server.url, dataDir, options.adminName ?? 'admin');
		return { ...server, admin, logFile: path.join(couchDir, 'log.txt'), outputFile: path.join(couchDir, 'output.log') };
	} catch (error) {
		await server.stop();
		throw error;
	}
}

/** Settings pouchdb-server reads at start; everything else keeps its defaults. */
function writeServerConfig(file: string) {
	const config = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>) : {};
	// Its default cookie secret is random per start, which would log every user out on a restart.
	config.couch_httpd_auth = { secret: randomBytes(32).toString('hex'), ...config.couch_httpd_auth };
	// The browser reaches the server only through the same-origin proxy; pouchdb-server's default
	// CORS (any origin, with credentials) would let any other site on this machine read the data.
	config.httpd = { ...config.httpd, enable_cors: false };
	writeFileSync(file, JSON.stringify(config, null, 2) + '\n', { mode: 0o600 });
}

interface RunningServer {
	url: string;
	port: number;
	exited: Promise<void>;
	stop(): Promise<void>;
}

class PortTakenError extends Error {}

async function launch(couchDir: string, port: number, timeoutMs: number): Promise<RunningServer> {
	const env = { ...process.env };
	delete env.PORT; // pouchdb-server falls back to $PORT, which is the launcher's own port
	// pouchdb-server predates Node 15 and leaves promises unhandled, e.g. when a running
	// replication's `_replicator` document is deleted; on Node 15+ that would kill the server.
	const args = ['--unhandled-rejections=warn', '--import', guard, serverBin];
	args.push('--host', host, '--port', String(port), '--dir', couchDir, '--config', path.join(couchDir, 'config.json'));
	args.push('-n'); // the log goes to log.txt only (the long form `--no-stdout-logs` is misparsed as a negation)
	// cwd: pouchdb-server writes log.txt relative to it.
	const child = spawn(process.execPath, args, { cwd: couchDir, env, stdio: ['pipe', 'pipe', 'pipe'] });

	const output = createWriteStream(path.join(couchDir, 'output.log'), { flags: 'a' });
	const recent: string[] = [];
	const keep = (chunk: Buffer) => {
		output.write(chunk);
		recent.push(...chunk.toString('utf8').split('\n').filter(Boolean));
		recent.splice(0, Math.max(0, recent.length - 30));
	};
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);

	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	void exited.then(() => output.end());
	const url = `http://${host}:${port}`;
	const server = { url, port, exited, stop: () => stopChild(child, exited) };

	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (recent.some((line) => line.includes('already in use'))) {
			await server.stop();
			throw new PortTakenError(`port ${port} is taken`);
		}
		if (child.exitCode !== null || child.signalCode !== null) {
			throw new Error(`pouchdb-server exited while starting (code ${child.exitCode ?? child.signalCode}):\n${recent.join('\n')}`);
		}
		if (await answersAsPouchDBServer(url)) return server;
		await delay(100);
	}
	await server.stop();
	throw new Error(`pouchdb-server did not answer on ${url} within ${timeoutMs} ms:\n${recent.join('\n')}`);
}

async function answersAsPouchDBServer(url: string): Promise<boolean> {
	try {
		const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(2_000) });
		const body = (await response.json()) as Record<string, unknown>;
		return response.ok && 'express-pouchdb' in body;
	} catch {
		return false;
	}
}

async function stopChild(child: ChildProcess, exited: Promise<void>) {
	if (child.exitCode === null && child.signalCode === null) {
		child.kill('SIGINT');
		child.stdin?.end();
		const killed = await Promise.race([exited.then(() => true), delay(5_000).then(() => false)]);
		if (!killed) child.kill('SIGKILL');
	}
	await exited;
}

/** The port of the last run keeps the `_replicator` documents' URLs valid across restarts. */
async function choosePort(couchDir: string, preferLast: boolean): Promise<number> {
	const file = path.join(couchDir, 'last-port');
	const last = existsSync(file) ? Number(readFileSync(file, 'utf8')) : 0;
	if (preferLast && Number.isInteger(last) && last > 0 && (await portIsFree(last))) return last;
	return freePort();
}

function portIsFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.once('error', () => resolve(false));
		probe.listen({ port, host }, () => probe.close(() => resolve(true)));
	});
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen({ port: 0, host }, () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

/**
 * pouchdb-server starts in "admin party" (everyone is admin). Create the server admin on first
 * start and reuse its password, kept beside the data, on every later one.
 */
async function ensureServerAdmin(url: string, dataDir: string, name: string): Promise<CouchAdmin> {
	const file = path.join(dataDir, 'admin.json');
	let admin = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CouchAdmin) : undefined;

	if ((await sessionRoles(url)).includes('_admin')) {
		admin ??= { name, password: randomBytes(18).toString('base64url') };
		// Saved before it is set, so a crash in between never leaves an admin nobody knows.
		writeFileSync(file, JSON.stringify(admin, null, 2) + '\n', { mode: 0o600 });
		chmodSync(file, 0o600);
		const response = await fetch(`${url}/_config/admins/${encodeURIComponent(admin.name)}`, {
			method: 'PUT',
			body: JSON.stringify(admin.password)
		});
		if (!response.ok) throw new Error(`could not create the server admin: ${response.status} ${await response.text()}`);
	}
	if (!admin) {
		throw new Error(`The embedded CouchDB in ${dataDir} has a server admin but ${file} is missing. Restore that file, or delete ${dataDir} to start afresh.`);
	}
	// The new password is hashed asynchronously after the PUT answers: allow it a moment.
	for (let tries = 0; tries < 20; tries++) {
		if ((await sessionRoles(url, admin)).includes('_admin')) return admin;
		await delay(100);
	}
	throw new Error(`The password in ${file} is not the embedded CouchDB's admin password. Restore the right file, or delete ${dataDir} to start afresh.`);
}

async function sessionRoles(url: string, admin?: CouchAdmin): Promise<string[]> {
	const headers: Record<string, string> = {};
	if (admin) headers.authorization = basicAuth(admin);
	const response = await fetch(`${url}/_session`, { headers, signal: AbortSignal.timeout(5_000) });
	if (!response.ok) return [];
	const body = (await response.json()) as { userCtx?: { roles?: string[] } };
	return body.userCtx?.roles ?? [];
}

function delay(ms: number) {
	return new Promise<void>((resolve) => setTimeout(resolve, ms));
}
