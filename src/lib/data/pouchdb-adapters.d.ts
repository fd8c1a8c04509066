// The PouchDB plugins ship without type definitions: each adapter is a plugin function;
// transform-pouch is a plugin object adding `db.transform` (typed where it is called).
declare module 'pouchdb-adapter-indexeddb' {
	const plugin: PouchDB.Plugin;
	export default plugin;
}

declare module 'pouchdb-adapter-memory' {
	const plugin: PouchDB.Plugin;
	export default plugin;
}

declare module 'transform-pouch' {
	const plugin: PouchDB.Plugin;
	export default plugin;
}
