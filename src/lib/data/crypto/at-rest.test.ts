// Encryption at rest as an attacker holding the device would test it: after the gateways wrote a
// family, a care visit, an EPDS and a draft, every IndexedDB database of the user is read
// directly, and no name, phone number or screening answer is found in it. Then stored values are
// modified, and the app refuses them rather than misreading them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCareVisit, buildEpds, buildFamily } from '../../domain/records/factories';
import { CipherError } from './cipher';
import { listDraftsWithFamilies, loadDraft, saveDraft } from '../drafts';
import { userDbName, UserDb } from '../user-db';
import { projectChanges } from '../projection';
import { queryRecords, recordRow } from '../read-model';
import { closeUserRecords, getRecord, openRecordsDb, putRecord, RecordValidationError, type RecordsDb } from '../records-db';
import { RegisterIndex } from '../register/register-index';
import { createPouch, localDbName } from '../pouch';
import { newDataKey, uniqueName } from '../test-helpers';

const DB = 'yorisoi-team-chuo';
const family = buildFamily({
	familyName: '石田',
	givenName: '葵',
	familyNameKana: 'イシダ',
	givenNameKana: 'アオイ',
	phone: '0258-12-3456',
	address: '長岡市大手通1丁目2-3'
});
const visit = buildCareVisit(family, { outcome: { advice: '授乳は順調。' } });
const epds = buildEpds(family, { answers: [3, 2, 3, 1, 3, 2, 3, 3, 2, 1] });
const draftValues = { 'mother.exam.weightKg': 57.9, 'outcome.advice': '夜間の授乳がつらい', epdsAnswers: [3, 2, 3, 1] };

/** What the attacker looks for: values, and the field names that would say what a value is. */
const SECRETS = [
	'石田',
	'葵',
	'イシダ',
	'アオイ',
	'0258-12-3456',
	'0258',
	'大手通',
	'授乳',
	'夜間',
	'57.9',
	'[3,2,3,1,3,2,3,3,2,1]',
	'familyName',
	'phone',
	'address',
	'answers',
	'epdsAnswers',
	'weightKg'
];

const request = <T>(req: IDBRequest<T>) =>
	new Promise<T>((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error ?? new Error('request failed'));
	});

function openRaw(name: string): Promise<IDBDatabase> {
	return request(indexedDB.open(name));
}

/** Every key and value of every store of every IndexedDB database of `user` (Dexie's and PouchDB's). */
async function rawContents(user: string): Promise<{ names: string[]; text: string }> {
	const theirs = [userDbName(user), `_pouch_${localDbName(user, '')}`];
	const names = (await indexedDB.databases()).map((info) => info.name ?? '').filter((name) => theirs.some((prefix) => name.startsWith(prefix)));
	const parts: string[] = [];
	for (const name of names) {
		const db = await openRaw(name);
		for (const storeName of Array.from(db.objectStoreNames)) {
			const store = db.transaction(storeName).objectStore(storeName);
			const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
			parts.push(JSON.stringify(keys), JSON.stringify(values));
		}
		db.close();
	}
	return { names, text: parts.join('\n') };
}

/** Rewrites one stored value in place, as someone with the device could. */
async function rewriteRaw(dbName: string, storeName: string, key: IDBValidKey, rewrite: (value: unknown) => unknown): Promise<void> {
	const db = await openRaw(dbName);
	const store = db.transaction(storeName, 'readwrite').objectStore(storeName);
	const value: unknown = await request(store.get(key));
	if (value === undefined) throw new Error(`nothing stored at ${String(key)} in ${dbName}/${storeName}`);
	await request(store.keyPath === null ? store.put(rewrite(value), key) : store.put(rewrite(value)));
	db.close();
}

/** Flips one character of every string in `value` that starts like a sealed value. */
function flipSealed(value: unknown): unknown {
	if (typeof value === 'string') return value.length > 40 && value.startsWith('A') ? value.slice(0, 40) + (value[40] === 'A' ? 'B' : 'A') + value.slice(41) : value;
	if (Array.isArray(value)) return value.map(flipSealed);
	if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, flipSealed(v)]));
	return value;
}

let user: string;
let userDb: UserDb;
let records: RecordsDb;
let key: CryptoKey;

beforeAll(async () => {
	user = uniqueName('attacked');
	key = await newDataKey();
	userDb = new UserDb(user, { key });
	await userDb.open();
	records = openRecordsDb(user, DB, { adapter: 'indexeddb', key });
	for (const record of [family, visit, epds]) await putRecord(records, record);
	await projectChanges(userDb, DB, records);
	await saveDraft(userDb, { id: 'draft:visit', form: 'postpartum-care', familyId: family._id, values: draftValues, ids: { visit: visit._id } });
});

afterAll(async () => {
	userDb.close();
	await closeUserRecords(user);
});

describe('encryption at rest', () => {
	it('reads back through the gateways as written', async () => {
		expect(await getRecord(records, epds._id)).toMatchObject({ answers: epds.answers, total: epds.total });
		expect((await recordRow(userDb, family._id))?.doc).toMatchObject({ familyName: '石田', phone: '0258-12-3456' });
		expect((await queryRecords(userDb, { familyId: family._id })).map((row) => row.type).sort()).toEqual(['family', 'screening', 'visit']);
		expect(await loadDraft(userDb, 'draft:visit')).toMatchObject({ values: draftValues, ids: { visit: visit._id } });
		expect((await listDraftsWithFamilies(userDb)).map((draft) => draft.familyName)).toEqual(['石田 葵']);
		const register = RegisterIndex.open(userDb, { user: 'midwife1', roles: ['midwife', 'team:chuo'] });
		await register.ready;
		expect(register.search({ text: 'いしだ' }, '2026-11-20').rows.map((row) => row.familyId)).toEqual([family._id]);
		register.close();
		// What the server receives from the device's own adapter is the record as written.
		const server = createPouch(uniqueName('server'), 'memory');
		await records.replicate.to(server);
		expect(await server.get(epds._id)).toEqual({ ...epds, _rev: expect.any(String) });
	});

	it('leaves no name, phone number, screening answer or draft value in IndexedDB in clear text', async () => {
		const { names, text } = await rawContents(user);
		// The user's Dexie database and the PouchDB database of their team were both read.
		expect(names).toEqual(expect.arrayContaining([userDbName(user), expect.stringContaining(DB)]));
		for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
		// What is plain: ids, revisions, types, the team and timestamps.
		expect(text).toContain(family._id);
		expect(text).toContain('screening');
	});

	it('refuses a read-model row, a draft or a record whose ciphertext was modified', async () => {
		await rewriteRaw(userDbName(user), 'records', family._id, flipSealed);
		await rewriteRaw(userDbName(user), 'drafts', 'draft:visit', flipSealed);
		await expect(recordRow(userDb, family._id)).rejects.toBeInstanceOf(CipherError);
		await expect(queryRecords(userDb, { familyId: family._id })).rejects.toBeInstanceOf(CipherError);
		await expect(loadDraft(userDb, 'draft:visit')).rejects.toBeInstanceOf(CipherError);

		const pouchName = (await rawContents(user)).names.find((name) => name.includes(DB))!;
		await rewriteRaw(pouchName, 'docs', epds._id, flipSealed);
		await expect(getRecord(records, epds._id)).rejects.toBeInstanceOf(RecordValidationError);
	});
});
