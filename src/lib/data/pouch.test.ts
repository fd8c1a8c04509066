import { afterEach, describe, expect, it } from 'vitest';
import { chooseAdapter, createPouch, deleteStoredPouches, detectAdapter, localDbName } from './pouch.ts';
import { familyRecord, uniqueName } from './test-helpers.ts';

describe('local database names', () => {
	it('puts the encoded user and the server database in the name', () => {
		expect(localDbName('midwife1', 'yorisoi-team-chuo')).toBe('yorisoi-midwife1-yorisoi-team-chuo');
		expect(localDbName('山田 花子/1', 'yorisoi-team-chuo')).toBe('yorisoi-%E5%B1%B1%E7%94%B0%20%E8%8A%B1%E5%AD%90%2F1-yorisoi-team-chuo');
		expect(localDbName('a-b', 'x')).toBe('yorisoi-a%2Db-x');
	});
});

describe('adapter choice', () => {
	it('uses indexeddb where getAll exists and idb where it does not', () => {
		expect(detectAdapter({ objectStore: { getAll: () => [] } })).toBe('indexeddb');
		expect(detectAdapter({ objectStore: {} })).toBe('idb');
		expect(detectAdapter({})).toBe('idb');
	});

	it('chooses indexeddb on this engine (fake-indexeddb has getAll)', () => {
		expect(chooseAdapter()).toBe('indexeddb');
	});
});

describe('deleting stored databases', () => {
	it('deletes only the IndexedDB databases the predicate accepts', async () => {
		const mine = uniqueName('mine');
		const theirs = uniqueName('theirs');
		for (const name of [mine, theirs]) {
			const db = createPouch(name, 'indexeddb');
			await db.put({ _id: 'a' });
			await db.close();
		}
		expect(await deleteStoredPouches((name) => name === mine)).toEqual([mine]);
		const names = (await indexedDB.databases()).map((info) => info.name);
		expect(names).not.toContain(`_pouch_${mine}`);
		expect(names).toContain(`_pouch_${theirs}`);
	});
});

// PouchDB issue #8599 (indexeddb adapter, PouchDB 8, Chrome): after replicating more than 1,000
// documents, every later local write failed with "Unable to add key to index 'seq'".
describe('indexeddb adapter after replicating more than 1,000 documents', () => {
	const opened: PouchDB.Database[] = [];
	const open = (name: string) => {
		const db = createPouch(name, 'indexeddb');
		opened.push(db);
		return db;
	};
	afterEach(async () => {
		for (const db of opened.splice(0)) await db.destroy().catch(() => undefined);
	});

	for (const batchSize of [100, 1000]) {
		it(`keeps accepting writes (replication batch ${batchSize})`, { timeout: 120_000 }, async () => {
			const source = open(uniqueName('tablet'));
			const targetName = uniqueName('server');
			const target = open(targetName);
			const docs = Array.from({ length: 1500 }, () => familyRecord());
			const written = await source.bulkDocs(docs);
			expect(written.filter((r) => 'error' in r)).toEqual([]);

			const pulled = await target.replicate.from(source, { batch_size: batchSize });
			expect(pulled.docs_written).toBe(1500);
			expect(pulled.doc_write_failures).toBe(0);

			// New documents, an update and a bulk write on the replica: the writes the report saw fail.
			await target.put(familyRecord());
			const first = await target.get(docs[0]!._id);
			await target.put({ ...first, district: '川口' });
			const more = await target.bulkDocs(Array.from({ length: 200 }, () => familyRecord()));
			expect(more.filter((r) => 'error' in r)).toEqual([]);

			// And back the other way, then after a reopen (metadata read from disk again).
			const pushed = await target.replicate.to(source, { batch_size: batchSize });
			expect(pushed.doc_write_failures).toBe(0);
			await target.close();
			const reopened = open(targetName);
			await reopened.put(familyRecord());
			expect((await reopened.info()).doc_count).toBe(1500 + 1 + 200 + 1);
			expect((await source.info()).doc_count).toBe(1500 + 1 + 200);

			// Every change has its own sequence number: the index the report saw collide.
			const changes = await reopened.changes({ since: 0 });
			const seqs = changes.results.map((c) => c.seq);
			expect(new Set(seqs).size).toBe(seqs.length);
		});
	}
});
