// A record's body as it is sealed at rest, in PouchDB and in the read model alike: every field that
// does not start with `_`, as one AES-GCM value bound to the record's id. PouchDB's own fields
// (`_id`, `_rev`, `_revisions`, `_conflicts`, `_deleted`, …) stay beside it, in the clear.
import { openJson, sealJson } from './cipher';

/** The field that holds the sealed body. No record schema has a field of this name. */
export const SEALED_FIELD = 'sealed';

/** Splits `doc` into PouchDB's own fields and the body. */
export function splitBody(doc: Readonly<Record<string, unknown>>): { meta: Record<string, unknown>; body: Record<string, unknown> } {
	const meta: Record<string, unknown> = {};
	const body: Record<string, unknown> = {};
	for (const [field, value] of Object.entries(doc)) {
		if (field.startsWith('_')) meta[field] = value;
		else body[field] = value;
	}
	return { meta, body };
}

/** A body as it is sealed in storage, and with which key (to reuse it only under the same key). */
export interface SealedBody {
	sealed: string;
	key: CryptoKey;
}

export function sealBody(key: CryptoKey, body: Readonly<Record<string, unknown>>, id: string): Promise<string> {
	return sealJson(key, body, id);
}

/** Throws CipherError when the body was modified, belongs to another record, or needs another key. */
export function openBody(key: CryptoKey, sealed: string, id: string): Promise<Record<string, unknown>> {
	return openJson<Record<string, unknown>>(key, sealed, id);
}
