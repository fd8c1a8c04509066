import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { discardDraft, listDrafts, listDraftsWithFamilies, loadDraft, saveDraft } from './drafts';
import { storedRows, testUserDb } from './test-helpers';
import type { UserDb } from './user-db';

let userDb: UserDb;

beforeEach(async () => {
	userDb = testUserDb();
	await userDb.open();
});

afterEach(async () => {
	await userDb.delete();
});

describe('drafts', () => {
	it('keeps exactly what was typed, markup and all, and when it was started', async () => {
		await saveDraft(userDb, { id: 'family:new', form: 'family', values: { familyName: '<script>x</script>' } }, new Date('2026-11-24T01:00:00Z'));
		await saveDraft(userDb, { id: 'family:new', form: 'family', values: { familyName: '山田' } }, new Date('2026-11-24T01:05:00Z'));
		expect(await loadDraft(userDb, 'family:new')).toMatchObject({
			values: { familyName: '山田' },
			createdAt: '2026-11-24T01:00:00.000Z',
			updatedAt: '2026-11-24T01:05:00.000Z'
		});
	});

	it('lists the newest first and forgets a discarded one', async () => {
		await saveDraft(userDb, { id: 'a', form: 'family', values: {} }, new Date('2026-11-24T01:00:00Z'));
		await saveDraft(userDb, { id: 'b', form: 'family', values: {} }, new Date('2026-11-24T02:00:00Z'));
		expect((await listDrafts(userDb)).map((d) => d.id)).toEqual(['b', 'a']);
		await discardDraft(userDb, 'b');
		expect(await loadDraft(userDb, 'b')).toBeUndefined();
	});

	it('stores a copy, so later changes to the object do not leak in', async () => {
		const values = { familyName: '山田' };
		await saveDraft(userDb, { id: 'c', form: 'family', values });
		values.familyName = 'changed';
		expect((await loadDraft(userDb, 'c'))?.values).toEqual({ familyName: '山田' });
	});

	it('names the family each draft belongs to when the device holds it', async () => {
		const family = { _id: 'family:x', db: 'yorisoi-team-chuo', type: 'family', team: 'chuo', familyId: 'family:x', rev: '1-a', conflicted: false, syncState: 'synced', updatedAt: '2026-11-24T00:00:00Z', doc: { familyName: '石田', givenName: '葵' } } as const;
		await userDb.records.bulkPut(await storedRows(userDb, [family]));
		await saveDraft(userDb, { id: 'v', form: 'postpartum-care', familyId: 'family:x', values: {} }, new Date('2026-11-24T01:00:00Z'));
		await saveDraft(userDb, { id: 'w', form: 'postpartum-care', familyId: 'family:gone', values: {} }, new Date('2026-11-24T00:30:00Z'));
		expect((await listDraftsWithFamilies(userDb)).map((d) => [d.id, d.familyName])).toEqual([
			['v', '石田 葵'],
			['w', undefined]
		]);
	});

	it('applies saves in the order they were made, even when sealing finishes out of order', async () => {
		const seal = userDb.cipher.sealDraft.bind(userDb.cipher);
		const slowFirst = vi.spyOn(userDb.cipher, 'sealDraft').mockImplementationOnce(async (draft) => {
			await new Promise((resolve) => setTimeout(resolve, 30));
			return seal(draft);
		});
		try {
			const first = saveDraft(userDb, { id: 'd', form: 'family', values: { familyName: '山' } });
			const second = saveDraft(userDb, { id: 'd', form: 'family', values: { familyName: '山田' } });
			await Promise.all([first, second]);
			expect((await loadDraft(userDb, 'd'))?.values).toEqual({ familyName: '山田' });
		} finally {
			slowFirst.mockRestore();
		}
	});

	it('discards after a save still on its way, so the draft does not come back', async () => {
		const seal = userDb.cipher.sealDraft.bind(userDb.cipher);
		const slow = vi.spyOn(userDb.cipher, 'sealDraft').mockImplementationOnce(async (draft) => {
			await new Promise((resolve) => setTimeout(resolve, 30));
			return seal(draft);
		});
		try {
			const saved = saveDraft(userDb, { id: 'e', form: 'family', values: { familyName: '山田' } });
			await discardDraft(userDb, 'e');
			await saved;
			expect(await loadDraft(userDb, 'e')).toBeUndefined();
		} finally {
			slow.mockRestore();
		}
	});
});
