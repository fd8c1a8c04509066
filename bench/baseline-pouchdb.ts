// The baseline's browser bundle: plain PouchDB with its defaults, as `window.PouchDB`, plus the
// indexeddb adapter so the two adapters can be compared in the same run.
import PouchDB from 'pouchdb-browser';
import IndexedDbAdapter from 'pouchdb-adapter-indexeddb';

PouchDB.plugin(IndexedDbAdapter);
(globalThis as unknown as { PouchDB: typeof PouchDB }).PouchDB = PouchDB;
