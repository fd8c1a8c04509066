// PouchDB's setup on this device: which adapter stores records, how local databases are named,
// and how they are removed.
import PouchDB from 'pouchdb-browser';
import indexeddbAdapter from 'pouchdb-adapter-indexeddb';
import transformPouch from 'transform-pouch';

PouchDB.plugin(indexeddbAdapter);
// `db.transform`: seals record bodies at rest (crypto/sealed-pouch.ts).
PouchDB.plugin(transformPouch);

/** `memory` is for tests only (register it with `registerPouchPlugin`). */
export type PouchAdapter = 'indexeddb' | 'idb' | 'memory';

/** The local copy of `serverDb` for `user` (PouchDB prefixes `_pouch_` in IndexedDB). */
export function localDbName(user: string, serverDb: string): string {
	// `-` is escaped too, so the user part never contains the separator: users `a` and `a-b`
	// cannot end up sharing a local database.
	return `yorisoi-${encodeURIComponent(user).replace(/-/g, '%2D')}-${serverDb}`;
}

// The two IndexedDB adapters store data in formats that cannot read each other, so the first
// choice on a device is remembered: a browser update must not hide records written before it.
const ADAPTER_KEY = 'yorisoi.pouchAdapter';

function storage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

/** The `indexeddb` adapter (faster, STACK.md) needs `getAll`; older engines fall back to `idb`. */
export function detectAdapter(idb: { objectStore?: object } = { objectStore: globalThis.IDBObjectStore?.prototype }): 'indexeddb' | 'idb' {
	return idb.objectStore !== undefined && 'getAll' in idb.objectStore ? 'indexeddb' : 'idb';
}

/** The adapter this device's record databases use: remembered, else detected and remembered. */
export function chooseAdapter(): 'indexeddb' | 'idb' {
	const store = storage();
	const remembered = store?.getItem(ADAPTER_KEY);
	if (remembered === 'indexeddb' || remembered === 'idb') return remembered;
	const chosen = detectAdapter();
	try {
		store?.setItem(ADAPTER_KEY, chosen);
	} catch {
		// Storage full or disabled: detection gives the same answer next time on the same engine.
	}
	return chosen;
}

/** Adds an adapter or plugin to PouchDB (tests add `pouchdb-adapter-memory`). */
export function registerPouchPlugin(plugin: PouchDB.Plugin): void {
	PouchDB.plugin(plugin);
}

export function createPouch(name: string, adapter: PouchAdapter = chooseAdapter()): PouchDB.Database {
	return new PouchDB(name, { adapter });
}

/**
 * Deletes every IndexedDB database PouchDB made for a local name that `belongs` accepts, including
 * ones not opened on this page. Returns the local names deleted.
 */
export async function deleteStoredPouches(belongs: (localName: string) => boolean): Promise<string[]> {
	const factory = globalThis.indexedDB as IDBFactory | undefined;
	if (factory === undefined || typeof factory.databases !== 'function') return [];
	// Untyped, but public: PouchDB names its IndexedDB databases `<prefix><name>`.
	const prefix = (PouchDB as unknown as { prefix?: string }).prefix ?? '_pouch_';
	const names = (await factory.databases())
		.map((info) => info.name)
		.filter((name): name is string => name?.startsWith(prefix) === true)
		.map((name) => name.slice(prefix.length))
		.filter(belongs);
	for (const name of names) await deleteIndexedDb(factory, prefix + name);
	return names;
}

function deleteIndexedDb(factory: IDBFactory, name: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const request = factory.deleteDatabase(name);
		// `blocked` is not an error: the delete completes once other tabs close their connection.
		request.onsuccess = () => resolve();
		request.onerror = () => reject(request.error ?? new Error(`could not delete ${name}`));
	});
}
