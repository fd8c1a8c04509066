// The register and worklist index: every family the device holds, summarised in memory once per
// workspace and kept current as the projection writes. Reading 100k rows from IndexedDB per
// keystroke cannot answer in 50 ms, and names must not sit in clear-text IndexedDB indexes.
import { searchTerms, queryMatches } from '../../domain/search/japanese-fold.ts';
import { worklistOn } from '../../domain/worklist/rules.ts';
import type { DueItem, ScheduledItem, ScreeningSettings, Viewer } from '../../domain/worklist/types.ts';
import { onRecordsChanged, type RecordRow, type StoredRecordRow, type UserDb } from '../user-db.ts';
import { compareSummaries, summarizeFamily, type FamilyStatus, type FamilySummary } from './family-summary.ts';
import { logError } from '../../log.ts';

export type { FamilyStatus, FamilySummary };

export interface RegisterQuery {
	/** name, reading, address, district, postal code or phone digits; terms separated by spaces */
	text?: string;
	team?: string;
	status?: FamilyStatus | 'all';
	/** only families with a risk flag this viewer may see */
	risk?: boolean;
	/** only families with something on the worklist today */
	due?: boolean;
}

export interface RegisterResult {
	/** the first `limit` matches in register order */
	rows: FamilySummary[];
	/** how many matched in all */
	total: number;
}

export type WorklistEntry = DueItem & { summary: FamilySummary };

/** Rows read per IndexedDB request while loading: one page's rows are in memory at a time. */
const LOAD_PAGE = 2000;

export interface RegisterIndexOptions {
	/** rows per read while loading (tests make it small) */
	pageSize?: number;
}
/** Changes arriving within this many ms are recomputed together (the projection writes in batches). */
const COALESCE_MS = 30;

/** Whether anything of this family's is on the viewer's worklist on `today`. */
export function hasDueItem(summary: FamilySummary, today: string): boolean {
	return summary.scheduled.length > 0 && worklistOn(summary.scheduled, today).length > 0;
}

export class RegisterIndex {
	readonly #userDb: UserDb;
	readonly #viewer: Viewer;
	readonly #settings: ScreeningSettings | undefined;
	readonly #pageSize: number;
	readonly #summaries = new Map<string, FamilySummary>();
	readonly #listeners = new Set<() => void>();
	/** named families in register order; rebuilt lazily after a change */
	#ordered: FamilySummary[] | undefined;
	/** every family's scheduled items in one list; rebuilt lazily after a change */
	#scheduled: ScheduledItem[] | undefined;
	#dirty = new Set<string>();
	#reloadAll = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#flushing: Promise<void> | undefined;
	#loaded = false;
	#closed = false;
	#error: unknown;
	#summarizeMs = 0;
	readonly #unlisten: () => void;
	/** resolves once every family has been read; rejects if reading failed */
	readonly ready: Promise<void>;

	private constructor(userDb: UserDb, viewer: Viewer, settings: ScreeningSettings | undefined, options: RegisterIndexOptions) {
		this.#userDb = userDb;
		this.#pageSize = Math.max(1, options.pageSize ?? LOAD_PAGE);
		this.#viewer = { user: viewer.user, roles: [...viewer.roles] };
		this.#settings = settings;
		// Listening before the first read: a row written while loading is recomputed afterwards.
		this.#unlisten = onRecordsChanged(userDb, (familyIds) => this.#changed(familyIds));
		this.ready = this.#load();
		this.ready.catch((error: unknown) => {
			this.#error = error;
			logError('The register index could not be read', error);
			this.#emit();
		});
	}

	/** Reads every family of `userDb` for `viewer`; the index is usable (empty) before `ready`. */
	static open(userDb: UserDb, viewer: Viewer, settings?: ScreeningSettings, options: RegisterIndexOptions = {}): RegisterIndex {
		return new RegisterIndex(userDb, viewer, settings, options);
	}

	get isReady(): boolean {
		return this.#loaded;
	}

	get error(): unknown {
		return this.#error;
	}

	/** ms spent computing summaries (not reading) since opening: the benchmark reports it */
	get summarizeMs(): number {
		return this.#summarizeMs;
	}

	/** families with records on the device (named or not) */
	get size(): number {
		return this.#summaries.size;
	}

	summary(familyId: string): FamilySummary | undefined {
		return this.#summaries.get(familyId);
	}

	search(query: RegisterQuery, today: string, limit = 200): RegisterResult {
		const terms = searchTerms(query.text ?? '');
		const status = query.status ?? 'all';
		const rows: FamilySummary[] = [];
		let total = 0;
		for (const summary of this.#inOrder()) {
			if (query.team !== undefined && query.team !== '' && summary.team !== query.team) continue;
			if (status !== 'all' && summary.status !== status) continue;
			if (query.risk === true && summary.flags.length === 0) continue;
			if (terms.length > 0 && !queryMatches(summary.keys, terms)) continue;
			if (query.due === true && !hasDueItem(summary, today)) continue;
			total += 1;
			if (rows.length < limit) rows.push(summary);
		}
		return { rows, total };
	}

	/** Every named family in register order (the supervision screens read their facts). */
	families(): readonly FamilySummary[] {
		return this.#inOrder();
	}

