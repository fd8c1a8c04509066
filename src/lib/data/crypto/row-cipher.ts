// How the user's Dexie rows are sealed at rest: a read-model row's record body (as in PouchDB:
// record-body.ts) and a draft's values. Index fields stay plain so Dexie can query them; none of
// them names anyone (ids are opaque). Without a key rows are stored as they are (unit tests, the
// benchmark's plain build). Sealing and opening await WebCrypto, which must never happen inside a
// Dexie transaction (it would commit early): seal before opening one, open after reading.
import { CipherError, openJson, sealJson } from './cipher';
import { openBody, sealBody, splitBody, type SealedBody } from './record-body';
import type { Draft, RecordRow, StoredDraft, StoredRecordRow } from '../user-db';

/** A draft as a form saves it; the gateway adds the timestamps. */
export type DraftContent = Omit<Draft, 'createdAt' | 'updatedAt'>;
export type StoredDraftContent = Omit<StoredDraft, 'createdAt' | 'updatedAt'>;

export interface RowCipher {
	/** whether rows are sealed (the user's database has a data key) */
	readonly sealing: boolean;
	/** `stored`: the body as PouchDB stores it sealed, when it is the row's body unchanged (reused if the key is the same) */
	sealRow(row: RecordRow, stored?: SealedBody): Promise<StoredRecordRow>;
	/** Throws CipherError for a row that was modified, moved, or stored otherwise than sealed. */
	openRow(row: StoredRecordRow): Promise<RecordRow>;
	openRows(rows: readonly StoredRecordRow[]): Promise<RecordRow[]>;
	sealDraft(draft: DraftContent): Promise<StoredDraftContent>;
	/** Throws CipherError for a draft that was modified, moved, or stored otherwise than sealed. */
	openDraft(draft: StoredDraft): Promise<Draft>;
}

/** Drafts are bound to their own id space: a draft id may equal the id of the record it amends. */
const draftContext = (id: string) => `drafts/${id}`;

function withoutSealed<T extends { sealed?: string }>(row: T): Omit<T, 'sealed'> {
	const { sealed: _sealed, ...rest } = row;
	return rest;
}

function plainDraft(draft: StoredDraft): Draft {
	const { values, ids, sealed: _sealed, ...rest } = draft;
	return { ...rest, values: values ?? {}, ...(ids !== undefined ? { ids } : {}) };
}

const plainCipher: RowCipher = {
	sealing: false,
	sealRow: async (row) => row,
	async openRow(row) {
		if (row.doc === undefined) throw new CipherError(`read-model row ${row._id} is sealed, and this database has no key`);
		return row as RecordRow;
	},
	openRows(rows) {
		return Promise.all(rows.map((row) => plainCipher.openRow(row)));
	},
	// A snapshot, never a Svelte proxy: IndexedDB cannot clone proxies (DataCloneError).
	sealDraft: async (draft) => structuredClone(draft),
	async openDraft(draft) {
		if (draft.sealed !== undefined) throw new CipherError(`draft ${draft.id} is sealed, and this database has no key`);
		return plainDraft(draft);
	}
};

function sealingCipher(key: CryptoKey): RowCipher {
	const cipher: RowCipher = {
		sealing: true,
		async sealRow(row, stored) {
			const { doc, ...rest } = row;
			const reused = stored?.key === key ? stored.sealed : undefined;
			return { ...rest, sealed: reused ?? (await sealBody(key, splitBody(doc).body, row._id)) };
		},
		async openRow(row) {
			if (typeof row.sealed !== 'string') throw new CipherError(`read-model row ${row._id} is not sealed`);
			const body = await openBody(key, row.sealed, row._id);
			const { doc: _doc, ...rest } = withoutSealed(row);
			return { ...rest, doc: { _id: row._id, _rev: row.rev, ...body } };
		},
		openRows(rows) {
			return Promise.all(rows.map((row) => cipher.openRow(row)));
		},
		async sealDraft(draft) {
			const { values, ids, ...rest } = draft;
			// JSON, like the rest of the record path: a Svelte proxy serialises as its snapshot.
			return { ...rest, sealed: await sealJson(key, { values, ids }, draftContext(draft.id)) };
		},
		async openDraft(draft) {
			// Accounts from before encryption are erased at sign-in, so a plain draft here was written by someone else.
			if (typeof draft.sealed !== 'string') throw new CipherError(`draft ${draft.id} is not sealed`);
			const { values, ids } = await openJson<Pick<Draft, 'values' | 'ids'>>(key, draft.sealed, draftContext(draft.id));
			return plainDraft({ ...withoutSealed(draft), values, ...(ids !== undefined ? { ids } : {}) });
		}
	};
	return cipher;
}

/** Seals with `key`, or stores plain when there is none. */
export function rowCipher(key: CryptoKey | undefined): RowCipher {
	return key === undefined ? plainCipher : sealingCipher(key);
}
