// Test-data builders and throwaway databases for the data layer's tests (Node, fake-indexeddb).
// The data layer's tests run twice (vite.config.ts): with plain storage, and with
// YORISOI_TEST_STORAGE=sealed, where every database made here seals with a data key.
import memoryAdapter from 'pouchdb-adapter-memory';
import { sealPouchBodies } from './crypto/sealed-pouch.ts';
import { newEnvelope } from '../domain/records/envelope.ts';
import { validDoc } from '../domain/records/fixtures.ts';
import { newRecordId } from '../domain/records/record-id.ts';
import type { RecordType } from '../domain/records/record-types.ts';
import { createPouch, registerPouchPlugin, type PouchAdapter } from './pouch.ts';
import type { RecordsDb } from './records-db.ts';
import { UserDb, type RecordRow, type StoredRecordRow } from './user-db.ts';

registerPouchPlugin(memoryAdapter);

let counter = 0;
/** A name no other test in this process uses. */
export function uniqueName(prefix: string): string {
	counter += 1;
	return `${prefix}-${process.pid}-${counter}-${Date.now().toString(36)}`;
}

/** A deterministic [0, 1) source, so generated ids repeat between runs. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

const random = seededRandom(42);
export const TEAM = 'chuo';
export const AT = new Date('2026-11-20T01:30:00.000Z');

/** A data key, as sign-in unwraps one: AES-GCM-256, not extractable. */
export function newDataKey(): Promise<CryptoKey> {
	return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Whether this run's test databases seal (the `node-sealed` test project). */
export const SEALED_STORAGE = process.env['YORISOI_TEST_STORAGE'] === 'sealed';
/** the key the test databases seal with in a sealed run; undefined in a plain one */
export const storageKey: CryptoKey | undefined = SEALED_STORAGE ? await newDataKey() : undefined;

export function testPouch(adapter: PouchAdapter = 'memory'): RecordsDb {
	const db = createPouch(uniqueName('test-pouch'), adapter);
	if (storageKey !== undefined) sealPouchBodies(db, storageKey);
	return db;
}

export function testUserDb(name = uniqueName('user')): UserDb {
	return new UserDb(name, { key: storageKey });
}

/** Rows as `userDb` stores them (sealed in a sealed run), for tests that fill the table directly. */
export function storedRows(userDb: UserDb, rows: readonly RecordRow[]): Promise<StoredRecordRow[]> {
	return Promise.all(rows.map((row) => userDb.cipher.sealRow(row)));
}

/** A valid family record; `n` varies the name so lists have something to sort. */
export function familyRecord(overrides: Record<string, unknown> = {}, by = 'midwife1', at = AT): Record<string, unknown> & { _id: string } {
	return {
		...newEnvelope('family', { team: TEAM, by, at, random }),
		familyName: '長岡',
		givenName: '花子',
		familyNameKana: 'ナガオカ',
		givenNameKana: 'ハナコ',
		district: '阪之上',
		assignedTo: { midwife: by },
		status: 'active',
		...overrides
	};
}

/** The fixtures' universal visit (nested mother and baby blocks), under a fresh id in `familyId`. */
export function careVisitRecord(familyId: string, overrides: Record<string, unknown> = {}, by = 'midwife1', at = AT): Record<string, unknown> & { _id: string } {
	const fixture = validDoc('visit, universal (全戸訪問) with every block');
	const { childId: _child, pregnancyId: _pregnancy, ...rest } = fixture;
	return { ...rest, ...newEnvelope('visit', { team: TEAM, familyId, by, at, random }), ...overrides };
}

/** A stored document of `type` that no schema accepts (what an older or broken writer could leave). */
export function unreadableDoc(type: RecordType = 'family'): Record<string, unknown> & { _id: string } {
	return { _id: newRecordId(type, AT, random), type, schemaVersion: 1, team: TEAM };
}

/** Resolves once `check` passes, polling; for live feeds, which report asynchronously. */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 3000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		try {
			return await check();
		} catch (error) {
			if (Date.now() > deadline) throw error;
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
	}
}
