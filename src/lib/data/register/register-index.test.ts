import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildChild, buildEpds, buildFamily, buildFamilyCase, buildReview, FACTORY_NOW } from '../../domain/records/factories.ts';
import type { YorisoiRecord } from '../../domain/records/index.ts';
import type { Viewer } from '../../domain/worklist/types.ts';
import { projectChanges } from '../projection.ts';
import { putRecord } from '../records-db.ts';
import { eventually, storedRows, testPouch, testUserDb } from '../test-helpers.ts';
import type { RecordRow, UserDb } from '../user-db.ts';
import { RegisterIndex } from './register-index.ts';

const DB = 'yorisoi-team-chuo';
const TODAY = FACTORY_NOW.toISOString().slice(0, 10);
const midwife: Viewer = { user: 'midwife1', roles: ['midwife', 'team:chuo'] };
const promoter: Viewer = { user: 'promoter1', roles: ['promoter'] };

function rowOf(record: YorisoiRecord, fields: Partial<RecordRow> = {}): RecordRow {
	return {
		_id: record._id,
		db: DB,
		type: record.type,
		team: record.team,
		familyId: record.familyId,
		rev: '1-a',
		conflicted: false,
		syncState: 'synced',
		syncedRev: '1-a',
		updatedAt: record.updatedAt,
		doc: record as unknown as Record<string, unknown>,
		...fields
	};
}

const opened: RegisterIndex[] = [];

async function indexOf(userDb: UserDb, records: YorisoiRecord[], viewer: Viewer = midwife, options?: { pageSize?: number }): Promise<RegisterIndex> {
	await userDb.records.bulkPut(await storedRows(userDb, records.map((record) => rowOf(record))));
	const index = RegisterIndex.open(userDb, viewer, undefined, options);
	opened.push(index);
	await index.ready;
	return index;
}

afterEach(() => {
	for (const index of opened.splice(0)) index.close();
});

const yamada = buildFamily({ familyName: '山田', givenName: '花子', familyNameKana: 'ヤマダ', givenNameKana: 'ハナコ', phone: '0258-12-3456', address: '長岡市大手通1-1' });
const sato = buildFamily({ familyName: '佐藤', givenName: '恵', familyNameKana: 'さとう', givenNameKana: 'めぐみ', phone: '090-1111-2222', address: '長岡市川崎町1', district: '川崎' });
const abe = buildFamily({ familyName: '阿部', givenName: '陽子', familyNameKana: 'アベ', givenNameKana: 'ヨウコ', address: '長岡市寺泊1', phone: '0258-00-0000', team: 'kita', status: 'closed' });

describe('RegisterIndex search', () => {
	it('finds families by kana in either script, half-width kana, kanji, address and phone digits', async () => {
		const index = await indexOf(testUserDb(), [yamada, sato, abe]);
		const ids = (text: string) => index.search({ text }, TODAY).rows.map((summary) => summary.familyId);
		expect(ids('やまだ')).toEqual([yamada._id]);
		expect(ids('ヤマダ')).toEqual([yamada._id]);
		expect(ids('ﾔﾏﾀﾞ')).toEqual([yamada._id]);
		expect(ids('やまだ 花子')).toEqual([yamada._id]);
		expect(ids('サトウ')).toEqual([sato._id]);
		expect(ids('大手通')).toEqual([yamada._id]);
		expect(ids('３４５６')).toEqual([yamada._id]);
		expect(ids('山田 恵')).toEqual([]);
	});

	it('lists every family in reading order, with the total beyond the limit', async () => {
		const index = await indexOf(testUserDb(), [yamada, sato, abe]);
		expect(index.search({}, TODAY).rows.map((s) => s.family?.familyName)).toEqual(['阿部', '佐藤', '山田']);
		expect(index.search({}, TODAY, 2)).toMatchObject({ total: 3, rows: [{ familyId: abe._id }, { familyId: sato._id }] });
	});

	it('filters by team, status, risk flags and what is due today', async () => {
		const newborn = buildFamilyCase({ family: { familyName: '新井', familyNameKana: 'アライ' } });
		const distressed = buildFamilyCase({ family: { familyName: '森', familyNameKana: 'モリ' }, screening: { answers: [3, 3, 0, 3, 0, 0, 0, 0, 0, 0] } });
		const records = [yamada, sato, abe, ...Object.values(newborn), ...Object.values(distressed)].filter((r): r is YorisoiRecord => r !== undefined);
		const index = await indexOf(testUserDb(), records);
		const names = (query: Parameters<RegisterIndex['search']>[0]) => index.search(query, TODAY).rows.map((s) => s.family?.familyName);
		expect(names({ team: 'kita' })).toEqual(['阿部']);
		expect(names({ status: 'closed' })).toEqual(['阿部']);
		expect(names({ status: 'active' })).toEqual(['新井', '佐藤', '森', '山田']);
		expect(names({ status: 'all' })).toHaveLength(5);
		expect(names({ risk: true })).toEqual(['森']);
		// A baby three weeks old with no 産後ケア visit yet: due for the assigned midwife.
		expect(names({ due: true })).toEqual(['新井', '森']);
		expect(names({ due: true, text: 'あらい' })).toEqual(['新井']);
	});

	it('keeps families it holds no family record for out of the register, but knows them', async () => {
		const child = buildChild(yamada);
		const index = await indexOf(testUserDb(), [sato, child]);
		expect(index.search({}, TODAY).total).toBe(1);
		expect(index.summary(yamada._id)).toMatchObject({ familyId: yamada._id, childBirthDates: [child.birthDate] });
		expect(index.summary(yamada._id)?.family).toBeUndefined();
	});

	it('reads families split across pages whole', async () => {
		const families = Array.from({ length: 7 }, (_, i) => buildFamily({ familyName: `家${i}`, familyNameKana: `いえ${'あいうえおかき'[i]}` }));
		const children = families.flatMap((family, i) => Array.from({ length: i % 4 }, () => buildChild(family)));
		const index = await indexOf(testUserDb(), [...families, ...children], midwife, { pageSize: 3 });
		expect(index.size).toBe(7);
		families.forEach((family, i) => expect(index.summary(family._id)?.childBirthDates).toHaveLength(i % 4));
	});
});

