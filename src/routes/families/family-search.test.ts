import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFamily } from '$lib/domain/records/factories';
import { UserDb, type RecordRow } from '$lib/data/user-db';
import { familyMatches, searchFamilies } from './family-search';

let userDb: UserDb;

beforeEach(async () => {
	userDb = new UserDb(`search-${Math.random()}`);
	await userDb.open();
});

afterEach(async () => {
	await userDb.delete();
});

function row(doc: ReturnType<typeof buildFamily>): RecordRow {
	return { _id: doc._id, db: 'yorisoi-team-chuo', type: 'family', team: doc.team, familyId: doc._id, rev: '1-a', conflicted: false, syncState: 'pending', updatedAt: doc.updatedAt, doc };
}

describe('family search', () => {
	it('finds by name, kana, phone digits or address, and counts every match', async () => {
		const yamada = buildFamily({ familyName: '山田', givenName: '花子', familyNameKana: 'やまだ', givenNameKana: 'はなこ', phone: '0258-12-3456', address: '長岡市大手通1-1' });
		const sato = buildFamily({ familyName: '佐藤', givenName: '恵', familyNameKana: 'さとう', givenNameKana: 'めぐみ', phone: '090-1111-2222' });
		expect(familyMatches(yamada, '山田花子')).toBe(true);
		expect(familyMatches(yamada, 'やまだ')).toBe(true);
		expect(familyMatches(yamada, '3456')).toBe(true);
		expect(familyMatches(yamada, '大手通')).toBe(true);
		expect(familyMatches(sato, '山田')).toBe(false);
		await userDb.records.bulkPut([row(yamada), row(sato)]);
		expect((await searchFamilies(userDb, '')).total).toBe(2);
		const found = await searchFamilies(userDb, 'さとう');
		expect(found.rows.map((r) => r._id)).toEqual([sato._id]);
		expect(found.total).toBe(1);
	});

	it('treats markup in the query as plain text', () => {
		expect(familyMatches(buildFamily(), '<script>')).toBe(false);
	});
});
