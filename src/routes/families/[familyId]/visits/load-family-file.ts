// Reads one family's file from the read model, as the visit screens need it.
import { familyFileFrom, type FamilyFile } from '$lib/domain/family-file/family-file';
import type { YorisoiRecord } from '$lib/domain/records';
import { recordsByFamily } from '$lib/data/read-model';
import type { UserDb } from '$lib/data/user-db';

export async function loadFamilyFile(userDb: UserDb, familyId: string): Promise<FamilyFile> {
	const rows = await recordsByFamily(userDb, familyId);
	return familyFileFrom(familyId, rows.map((row) => row.doc as unknown as YorisoiRecord));
}
