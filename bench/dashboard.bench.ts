// The supervisor's dashboard at city scale: its figures over 20,000 families and 100,000 visits,
// and its body drawn until the charts are on screen, timed in headless Chromium against the app's
// own modules and Svelte components, beside a plain loop over the same facts in the same run.
//
// As in the field bench, Vite bundles a page (bench/field/dashboard-page.ts), here with the Svelte
// plugin, so the dashboard's components are compiled as the app compiles them. What is not timed:
// the route itself (the SvelteKit router, the supervision layout, the filter controls). Driving the
// built app would mean syncing a whole city into a signed-in supervisor's sealed database first;
// the page instead mounts DashboardView, the component the route renders under its controls, fed by
// the same register index and the same reading of it as the route.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../tools/chromium.mjs';
import type { DashboardTimings, SeedReport } from './field/results.ts';
import { median, percentile, type BenchResult } from './stats.ts';

const FAMILIES = 20_000;
const VISITS = 100_000;
const RUNS = 30;
const BUDGET_MS = 500;
const ORIGIN = 'https://yorisoi-bench.test/';

async function pageBundle(dir: string): Promise<string> {
	await build({
		configFile: false,
		logLevel: 'error',
		plugins: [svelte({ configFile: false, preprocess: vitePreprocess(), compilerOptions: { runes: true, css: 'injected' } })],
		resolve: { alias: { $lib: resolve('src/lib') } },
		build: { outDir: dir, emptyOutDir: true, minify: true, lib: { entry: 'bench/field/dashboard-page.ts', formats: ['iife'], name: 'DashboardPage', fileName: () => 'dashboard.js' } }
	});
	return readFileSync(join(dir, 'dashboard.js'), 'utf8');
}

interface PageApi {
	seed(options: { families: number; visits: number; chunks: number }): Promise<SeedReport>;
	run(options: { runs: number }): Promise<DashboardTimings>;
}

const spread = (values: number[]) => `median ${median(values).toFixed(1)}, p95 ${percentile(values, 95).toFixed(1)}, max ${Math.max(...values).toFixed(1)} ms`;

export async function benchDashboard(): Promise<BenchResult[]> {
	const root = mkdtempSync(join(tmpdir(), 'yorisoi-bench-dashboard-'));
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		const script = await pageBundle(root);
		const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
		await context.route(`${ORIGIN}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="ja"><title>dashboard bench</title></html>' }));
		const page = await context.newPage();
		await page.goto(ORIGIN);
		// The app's colours and sizes, so the charts are laid out as on a tablet.
		await page.addStyleTag({ content: readFileSync('src/lib/ui/theme.css', 'utf8') });
		await page.addScriptTag({ content: script });
		const seeded = await page.evaluate(
			(options) => (globalThis as unknown as { YorisoiDashboardBench: PageApi }).YorisoiDashboardBench.seed(options),
			{ families: FAMILIES, visits: VISITS, chunks: 10 }
		);
		const t = await page.evaluate((options) => (globalThis as unknown as { YorisoiDashboardBench: PageApi }).YorisoiDashboardBench.run(options), { runs: RUNS });
		await context.close();
		const city = `${t.families.toLocaleString('en')} families, ${t.visits.toLocaleString('en')} visits (seeded in ${(seeded.ms / 1000).toFixed(1)} s)`;
		const counted = `${t.figures.visits.toLocaleString('en')} visits in the last 12 months, ${t.figures.workers} workers, ${t.figures.babies.toLocaleString('en')} babies born, ${t.figures.openAlerts.toLocaleString('en')} open alerts`;
		return [
			{
				name: `dashboard figures over ${city}, median of ${t.compute.length}`,
				value: median(t.compute),
				unit: 'ms',
				budget: BUDGET_MS,
				baseline: { name: 'a plain loop over the same facts counting the period’s visits, median', value: median(t.baseline) },
				note: `figures ${spread(t.compute)}; baseline ${spread(t.baseline)}; ${counted}`
			},
			{
				name: `dashboard drawn (figures counted, ${t.charts} charts mounted and painted), median of ${t.painted.length}`,
				value: median(t.painted),
				unit: 'ms',
				budget: BUDGET_MS,
				baseline: { name: 'the plain loop, median', value: median(t.baseline) },
				note: `painted ${spread(t.painted)}; charts in the DOM ${spread(t.dom)}; the route's router, layout and controls are not in the figure (bench/dashboard.bench.ts)`
			}
		];
	} finally {
		await browser.close();
		rmSync(root, { recursive: true, force: true });
	}
}