describe('RegisterIndex worklist', () => {
	it('lists what is due today for the viewer, most urgent first, with the family', async () => {
		const newborn = buildFamilyCase({ family: { familyName: '新井', familyNameKana: 'アライ' } });
		const visit = newborn.visit;
		const returned = buildReview(visit, { decision: 'returned', comment: '体重の記録を確認してください' }, { at: new Date(FACTORY_NOW.getTime() + 60_000) });
		const records = [...Object.values(newborn), returned].filter((r): r is YorisoiRecord => r !== undefined);
		const index = await indexOf(testUserDb(), records);
		const items = index.worklist(TODAY);
		expect(items.map((item) => [item.kind, item.urgency])).toEqual([
			['returned-visit', 'now'],
			['postpartum-care-visit', 'overdue']
		]);
		expect(items[0]).toMatchObject({ sourceId: visit._id, note: '体重の記録を確認してください', summary: { familyId: newborn.family._id } });
		expect(await indexOf(testUserDb(), records, { user: 'midwife2', roles: ['midwife', 'team:chuo'] }).then((i) => i.worklist(TODAY))).toEqual([]);
	});
});

describe('RegisterIndex for a promoter', () => {
	it('never holds a clinical flag', async () => {
		const family = buildFamily({ assignedTo: { midwife: 'midwife1', promoter: 'promoter1' } });
		// EPDS item 10 answered 'often' (self-harm) and a high total: clinical flags for staff.
		const epds = buildEpds(family, { answers: [3, 3, 0, 3, 0, 0, 0, 0, 0, 0] });
		const staffIndex = await indexOf(testUserDb(), [family, epds]);
		expect(staffIndex.summary(family._id)?.flags.some((flag) => flag.clinical)).toBe(true);

		const index = await indexOf(testUserDb(), [family, epds], promoter);
		expect(index.summary(family._id)?.flags.filter((flag) => flag.clinical)).toEqual([]);
		expect(index.search({ risk: true }, TODAY).total).toBe(0);
		expect(index.worklist(TODAY).every((item) => item.kind === 'companion-visit' || item.kind === 'next-visit')).toBe(true);
	});
});

describe('RegisterIndex updates', () => {
	it('recomputes the families the projection changed, then tells subscribers', async () => {
		const [userDb, pouch] = [testUserDb(), testPouch()];
		await putRecord(pouch, yamada);
		await projectChanges(userDb, DB, pouch);
		const index = RegisterIndex.open(userDb, midwife);
		opened.push(index);
		await index.ready;
		expect(index.search({ text: 'さとう' }, TODAY).total).toBe(0);
		const listener = vi.fn();
		index.subscribe(listener);

		await putRecord(pouch, sato);
		await projectChanges(userDb, DB, pouch);
		await eventually(() => expect(index.search({ text: 'さとう' }, TODAY).total).toBe(1));
		expect(listener).toHaveBeenCalled();
		expect(index.summary(sato._id)?.syncState).toBe('pending');

		const child = buildChild(yamada);
		await putRecord(pouch, child);
		await projectChanges(userDb, DB, pouch);
		await eventually(() => expect(index.summary(yamada._id)?.childBirthDates).toEqual([child.birthDate]));
	});

	it('follows sync marks and deletions', async () => {
		const [userDb, pouch] = [testUserDb(), testPouch()];
		const { rev } = await putRecord(pouch, sato);
		await projectChanges(userDb, DB, pouch);
		const index = RegisterIndex.open(userDb, midwife);
		opened.push(index);
		await index.ready;
		const { markSynced } = await import('../projection.ts');
		await markSynced(userDb, [{ id: sato._id, rev }]);
		await eventually(() => expect(index.summary(sato._id)?.syncState).toBe('synced'));
		await pouch.remove(sato._id, rev);
		await projectChanges(userDb, DB, pouch);
		await eventually(() => expect(index.summary(sato._id)).toBeUndefined());
		expect(index.search({}, TODAY).total).toBe(0);
	});

	it('sees rows written while it was still loading', async () => {
		const [userDb, pouch] = [testUserDb(), testPouch()];
		await putRecord(pouch, yamada);
		await projectChanges(userDb, DB, pouch);
		const index = RegisterIndex.open(userDb, midwife);
		opened.push(index);
		await putRecord(pouch, sato);
		await projectChanges(userDb, DB, pouch);
		await index.ready;
		await index.settled();
		expect(index.search({}, TODAY).total).toBe(2);
	});

	it('stops listening when closed', async () => {
		const [userDb, pouch] = [testUserDb(), testPouch()];
		const index = RegisterIndex.open(userDb, midwife);
		await index.ready;
		const listener = vi.fn();
		index.subscribe(listener);
		index.close();
		await putRecord(pouch, sato);
		await projectChanges(userDb, DB, pouch);
		await new Promise((resolve) => setTimeout(resolve, 60));
		expect(listener).not.toHaveBeenCalled();
		expect(index.size).toBe(0);
	});
});
