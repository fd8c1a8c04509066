// The dashboard benchmark's browser side, bundled with the app's Svelte components and run in
// headless Chromium: seeds a supervisor's read model with the field bench's city, opens the
// register index over it (every family's supervision facts computed once, as at sign-in), then
// times the dashboard's figures and the dashboard's body mounted until its charts are painted.
import Dexie from 'dexie';
import { flushSync, mount, unmount } from 'svelte';
import type { FamilySummary } from '../../src/lib/data/register/family-summary.ts';
import { RegisterIndex } from '../../src/lib/data/register/register-index.ts';
import { UserDb } from '../../src/lib/data/user-db.ts';
import { todayIn } from '../../src/lib/domain/calendar.ts';
import { dashboardFigures, type DashboardOptions } from '../../src/lib/domain/supervision/dashboard.ts';
import type { SupervisionFacts } from '../../src/lib/domain/supervision/types.ts';
import DashboardView from '../../src/routes/review/dashboard/DashboardView.svelte';
import { lastTwelveMonths } from '../../src/routes/review/dashboard/period.ts';
import { cityChunk } from './data.ts';
import type { DashboardTimings, SeedReport } from './results.ts';

const USER = 'bench-dashboard-supervisor';
const TEAMS = ['chuo', 'kita', 'minami', 'tochio'];
// A supervisor of every team: the whole city is on the device and in the figures.
const VIEWER = { user: USER, roles: ['supervisor', ...TEAMS.map((team) => `team:${team}`)] };

async function seed(options: { families: number; visits: number; chunks: number }): Promise<SeedReport> {
	const started = performance.now();
	await Dexie.delete(new UserDb(USER).name);
	const userDb = new UserDb(USER);
	await userDb.open();
	const report: SeedReport = { families: 0, visits: 0, rows: 0, ms: 0 };
	const now = new Date();
	for (let chunk = 0; chunk < options.chunks; chunk++) {
		// The same seeds as the field bench: the same city.
		const part = cityChunk(20_261_120 + chunk, options.families / options.chunks, options.visits / options.chunks, now);
		for (let i = 0; i < part.rows.length; i += 5000) await userDb.records.bulkPut(part.rows.slice(i, i + 5000));
		report.families += part.families;
		report.visits += part.visits;
	}
	report.rows = await userDb.records.count();
	report.ms = performance.now() - started;
	userDb.close();
	return report;
}

// As the screen reads them (src/routes/review/dashboard/+page.svelte).
function* factsOf(families: readonly FamilySummary[]): Generator<SupervisionFacts> {
	for (const family of families) if (family.supervision !== undefined) yield family.supervision;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function run(options: { runs: number }): Promise<DashboardTimings> {
	const userDb = new UserDb(USER);
	await userDb.open();
	const index = RegisterIndex.open(userDb, VIEWER);
	await index.ready;
	const today = todayIn();
	const dashboard: DashboardOptions = { ...lastTwelveMonths(today), today };
	const from = `${dashboard.from}-01`;
	const to = `${dashboard.to}-31`;
	const timings: DashboardTimings = { compute: [], baseline: [], dom: [], painted: [], charts: 0, families: 0, visits: 0, visitsInPeriod: 0, figures: { visits: 0, workers: 0, babies: 0, openAlerts: 0 } };
	for (const family of index.families()) {
		if (family.supervision === undefined) continue;
		timings.families++;
		timings.visits += family.supervision.visits.length;
	}

	for (let i = 0; i < options.runs; i++) {
		// The baseline: one plain loop over the same facts, counting the period's visits.
		let started = performance.now();
		let visits = 0;
		for (const facts of factsOf(index.families())) for (const visit of facts.visits) if (visit.visitDate >= from && visit.visitDate <= to) visits++;
		timings.baseline.push(performance.now() - started);
		timings.visitsInPeriod = visits;

		started = performance.now();
		const figures = dashboardFigures(factsOf(index.families()), dashboard);
		timings.compute.push(performance.now() - started);
		if (figures.visits.total !== visits) throw new Error(`the dashboard counted ${figures.visits.total} visits, the plain loop ${visits}`);
		timings.figures = { visits: figures.visits.total, workers: figures.byWorker.length, babies: figures.coverage.legal.born, openAlerts: figures.alerts.open };
	}

	// The screen: figures counted and the dashboard's body mounted, until its charts are in the
	// DOM, then until the frame that shows them has been drawn.
	const target = document.createElement('main');
	document.body.append(target);
	for (let i = 0; i < options.runs; i++) {
		const started = performance.now();
		const figures = dashboardFigures(factsOf(index.families()), dashboard);
		const view = mount(DashboardView, { target, props: { figures } });
		flushSync();
		const charts = target.querySelectorAll('figure svg[role="img"]').length;
		if (charts === 0) throw new Error('the dashboard drew no chart');
		timings.charts = charts;
		timings.dom.push(performance.now() - started);
		// Two frames: the first callback runs before its frame is drawn, the second after.
		await nextFrame();
		await nextFrame();
		timings.painted.push(performance.now() - started);
		await unmount(view);
	}
	target.remove();
	index.close();
	userDb.close();
	await Dexie.delete(userDb.name);
	return timings;
}

(globalThis as unknown as { YorisoiDashboardBench: unknown }).YorisoiDashboardBench = { seed, run };
