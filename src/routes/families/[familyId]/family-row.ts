// Reads one family's row from the read model for the family screens.
import type { FamilyRecord } from '$lib/domain/records';
import { recordRow } from '$lib/data/read-model';
import type { RecordRow, UserDb } from '$lib/data/user-db';

export async function familyRow(userDb: UserDb, familyId: string): Promise<(RecordRow & { doc: FamilyRecord }) | null> {
	const row = await recordRow(userDb, familyId);
	return row?.type === 'family' ? (row as RecordRow & { doc: FamilyRecord }) : null;
}
