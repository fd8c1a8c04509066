// A family's whole file grouped by record type: what the register, the worklist and the risk
// flags read, built from the records the device holds for one family.
import type {
	AlertRecord,
	ChildRecord,
	FamilyRecord,
	PlanRecord,
	PregnancyRecord,
	ReviewRecord,
	RiskRecord,
	ScreeningRecord,
	VisitRecord,
	YorisoiRecord
} from '../records/index.ts';

export interface FamilyFile {
	familyId: string;
	/** absent when the device holds records of a family but not the family record itself */
	family?: FamilyRecord;
	pregnancies: PregnancyRecord[];
	children: ChildRecord[];
	visits: VisitRecord[];
	screenings: ScreeningRecord[];
	risks: RiskRecord[];
	plans: PlanRecord[];
	reviews: ReviewRecord[];
	/** steps taken on the family's risk alerts */
	alerts: AlertRecord[];
}

export function emptyFamilyFile(familyId: string): FamilyFile {
	return { familyId, pregnancies: [], children: [], visits: [], screenings: [], risks: [], plans: [], reviews: [], alerts: [] };
}

/** Groups one family's records by type; records of other families are ignored. */
export function familyFileFrom(familyId: string, records: readonly YorisoiRecord[]): FamilyFile {
	const file = emptyFamilyFile(familyId);
	for (const record of records) {
		if (record.familyId !== familyId) continue;
		switch (record.type) {
			case 'family':
				file.family = record;
				break;
			case 'pregnancy':
				file.pregnancies.push(record);
				break;
			case 'child':
				file.children.push(record);
				break;
			case 'visit':
				file.visits.push(record);
				break;
			case 'screening':
				file.screenings.push(record);
				break;
			case 'risk':
				file.risks.push(record);
				break;
			case 'plan':
				file.plans.push(record);
				break;
			case 'review':
				file.reviews.push(record);
				break;
			case 'alert':
				file.alerts.push(record);
				break;
		}
	}
	return file;
}
