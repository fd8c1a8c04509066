// Reads a family's pregnancies and children from the read model for the forms that add and amend them.
import { queryRecords, recordRow } from '$lib/data/read-model';
import type { RecordRow, UserDb } from '$lib/data/user-db';
import type { RecordOfType } from '$lib/domain/records';

export type TypedRow<T extends 'pregnancy' | 'child'> = RecordRow & { doc: RecordOfType<T> };

/** One record of the family, or null when it is missing, of another type or of another family. */
export async function familyRecordRow<T extends 'pregnancy' | 'child'>(userDb: UserDb, familyId: string, id: string, type: T): Promise<TypedRow<T> | null> {
	const row = await recordRow(userDb, id);
	return row?.type === type && row.familyId === familyId ? (row as TypedRow<T>) : null;
}

export async function familyPregnancies(userDb: UserDb, familyId: string): Promise<RecordOfType<'pregnancy'>[]> {
	const rows = await queryRecords(userDb, { familyId, type: 'pregnancy' });
	return rows.map((row) => row.doc as RecordOfType<'pregnancy'>);
}
