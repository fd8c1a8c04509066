// The launcher: the built app and CouchDB (embedded pouchdb-server, or a real one) on one origin,
// provisioned on start. Run it (`node server/main.ts`) or start it from code (`startYorisoi`).

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UserSpec } from './couch/contract.ts';
import { startEmbeddedCouch, type EmbeddedCouch } from './embedded-couch.ts';
import { parseCouchUrl, type CouchAdmin } from './provision/couch-client.ts';
import { provision, type ProvisionPlan } from './provision/index.ts';
import { loadDemoPlan } from './provision/plan.ts';
import { createCouchProxy, isCouchPath, type CouchProxy } from './proxy.ts';
import { setSecurityHeaders } from './security-headers.ts';
import { createStaticApp, hasBuiltApp } from './static.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export interface YorisoiOptions {
	/** Default 3000; 0 picks a free port. */
	port?: number;
	/** Default 127.0.0.1: the launcher is for one machine unless told otherwise. */
	host?: string;
	/** Embedded CouchDB's data, default `<project>/.data`. */
	dataDir?: string;
	/** The built app, default `<project>/build`. */
	staticDir?: string;
	/** Re-read the static files on every request (tests that simulate a deploy). */
	staticLive?: boolean;
	/** A CouchDB to provision and proxy instead of starting the embedded one. */
	couch?: { url: string; admin: CouchAdmin };
	/** Seed the demo city. Default: on with the embedded server, off with a real one. */
	demo?: boolean;
	/** Teams, users and documents to provision instead of the demo city (tests, benchmarks). */
	plan?: ProvisionPlan;
	log?: (line: string) => void;
	/** Called if the embedded CouchDB dies while the launcher runs. */
	onCouchExit?: () => void;
}

export interface RunningYorisoi {
	/** The app, e.g. `http://localhost:3000/`. */
	url: string;
	port: number;
	/** CouchDB's own base URL, without credentials (not the proxy). */
	couchUrl: string;
	adminAuth: CouchAdmin;
	/** The provisioned users, with their passwords: demo logins. */
	users: UserSpec[];
	stop(): Promise<void>;
}

export class StartupError extends Error {}

