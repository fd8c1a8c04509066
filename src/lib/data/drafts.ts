// Form drafts in the user's Dexie database: written on every change so nothing typed is lost to
// a reload, a crash or a flat battery.
import type { Draft, UserDb } from './user-db';

export async function saveDraft(userDb: UserDb, draft: Omit<Draft, 'createdAt' | 'updatedAt'>, now = new Date()): Promise<void> {
	const stamp = now.toISOString();
	await userDb.transaction('rw', userDb.drafts, async () => {
		const existing = await userDb.drafts.get(draft.id);
		// A snapshot, never a Svelte proxy: IndexedDB cannot clone proxies (DataCloneError).
		await userDb.drafts.put({ ...structuredClone(draft), createdAt: existing?.createdAt ?? stamp, updatedAt: stamp });
	});
}

export function loadDraft(userDb: UserDb, id: string): Promise<Draft | undefined> {
	return userDb.drafts.get(id);
}

export async function discardDraft(userDb: UserDb, id: string): Promise<void> {
	await userDb.drafts.delete(id);
}

export function listDrafts(userDb: UserDb): Promise<Draft[]> {
	return userDb.drafts.orderBy('updatedAt').reverse().toArray();
}

/** Open drafts, newest first, each with the name of the family it belongs to when the device has it. */
export async function listDraftsWithFamilies(userDb: UserDb): Promise<(Draft & { familyName?: string })[]> {
	const drafts = await listDrafts(userDb);
	const rows = await userDb.records.bulkGet(drafts.map((draft) => draft.familyId ?? (draft.form === 'family' ? draft.recordId : undefined) ?? ''));
	return drafts.map((draft, i) => {
		const row = rows[i];
		if (row?.type !== 'family') return draft;
		const { familyName = '', givenName = '' } = row.doc as { familyName?: string; givenName?: string };
		return { ...draft, familyName: `${familyName} ${givenName}`.trim() };
	});
}
