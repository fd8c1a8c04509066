// First sync of a team of 10,000 documents into a fresh Chromium profile, until the read model is
// ready, against a bare PouchDB `replicate.from` with default options in the same run; and the cost
// of encryption at rest: the same app built to store plain (VITE_YORISOI_PLAIN_STORAGE=1, a
// build-time switch read in src/lib/data/workspace.ts), timed in the same run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { build } from 'vite';
import { demoCity } from '../server/demo/city.ts';
import { startYorisoi } from '../server/main.ts';
import { chromiumLaunchOptions } from '../tools/chromium.mjs';
import { buildVersion } from '../tools/serve.ts';
import { median, type BenchResult } from './stats.ts';

const documents = 10_000;
const runs = 3;
const teamDb = 'yorisoi-team-chuo';

async function baselineBundle(dir: string): Promise<string> {
	await build({
		configFile: false,
		logLevel: 'error',
		build: { outDir: dir, emptyOutDir: true, minify: true, lib: { entry: 'bench/baseline-pouchdb.ts', formats: ['iife'], name: 'BaselinePouchDB', fileName: () => 'pouchdb.js' } }
	});
	return readFileSync(join(dir, 'pouchdb.js'), 'utf8');
}

/** Sign in through the app; from the workspace opening to every document in the read model. */
async function appFirstSync(browser: Browser, url: string): Promise<number> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(url);
	await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
	await page.getByLabel('ユーザー名').fill('midwife1');
	await page.getByLabel('パスワード').fill('yorisoi-demo');
	await page.getByRole('button', { name: 'ログイン' }).click();
	const elapsed = await page.evaluate(async (expected) => {
		const count = () =>
			new Promise<number>((resolve) => {
				const open = indexedDB.open('yorisoi-user-midwife1');
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('records')) return resolve((db.close(), 0));
					const request = db.transaction('records').objectStore('records').count();
					request.onsuccess = () => resolve((db.close(), request.result));
				};
				open.onerror = () => resolve(0);
			});
		while ((await count()) < expected) await new Promise((resolve) => setTimeout(resolve, 50));
		const opened = performance.getEntriesByName('yorisoi:workspace-open')[0]?.startTime ?? 0;
		return performance.now() - opened;
	}, documents);
	await context.close();
	return elapsed;
}

/** The app again, built to store records, rows and drafts unencrypted: the baseline for the cost of sealing. */
async function plainBuild(outDir: string): Promise<void> {
	const before = process.env['VITE_YORISOI_PLAIN_STORAGE'];
	process.env['VITE_YORISOI_PLAIN_STORAGE'] = '1';
	try {
		await buildVersion(`bench-plain-${Date.now()}`, outDir);
	} finally {
		if (before === undefined) delete process.env['VITE_YORISOI_PLAIN_STORAGE'];
		else process.env['VITE_YORISOI_PLAIN_STORAGE'] = before;
	}
}

async function bareReplication(browser: Browser, url: string, pouchdb: string, run: number, adapter?: 'indexeddb'): Promise<number> {
	// The baseline's PouchDB arrives as an inline script, which the app's Content-Security-Policy refuses.
	const context = await browser.newContext({ bypassCSP: true });
	const page = await context.newPage();
	await page.goto(url);
	await page.request.post(`${url}db/_session`, { data: { name: 'midwife1', password: 'yorisoi-demo' } });
	await page.addScriptTag({ content: pouchdb });
	const elapsed = await page.evaluate(
		async ({ db, run, adapter }) => {
			const PouchDB = (window as unknown as { PouchDB: new (name: string, options?: object) => { replicate: { from(source: unknown): Promise<{ docs_written: number }> } } }).PouchDB;
			const remote = new PouchDB(`${location.origin}/db/${db}`, { fetch: (u: string, o: RequestInit) => fetch(u, { ...o, credentials: 'include' }) });
			const started = performance.now();
			const result = await new PouchDB(`baseline-${run}-${adapter ?? 'default'}`, adapter ? { adapter } : {}).replicate.from(remote);
			if (result.docs_written === 0) throw new Error('the baseline replicated nothing');
			return performance.now() - started;
		},
		{ db: teamDb, run, adapter }
	);
	await context.close();
	return elapsed;
}

export async function benchFirstSync(staticDir: string): Promise<BenchResult[]> {
	const root = mkdtempSync(join(tmpdir(), 'yorisoi-bench-sync-'));
	const city = demoCity({ families: 1300 });
	const docs = Object.values(city.docs).flat().slice(0, documents);
	if (docs.length < documents) throw new Error(`the demo city made only ${docs.length} documents`);
	const plainDir = join(root, 'plain-build');
	await plainBuild(plainDir);
	const plan = { teams: city.teams, users: city.users, docs: { chuo: docs } };
	// One server per build (each its own origin and data), both seeded with the same documents.
	const server = await startYorisoi({ port: 0, dataDir: join(root, 'data'), staticDir, plan, log: () => {} });
	const plainServer = await startYorisoi({ port: 0, dataDir: join(root, 'plain-data'), staticDir: plainDir, plan, log: () => {} });
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		const pouchdb = await baselineBundle(join(root, 'baseline'));
		const app: number[] = [];
		const plainApp: number[] = [];
		const bare: number[] = [];
		const bareIndexedDb: number[] = [];
		// Interleaved, so a slower stretch of the machine does not fall on one variant only.
		for (let run = 0; run < runs; run++) {
			app.push(await appFirstSync(browser, server.url));
			plainApp.push(await appFirstSync(browser, plainServer.url));
			bare.push(await bareReplication(browser, server.url, pouchdb, run));
			bareIndexedDb.push(await bareReplication(browser, server.url, pouchdb, run, 'indexeddb'));
		}
		const runsOf = (values: number[]) => values.map((t) => t.toFixed(0)).join(', ');
		return [
			{
				name: `first sync of ${documents.toLocaleString('en')} documents until the read model is ready (median of ${runs})`,
				value: median(app),
				unit: 'ms',
				budget: 10_000,
				baseline: { name: 'bare PouchDB replicate.from, default options', value: median(bare) },
				note: `app runs: ${runsOf(app)}; baseline runs: ${runsOf(bare)}`
			},
			{
				name: 'cost of encryption at rest on first sync: the app sealing / the same app built to store plain',
				value: median(app) / median(plainApp),
				unit: '×',
				budget: 1.3,
				note: `sealed median ${median(app).toFixed(0)} ms (runs ${runsOf(app)}); plain median ${median(plainApp).toFixed(0)} ms (runs ${runsOf(plainApp)})`
			},
			{
				name: 'adapter choice: bare replicate.from with the indexeddb adapter (default batch 100)',
				value: median(bareIndexedDb),
				unit: 'ms',
				baseline: { name: 'the same with the default idb adapter', value: median(bare) },
				note: `runs: ${runsOf(bareIndexedDb)}`
			}
		];
	} finally {
		await browser.close();
		await server.stop();
		await plainServer.stop();
		rmSync(root, { recursive: true, force: true });
	}
}
