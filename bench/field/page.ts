// The field benchmark's browser side, bundled into one script and run in headless Chromium: seeds
// a user's read model with a city, then times the app's own modules against it, with storage plain
// and sealed (encryption at rest, with a data key as sign-in unwraps one).
import Dexie from 'dexie';
import { saveDraft } from '../../src/lib/data/drafts.ts';
import { RegisterIndex } from '../../src/lib/data/register/register-index.ts';
import { UserDb } from '../../src/lib/data/user-db.ts';
import { addDays, todayIn } from '../../src/lib/domain/calendar.ts';
import { cityChunk, registerQueries, visitDraftValues, type CityChunk } from './data.ts';
import type { FieldTimings, SeedReport } from './results.ts';

const USER = 'bench-supervisor';
/** the same city, rows sealed with KEY */
const SEALED_USER = 'bench-supervisor-sealed';
let key: CryptoKey | undefined;

async function dataKey(): Promise<CryptoKey> {
	key ??= await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
	return key;
}
// A supervisor's device holds the whole city (DESIGN.md, Scale) and sees every team's worklist:
// the largest register and worklist any device has.
const TEAMS = ['chuo', 'kita', 'minami', 'tochio'];
const VIEWER = { user: USER, roles: ['supervisor', ...TEAMS.map((team) => `team:${team}`)] };

let samples: CityChunk['samples'] = [];

async function seed(options: { families: number; visits: number; chunks: number; sealed: boolean }): Promise<SeedReport> {
	const started = performance.now();
	await Dexie.delete(new UserDb(USER).name);
	const userDb = new UserDb(USER);
	await userDb.open();
	await Dexie.delete(new UserDb(SEALED_USER).name);
	const sealedDb = new UserDb(SEALED_USER, { key: await dataKey() });
	if (options.sealed) await sealedDb.open();
	const report: SeedReport = { families: 0, visits: 0, rows: 0, ms: 0 };
	const now = new Date();
	for (let chunk = 0; chunk < options.chunks; chunk++) {
		// Chunks keep one part of the city in memory at a time; each is its own seeded city.
		const part = cityChunk(20_261_120 + chunk, options.families / options.chunks, options.visits / options.chunks, now);
		for (let i = 0; i < part.rows.length; i += 5000) {
			const slice = part.rows.slice(i, i + 5000);
			await userDb.records.bulkPut(slice);
			if (options.sealed) await sealedDb.records.bulkPut(await Promise.all(slice.map((row) => sealedDb.cipher.sealRow(row))));
		}
		report.families += part.families;
		report.visits += part.visits;
		samples.push(...part.samples);
	}
	report.rows = await userDb.records.count();
	report.ms = performance.now() - started;
	userDb.close();
	sealedDb.close();
	return report;
}

function time<T>(work: () => T): [number, T] {
	const started = performance.now();
	const result = work();
	return [performance.now() - started, result];
}

async function run(options: { opens: number; searches: number; worklists: number; autosaves: number; sealedOpens: number }): Promise<FieldTimings> {
	const userDb = new UserDb(USER);
	await userDb.open();
	const timings: FieldTimings = {
		open: [],
		openSummarize: [],
		sealedOpen: [],
		search: [],
		searchMatches: [],
		worklist: [],
		worklistItems: [],
		autosave: [],
		sealedAutosave: [],
		baselinePut: [],
		indexed: { families: 0 }
	};

	// Opening: the whole table read once and summarised, as when a worker signs in.
	let index: RegisterIndex | undefined;
	for (let i = 0; i < options.opens; i++) {
		index?.close();
		const started = performance.now();
		index = RegisterIndex.open(userDb, VIEWER);
		await index.ready;
		timings.open.push(performance.now() - started);
		timings.openSummarize.push(index.summarizeMs);
	}
	if (index === undefined) throw new Error('no index opened');
	const register = index;
	timings.indexed.families = register.size;

	const today = todayIn();
	for (const query of registerQueries(samples, options.searches, TEAMS)) {
		const [ms, result] = time(() => register.search(query, today));
		timings.search.push(ms);
		timings.searchMatches.push(result.total);
	}
	// Today's list, and the days around it (a worker looks ahead and back).
	for (let i = 0; i < options.worklists; i++) {
		const day = addDays(today, (i % 15) - 7);
		const [ms, items] = time(() => register.worklist(day));
		timings.worklist.push(ms);
		timings.worklistItems.push(items.length);
	}
	register.close();

	// Autosave: keystroke to committed transaction, with the records of the city in the same database;
	// plain and sealed in turn (the same database opened with the data key), so both see the same machine.
	const sealedDrafts = new UserDb(USER, { key: await dataKey() });
	await sealedDrafts.open();
	for (let i = 0; i < options.autosaves; i++) {
		const values = visitDraftValues(i);
		let started = performance.now();
		await saveDraft(userDb, { id: 'draft:bench', form: 'postpartum-care', familyId: 'family:bench', values });
		timings.autosave.push(performance.now() - started);
		started = performance.now();
		await saveDraft(sealedDrafts, { id: 'draft:bench-sealed', form: 'postpartum-care', familyId: 'family:bench', values });
		timings.sealedAutosave.push(performance.now() - started);
	}
	sealedDrafts.close();

	// Opening over sealed rows: every row decrypted once, as a supervisor's device does at sign-in.
	if (options.sealedOpens > 0) {
		const sealedDb = new UserDb(SEALED_USER, { key: await dataKey() });
		await sealedDb.open();
		for (let i = 0; i < options.sealedOpens; i++) {
			const started = performance.now();
			const sealedIndex = RegisterIndex.open(sealedDb, VIEWER);
			await sealedIndex.ready;
			timings.sealedOpen.push(performance.now() - started);
			if (sealedIndex.size !== timings.indexed.families) throw new Error(`the sealed city indexed ${sealedIndex.size} families, the plain one ${timings.indexed.families}`);
			sealedIndex.close();
		}
		sealedDb.close();
		await Dexie.delete(sealedDb.name);
	}

	// The baseline: the same object put into a plain table of a database with nothing else in it.
	const plain = new Dexie('bench-baseline');
	plain.version(1).stores({ drafts: 'id' });
	await plain.open();
	for (let i = 0; i < options.autosaves; i++) {
		const stamp = new Date().toISOString();
		const draft = { id: 'draft:bench', form: 'postpartum-care', familyId: 'family:bench', values: visitDraftValues(i), createdAt: stamp, updatedAt: stamp };
		const started = performance.now();
		await plain.table('drafts').put(draft);
		timings.baselinePut.push(performance.now() - started);
	}
	plain.close();
	await Dexie.delete('bench-baseline');
	userDb.close();
	return timings;
}

(globalThis as unknown as { YorisoiFieldBench: unknown }).YorisoiFieldBench = {
	seed,
	run,
	reset: () => {
		samples = [];
	}
};