export async function startYorisoi(options: YorisoiOptions = {}): Promise<RunningYorisoi> {
	const log = options.log ?? ((line: string) => console.log(line));
	const staticDir = path.resolve(options.staticDir ?? path.join(projectRoot, 'build'));
	if (!hasBuiltApp(staticDir)) throw new StartupError(`No built app in ${staticDir} (index.html is missing): run npm run build first.`);

	// Before anything starts: a broken demo city should not leave a server half up.
	const plan = options.plan ?? ((options.demo ?? !options.couch) ? await loadDemoPlan() : { teams: [], users: [] });

	const serveApp = createStaticApp({ dir: staticDir, live: options.staticLive });
	let proxy: CouchProxy | undefined;
	const server = http.createServer((req, res) => {
		const { pathname } = new URL(`http://launcher.invalid${req.url ?? '/'}`);
		if (!isCouchPath(pathname)) return serveApp(req, res);
		if (proxy) return proxy(req, res);
		// Until CouchDB is up the app sees what it sees offline.
		setSecurityHeaders(res);
		res.writeHead(502, { 'Content-Type': 'application/json' });
		res.end(JSON.stringify({ error: 'unavailable', reason: 'The database server is starting.' }));
	});
	// Bound first: a taken port is the commonest failure and should not wait for CouchDB.
	const port = await listen(server, options.port ?? 3000, options.host ?? '127.0.0.1');
	const url = `http://localhost:${port}/`;

	let embedded: EmbeddedCouch | undefined;
	let stopping = false;
	const stop = async () => {
		stopping = true;
		proxy?.close();
		await new Promise<void>((resolve) => {
			server.close(() => resolve());
			// Long-polls and continuous feeds would otherwise hold the server open.
			server.closeAllConnections();
		});
		await embedded?.stop();
	};

	try {
		let couch = options.couch;
		if (!couch) {
			embedded = await startEmbeddedCouch({ dataDir: options.dataDir ?? path.join(projectRoot, '.data') });
			couch = { url: embedded.url, admin: embedded.admin };
			void embedded.exited.then(() => {
				if (stopping) return;
				log(`The embedded CouchDB stopped unexpectedly: see ${embedded?.outputFile} and ${embedded?.logFile}`);
				options.onCouchExit?.();
			});
		}
		await provision({ couchUrl: couch.url, admin: couch.admin, plan, log });
		proxy = createCouchProxy({ couchUrl: couch.url });
		return { url, port, couchUrl: couch.url, adminAuth: couch.admin, users: plan.users, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}

function listen(server: http.Server, port: number, host: string): Promise<number> {
	return new Promise((resolve, reject) => {
		server.once('error', (error: NodeJS.ErrnoException) => {
			if (error.code === 'EADDRINUSE') reject(new StartupError(`Port ${port} on ${host} is already in use. Set PORT to another port (PORT=0 picks a free one).`));
			else if (error.code === 'EACCES') reject(new StartupError(`No permission to listen on port ${port}. Set PORT to a port above 1023.`));
			else reject(error);
		});
		server.listen({ port, host }, () => resolve((server.address() as AddressInfo).port));
	});
}

/** Options from the environment, as `npm start` and the README describe them. */
export function optionsFromEnv(env: NodeJS.ProcessEnv): YorisoiOptions {
	const options: YorisoiOptions = {};
	if (env.PORT !== undefined && env.PORT !== '') {
		const port = Number(env.PORT);
		if (!Number.isInteger(port) || port < 0 || port > 65535) throw new StartupError(`PORT must be a port number (0 picks a free one), not '${env.PORT}'.`);
		options.port = port;
	}
	if (env.HOST) options.host = env.HOST;
	if (env.YORISOI_DATA_DIR) options.dataDir = path.resolve(env.YORISOI_DATA_DIR);
	if (env.YORISOI_STATIC_DIR) options.staticDir = path.resolve(env.YORISOI_STATIC_DIR);
	if (env.YORISOI_STATIC_LIVE) options.staticLive = flag(env.YORISOI_STATIC_LIVE, 'YORISOI_STATIC_LIVE');
	if (env.YORISOI_DEMO) options.demo = flag(env.YORISOI_DEMO, 'YORISOI_DEMO');
	if (env.COUCHDB_URL) {
		try {
			options.couch = parseCouchUrl(env.COUCHDB_URL, env.COUCHDB_USER, env.COUCHDB_PASSWORD);
		} catch (error) {
			throw new StartupError(`COUCHDB_URL: ${(error as Error).message}`);
		}
	}
	return options;
}

function flag(value: string, name: string): boolean {
	if (/^(1|true|yes|on)$/i.test(value)) return true;
	if (/^(0|false|no|off)$/i.test(value)) return false;
	throw new StartupError(`${name} must be 1 or 0, not '${value}'.`);
}

function describeLogins(users: UserSpec[]): string {
	if (users.length === 0) return '';
	const rows = users.map((user) => [user.name, user.password, user.roles.join(','), user.teams.join(','), user.displayName]);
	const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
	return ['Demo logins (name, password, roles, teams):', ...rows.map((row) => '  ' + row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd())].join('\n');
}

async function runFromCommandLine() {
	let running: RunningYorisoi;
	try {
		const options = optionsFromEnv(process.env);
		running = await startYorisoi({
			...options,
			onCouchExit: () => {
				process.exitCode = 1;
				void running?.stop().finally(() => process.exit(1));
			}
		});
		if (options.couch) console.log(`CouchDB: ${running.couchUrl}`);
		else console.log(`CouchDB (embedded pouchdb-server): ${running.couchUrl}, admin password in ${path.join(options.dataDir ?? path.join(projectRoot, '.data'), 'admin.json')}`);
		const logins = options.couch && !options.demo ? '' : describeLogins(running.users);
		if (logins) console.log(logins);
		console.log(`Yorisoi is ready at ${running.url}`);
	} catch (error) {
		console.error(`Error: ${(error as Error).message}`);
		process.exit(1);
	}
	const shutdown = () => {
		void running.stop().then(() => process.exit(0));
	};
	process.once('SIGINT', shutdown);
	process.once('SIGTERM', shutdown);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await runFromCommandLine();
