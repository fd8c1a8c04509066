// Reads a family's plans and the visits support can be linked to from the read model, for the plan screens.
import { queryRecords, recordRow } from '$lib/data/read-model';
import type { RecordRow, UserDb } from '$lib/data/user-db';
import type { PlanRecord, VisitRecord } from '$lib/domain/records';

export type PlanRow = RecordRow & { doc: PlanRecord };

/** A visit as the plan screens name it: its date and kind. */
export interface PlanVisit {
	_id: string;
	visitDate: string;
	kind: VisitRecord['kind'];
}

/** One plan of the family, or null when it is missing, not a plan, or of another family. */
export async function familyPlanRow(userDb: UserDb, familyId: string, id: string): Promise<PlanRow | null> {
	const row = await recordRow(userDb, id);
	return row?.type === 'plan' && row.familyId === familyId ? (row as PlanRow) : null;
}

/** The family's visits, newest first. */
export async function familyVisits(userDb: UserDb, familyId: string): Promise<PlanVisit[]> {
	const rows = await queryRecords(userDb, { familyId, type: 'visit' });
	return planVisitsOf(rows);
}

export function planVisitsOf(rows: readonly RecordRow[]): PlanVisit[] {
	return rows
		.filter((row) => row.type === 'visit')
		.map((row) => row.doc as unknown as VisitRecord)
		.map(({ _id, visitDate, kind }) => ({ _id, visitDate, kind }))
		.sort((a, b) => (a.visitDate < b.visitDate ? 1 : a.visitDate > b.visitDate ? -1 : 0));
}
