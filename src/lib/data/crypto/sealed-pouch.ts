// Record bodies sealed at rest in a local PouchDB database, through transform-pouch: a body is
// sealed on its way into storage (`bulkDocs`, which local writes and pulled documents go through)
// and opened on its way out (`get`, `allDocs`, `bulkGet`, `changes`, which reads, the projection
// and pushes go through). So IndexedDB holds `{_id, _rev, …, sealed}` while the server receives
// the same plain documents as without encryption.
import { CipherError } from './cipher';
import { openBody, sealBody, SEALED_FIELD, splitBody, type SealedBody } from './record-body';

type Doc = Record<string, unknown>;

interface Transformable {
	transform(config: { incoming?: (doc: Doc) => Doc | Promise<Doc>; outgoing?: (doc: Doc) => Doc | Promise<Doc> }): void;
}

/** Ids starting with `_` are PouchDB's or the server's (`_design/…`, `_local/…`): never sealed. */
function isRecordId(id: unknown): id is string {
	return typeof id === 'string' && !id.startsWith('_');
}

const sealedBodies = new WeakMap<object, SealedBody>();
type AllDocs = (options: PouchDB.Core.AllDocsWithKeysOptions) => Promise<PouchDB.Core.AllDocsResponse<object>>;
/** each sealed database's own `allDocs`, from before the transform wrapped it */
const unopenedAllDocs = new WeakMap<PouchDB.Database, AllDocs>();

/**
 * The sealed body a document was opened from (for a document as it came out of storage): when the
 * record body is unchanged by parsing, the read model stores the same value instead of sealing it
 * a second time. Both are bound to the record id (record-body.ts).
 */
export function sealedBodyOf(doc: object): SealedBody | undefined {
	return sealedBodies.get(doc);
}

async function incoming(key: CryptoKey, doc: Doc): Promise<Doc> {
	// PouchDB would make up an id after this point, and the body would be stored plain.
	if (typeof doc['_id'] !== 'string') throw new TypeError('a document must have its _id before it is sealed');
	if (!isRecordId(doc['_id'])) return doc;
	const { meta, body } = splitBody(doc);
	// A new object: the caller (a form, the replicator) keeps its own.
	return { ...meta, [SEALED_FIELD]: await sealBody(key, body, doc['_id']) };
}

async function outgoing(key: CryptoKey, doc: Doc): Promise<Doc> {
	const id = doc['_id'];
	if (!isRecordId(id)) return doc;
	// PouchDB's bulkGet reads through `get`: what it returns was opened here once already.
	if (sealedBodies.has(doc)) return doc;
	const sealed = doc[SEALED_FIELD];
	const { meta } = splitBody(doc);
	let body: Doc;
	try {
		if (typeof sealed !== 'string') throw new CipherError('a plain body in a sealed database');
		body = await openBody(key, sealed, id);
	} catch (error) {
		if (!(error instanceof CipherError)) throw error;
		// Refused, never misread: the document comes out with no body, so every reader finds it
		// unreadable (the projection journals it and keeps it out of the read model). A plain body
		// cannot be this app's (it seals every write): someone wrote it into storage.
		return { ...meta, [SEALED_FIELD]: typeof sealed === 'string' ? sealed : '' };
	}
	const opened = { ...meta, ...body };
	sealedBodies.set(opened, { sealed, key });
	return opened;
}

/** Seals the record bodies `db` stores with `key`. Call once, right after creating the instance. */
export function sealPouchBodies(db: PouchDB.Database, key: CryptoKey): void {
	unopenedAllDocs.set(db, db.allDocs.bind(db) as AllDocs);
	(db as unknown as Transformable).transform({
		incoming: (doc) => incoming(key, doc),
		outgoing: (doc) => outgoing(key, doc)
	});
}

/**
 * `allDocs` past the transform, bodies left sealed: for questions PouchDB's own fields answer
 * (`_conflicts`), so a first sync does not decrypt every document once more to ask them.
 */
export function allDocsUnopened(db: PouchDB.Database, options: PouchDB.Core.AllDocsWithKeysOptions): Promise<PouchDB.Core.AllDocsResponse<object>> {
	return (unopenedAllDocs.get(db) ?? db.allDocs.bind(db))(options);
}

/** Whether a document came out of storage still sealed: its body could not be opened. */
export function isSealedDoc(doc: Readonly<Doc>): boolean {
	return typeof doc[SEALED_FIELD] === 'string';
}
