// Typed text on the review and alert screens survives a reload: kept as a draft on every change,
// restored by the next screen, gone once the record is saved.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDraft } from '$lib/data/drafts';
import { testUserDb } from '$lib/data/test-helpers';
import type { UserDb } from '$lib/data/user-db';
import { DraftFields } from './draft-fields.svelte';

let userDb: UserDb;
const ref = { id: 'review:visit:1', form: 'review', familyId: 'family:1', recordId: 'visit:1' };

beforeEach(async () => {
	userDb = testUserDb();
	await userDb.open();
});

afterEach(async () => {
	await userDb.delete();
});

describe('DraftFields', () => {
	it('keeps every keystroke and gives it back to the next screen, markup as text', async () => {
		const first = new DraftFields(userDb, ref, { comment: '' });
		await first.ready;
		first.set('comment', '<script>x</script> 体重を');
		first.set('comment', '<script>x</script> 体重を記入してください');
		await first.saved();
		const next = new DraftFields(userDb, ref, { comment: '' });
		await next.ready;
		expect(next.values.comment).toBe('<script>x</script> 体重を記入してください');
		expect(await loadDraft(userDb, ref.id)).toMatchObject({ form: 'review', familyId: 'family:1', recordId: 'visit:1' });
	});

	it('lets what is typed before the draft is read win over it', async () => {
		const first = new DraftFields(userDb, ref, { comment: '' });
		first.set('comment', '古い下書き');
		await first.saved();
		const next = new DraftFields(userDb, ref, { comment: '' });
		next.values.comment = '新しい入力';
		await next.ready;
		expect(next.values.comment).toBe('新しい入力');
	});

	it('fixes the record id with the draft, so a save retried after a reload writes the same record', async () => {
		const first = new DraftFields(userDb, ref, { comment: '' });
		await first.ready;
		const id = first.recordId('review');
		expect(id).toMatch(/^review:/);
		expect(first.recordId('review')).toBe(id);
		await first.saved();
		const afterReload = new DraftFields(userDb, ref, { comment: '' });
		await afterReload.ready;
		expect(afterReload.recordId('review')).toBe(id);
		await afterReload.discard();
		expect(afterReload.recordId('review')).not.toBe(id);
	});

	it('forgets the draft once the record is saved', async () => {
		const fields = new DraftFields(userDb, ref, { comment: '' });
		fields.set('comment', '承認します');
		await fields.saved();
		await fields.discard();
		expect(fields.values.comment).toBe('');
		expect(await loadDraft(userDb, ref.id)).toBeUndefined();
	});
});
