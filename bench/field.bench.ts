// Field work at city scale: register search and the worklist over 20,000 families and 100,000
// visits, and draft autosave, timed in headless Chromium against the app's own modules.
//
// How the app's code reaches the page: Vite bundles bench/field/page.ts (which imports the
// register index, the user database and the drafts gateway from src/lib, and the demo city
// generator) into one IIFE, the same way the sync bench bundles its PouchDB baseline. The page is a
// blank document Playwright serves for a made-up origin, so IndexedDB has an origin of its own and
// nothing else (no app shell, service worker or sync) runs beside the figures. The screens are not
// in the measurement: they read the same index synchronously, so what is timed is what a keystroke costs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../tools/chromium.mjs';
import type { FieldTimings, SeedReport } from './field/results.ts';
import { median, percentile, type BenchResult } from './stats.ts';

const FAMILIES = 20_000;
const VISITS = 100_000;
// https: WebCrypto (encryption at rest) exists only in secure contexts. Nothing is fetched: Playwright answers.
const ORIGIN = 'https://yorisoi-bench.test/';

async function pageBundle(dir: string): Promise<string> {
	await build({
		configFile: false,
		logLevel: 'error',
		build: { outDir: dir, emptyOutDir: true, minify: true, lib: { entry: 'bench/field/page.ts', formats: ['iife'], name: 'FieldPage', fileName: () => 'field.js' } }
	});
	return readFileSync(join(dir, 'field.js'), 'utf8');
}

interface PageApi {
	seed(options: { families: number; visits: number; chunks: number; sealed: boolean }): Promise<SeedReport>;
	run(options: { opens: number; searches: number; worklists: number; autosaves: number; sealedOpens: number }): Promise<FieldTimings>;
}

const spread = (values: number[]) => `median ${median(values).toFixed(1)}, max ${Math.max(...values).toFixed(1)}`;

export async function benchField(): Promise<BenchResult[]> {
	const root = mkdtempSync(join(tmpdir(), 'yorisoi-bench-field-'));
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		const script = await pageBundle(root);
		const context = await browser.newContext();
		await context.route(`${ORIGIN}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>field bench</title>' }));
		const page = await context.newPage();
		await page.goto(ORIGIN);
		await page.addScriptTag({ content: script });
		const seeded = await page.evaluate(
			(options) => (globalThis as unknown as { YorisoiFieldBench: PageApi }).YorisoiFieldBench.seed(options),
			{ families: FAMILIES, visits: VISITS, chunks: 10, sealed: true }
		);
		const t = await page.evaluate(
			(options) => (globalThis as unknown as { YorisoiFieldBench: PageApi }).YorisoiFieldBench.run(options),
			{ opens: 3, searches: 200, worklists: 200, autosaves: 300, sealedOpens: 3 }
		);
		await context.close();
		const city = `${seeded.families.toLocaleString('en')} families, ${seeded.visits.toLocaleString('en')} visits, ${seeded.rows.toLocaleString('en')} rows in all (seeded in ${(seeded.ms / 1000).toFixed(1)} s)`;
		return [
			{
				name: `register index opened over ${city} (median of ${t.open.length})`,
				value: median(t.open),
				unit: 'ms',
				note: `runs: ${t.open.map((ms) => ms.toFixed(0)).join(', ')}, of which computing summaries: ${t.openSummarize.map((ms) => ms.toFixed(0)).join(', ')} (the rest is reading IndexedDB); ${t.indexed.families.toLocaleString('en')} families indexed`
			},
			{
				name: `register index opened over the same city with every row sealed (median of ${t.sealedOpen.length})`,
				value: median(t.sealedOpen),
				unit: 'ms',
				baseline: { name: 'the same city stored plain', value: median(t.open) },
				note: `runs: ${t.sealedOpen.map((ms) => ms.toFixed(0)).join(', ')}: every row decrypted once, as a supervisor's device does at sign-in`
			},
			{
				name: `register search, p95 of ${t.search.length} (kana, katakana, half-width, kanji, phone, district, filters)`,
				value: percentile(t.search, 95),
				unit: 'ms',
				budget: 50,
				note: `${spread(t.search)}; matches per query: median ${median(t.searchMatches)}, max ${Math.max(...t.searchMatches)}`
			},
			{
				name: `worklist, p95 of ${t.worklist.length} (a supervisor of every team; today ± 7 days)`,
				value: percentile(t.worklist, 95),
				unit: 'ms',
				budget: 50,
				note: `${spread(t.worklist)}; items per list: median ${median(t.worklistItems)}`
			},
			{
				name: `draft autosave of a ~60-field visit form, p95 of ${t.autosave.length}`,
				value: percentile(t.autosave, 95),
				unit: 'ms',
				budget: 20,
				baseline: { name: 'bare Dexie put of the same object into a plain table, p95', value: percentile(t.baselinePut, 95) },
				note: `autosave ${spread(t.autosave)}; baseline ${spread(t.baselinePut)}`
			},
			{
				name: `draft autosave with the values sealed, p95 of ${t.sealedAutosave.length}`,
				value: percentile(t.sealedAutosave, 95),
				unit: 'ms',
				budget: 20,
				baseline: { name: 'the same autosave stored plain, p95', value: percentile(t.autosave, 95) },
				note: `sealed ${spread(t.sealedAutosave)}; plain ${spread(t.autosave)}`
			},
			{
				name: 'cost of encryption at rest on draft autosave: sealed p95 / plain p95',
				value: percentile(t.sealedAutosave, 95) / percentile(t.autosave, 95),
				unit: '×',
				budget: 1.3,
				note: `medians: sealed ${median(t.sealedAutosave).toFixed(2)} ms, plain ${median(t.autosave).toFixed(2)} ms (ratio ${(median(t.sealedAutosave) / median(t.autosave)).toFixed(2)}×)`
			}
		];
	} finally {
		await browser.close();
		rmSync(root, { recursive: true, force: true });
	}
}
