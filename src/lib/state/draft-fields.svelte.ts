// A few text fields kept as a draft while typed (a review comment, the action taken on an alert):
// restored after a reload or a crash, discarded once the record they become is saved.
import { discardDraft, loadDraft, saveDraft } from '$lib/data/drafts';
import type { UserDb } from '$lib/data/user-db';
import { newRecordId } from '$lib/domain/records/record-id';
import type { RecordType } from '$lib/domain/records/record-types';
import { logError } from '$lib/log';

export interface DraftRef {
	/** stable per thing typed about, e.g. `review:<visitId>` */
	id: string;
	form: string;
	familyId?: string;
	recordId?: string;
}

export class DraftFields<K extends string> {
	values = $state({} as Record<K, string>);
	/** true once an earlier draft was looked for (and restored if found) */
	restored = $state(false);
	/** the last save failed (storage full …): the screen says so, the typed text stays on screen */
	saveFailed = $state(false);
	readonly #userDb: UserDb;
	readonly #ref: DraftRef;
	readonly #initial: Record<K, string>;
	#lastSave: Promise<void> = Promise.resolve();
	/** the id of the record these fields become, fixed with the draft (Draft.ids) */
	#recordId: string | undefined;
	/** resolves once an earlier draft has been looked for */
	readonly ready: Promise<void>;

	constructor(userDb: UserDb, ref: DraftRef, initial: Record<K, string>) {
		this.#userDb = userDb;
		this.#ref = ref;
		this.#initial = initial;
		this.values = { ...initial };
		this.ready = this.#restore();
	}

	async #restore(): Promise<void> {
		try {
			const draft = await loadDraft(this.#userDb, this.#ref.id);
			if (draft !== undefined) {
				this.#recordId ??= draft.ids?.['record'];
				const saved = draft.values as Partial<Record<K, unknown>>;
				for (const key of Object.keys(this.#initial) as K[]) {
					const value = saved[key];
					// What was typed while the draft was being read wins over the draft.
					if (typeof value === 'string' && this.values[key] === this.#initial[key]) this.values[key] = value;
				}
			}
		} catch (error) {
			logError('A draft could not be read', error);
		} finally {
			this.restored = true;
		}
	}

	/**
	 * The id of the record these fields become: made once and kept with the draft, so a save
	 * retried after an error (or after a reload) writes the same record, never a second one.
	 */
	recordId(type: RecordType): string {
		if (this.#recordId === undefined) {
			this.#recordId = newRecordId(type);
			this.#save();
		}
		return this.#recordId;
	}

	/** Sets a field and writes the draft at once (every keystroke). */
	set(key: K, value: string): void {
		this.values[key] = value;
		this.#save();
	}

	#save(): void {
		const content = { ...this.#ref, values: { ...this.values }, ...(this.#recordId ? { ids: { record: this.#recordId } } : {}) };
		this.#lastSave = saveDraft(this.#userDb, content).then(
			() => {
				this.saveFailed = false;
			},
			(error: unknown) => {
				this.saveFailed = true;
				logError('A draft could not be saved', error);
			}
		);
	}

	/** resolves when the latest keystroke is on the device (tests) */
	saved(): Promise<void> {
		return this.#lastSave;
	}

	/** After the record is saved: the draft is done, and the fields start over. */
	async discard(): Promise<void> {
		await discardDraft(this.#userDb, this.#ref.id);
		this.values = { ...this.#initial };
		this.#recordId = undefined;
	}
}
