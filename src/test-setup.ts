// Node has no IndexedDB or `self`; the data layer's tests run against fake-indexeddb.
import 'fake-indexeddb/auto';

(globalThis as { self?: unknown }).self ??= globalThis;
