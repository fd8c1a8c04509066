// Reads one family's row from the read model for the family screens.
import type { FamilyRecord } from '$lib/domain/records';
import type { RecordRow, UserDb } from '$lib/data/user-db';

export async function familyRow(userDb: UserDb, familyId: string): Promise<(RecordRow & { doc: FamilyRecord }) | null> {
	const row = await userDb.records.get(familyId);
	return row?.type === 'family' ? (row as RecordRow & { doc: FamilyRecord }) : null;
}