	/** Everything due for the viewer on `today`: most urgent first, then by date and kind. */
	worklist(today: string): WorklistEntry[] {
		// One pass over every family's items (the rules' own order), not a sort per family.
		this.#scheduled ??= [...this.#summaries.values()].flatMap((summary) => summary.scheduled);
		const entries: WorklistEntry[] = [];
		for (const item of worklistOn(this.#scheduled, today)) {
			const summary = this.#summaries.get(item.familyId);
			if (summary !== undefined) entries.push({ ...item, summary });
		}
		return entries;
	}

	/** Called after the index changed (loaded, or families recomputed). */
	subscribe(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	close(): void {
		this.#closed = true;
		this.#unlisten();
		clearTimeout(this.#timer);
		this.#listeners.clear();
		this.#summaries.clear();
		this.#ordered = undefined;
		this.#scheduled = undefined;
	}

	/** resolves when no recomputation is pending (tests, benchmarks) */
	async settled(): Promise<void> {
		await this.ready;
		while (this.#timer !== undefined || this.#flushing !== undefined) {
			if (this.#timer !== undefined) {
				clearTimeout(this.#timer);
				this.#timer = undefined;
				this.#startFlush();
			}
			await this.#flushing;
		}
	}

	#inOrder(): FamilySummary[] {
		this.#ordered ??= [...this.#summaries.values()].filter((summary) => summary.family !== undefined).sort(compareSummaries);
		return this.#ordered;
	}

	async #load(): Promise<void> {
		await this.#readAll((summary) => this.#summaries.set(summary.familyId, summary));
		if (this.#closed) return;
		this.#loaded = true;
		this.#ordered = undefined;
		this.#scheduled = undefined;
		this.#emit();
		if (this.#dirty.size > 0 || this.#reloadAll) this.#schedule();
	}

	/**
	 * Reads the table in familyId order, page by page, so a family's rows arrive together. A page
	 * is decrypted and summarised while the next one is read, so at most two are held at a time.
	 * A page's last family may continue in the next page: it is held back and read from its start there.
	 */
	async #readAll(add: (summary: FamilySummary) => void): Promise<void> {
		const records = this.#userDb.records;
		const pageSize = this.#pageSize;
		let after: string | undefined;
		let previous: Promise<void> = Promise.resolve();
		const summarize = async (rows: StoredRecordRow[]) => {
			// The page before is done first: summaries are added in order, and pages do not pile up.
			await previous;
			previous = this.#open(rows).then((opened) => this.#summarizeRows(opened, add));
			// Awaited on the next page or at the end; a failure is not unhandled in between.
			previous.catch(() => undefined);
		};
		while (!this.#closed) {
			const page = await (after === undefined ? records.orderBy('familyId') : records.where('familyId').above(after)).limit(pageSize).toArray();
			if (page.length === 0) break;
			let end = page.length;
			if (page.length === pageSize) {
				const last = page[page.length - 1]!.familyId;
				while (end > 0 && page[end - 1]!.familyId === last) end -= 1;
				if (end === 0) {
					// One family fills a whole page: read it on its own.
					await summarize(await records.where('familyId').equals(last).toArray());
					after = last;
					continue;
				}
			}
			await summarize(page.slice(0, end));
			if (page.length < pageSize) break;
			after = page[end - 1]!.familyId;
		}
		await previous;
	}

	/** Rows decrypted, outside any transaction; a row that does not open fails the read (CipherError). */
	#open(rows: StoredRecordRow[]): Promise<RecordRow[]> {
		return this.#userDb.cipher.openRows(rows);
	}

	#summarizeRows(rows: RecordRow[], add: (summary: FamilySummary) => void): void {
		const started = performance.now();
		let start = 0;
		for (let i = 1; i <= rows.length; i++) {
			if (i < rows.length && rows[i]!.familyId === rows[start]!.familyId) continue;
			const familyId = rows[start]!.familyId;
			add(summarizeFamily(familyId, rows.slice(start, i), this.#viewer, this.#settings));
			start = i;
		}
		this.#summarizeMs += performance.now() - started;
	}

	#changed(familyIds: ReadonlySet<string> | 'all'): void {
		if (this.#closed) return;
		if (familyIds === 'all') this.#reloadAll = true;
		else for (const id of familyIds) this.#dirty.add(id);
		if (this.#loaded) this.#schedule();
	}

	#schedule(): void {
		if (this.#timer !== undefined || this.#closed) return;
		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			this.#startFlush();
		}, COALESCE_MS);
	}

	#startFlush(): void {
		if (this.#flushing !== undefined) return;
		this.#flushing = this.#flush()
			.catch((error: unknown) => logError('The register index could not be updated', error))
			.finally(() => {
				this.#flushing = undefined;
				// What changed while this flush was reading goes in the next one.
				if (this.#dirty.size > 0 || this.#reloadAll) this.#schedule();
			});
	}

	async #flush(): Promise<void> {
		if (this.#reloadAll) {
			this.#reloadAll = false;
			this.#dirty.clear();
			const fresh = new Map<string, FamilySummary>();
			await this.#readAll((summary) => fresh.set(summary.familyId, summary));
			if (this.#closed) return;
			this.#summaries.clear();
			for (const [id, summary] of fresh) this.#summaries.set(id, summary);
		} else {
			const ids = [...this.#dirty];
			this.#dirty.clear();
			if (ids.length === 0) return;
			const records = this.#userDb.records;
			const storedById = await this.#userDb.transaction('r', records, () =>
				Promise.all(ids.map((id) => records.where('familyId').equals(id).toArray()))
			);
			const rowsById = await Promise.all(storedById.map((rows) => this.#open(rows)));
			if (this.#closed) return;
			ids.forEach((id, i) => {
				const rows = rowsById[i] ?? [];
				if (rows.length === 0) this.#summaries.delete(id);
				else this.#summaries.set(id, summarizeFamily(id, rows, this.#viewer, this.#settings));
			});
		}
		this.#ordered = undefined;
		this.#scheduled = undefined;
		this.#emit();
	}

	#emit(): void {
		for (const listener of [...this.#listeners]) {
			try {
				listener();
			} catch (error) {
				logError('A register listener failed', error);
			}
		}
	}
}
