// Which child a visit is about: by its childId, or, when it names none, the family's only child.

import type { WeightMeasurement } from '../growth/weight-gain.ts';
import type { CareVisitRecord, ChildRecord, VisitRecord } from '../records/index.ts';
import type { FamilyFile } from './family-file.ts';

/** Children still followed (a closed child record is history). */
export function activeChildren(file: Pick<FamilyFile, 'children'>): ChildRecord[] {
	return file.children.filter((child) => child.status !== 'closed');
}

/**
 * Whether `visit` is about `child`. A visit without a childId is taken to be about the only active
 * child; with several children it is about none of them, since guessing could mix up siblings.
 */
export function visitIsForChild(visit: VisitRecord, child: ChildRecord, active: readonly ChildRecord[]): boolean {
	if (visit.childId !== undefined) return visit.childId === child._id;
	return active.length === 1 && active[0]?._id === child._id;
}

/** Last saved last: by the time of the latest revision, then of creation. */
function savedOrder(a: VisitRecord, b: VisitRecord): number {
	const key = (visit: VisitRecord) => `${visit.updatedAt} ${visit.createdAt}`;
	return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

function isCareVisit(visit: VisitRecord): visit is CareVisitRecord {
	return visit.kind === 'postpartum-care' || visit.kind === 'universal';
}

/**
 * A child's weighings at care visits, in the order they were saved: weightGainSeries keeps the
 * last weight of a day, so a correction saved later wins. The one reading of weights that the
 * growth panel, the visit form's live gain and the weight-gain flag share.
 */
export function visitWeights(child: ChildRecord, visits: readonly VisitRecord[], active: readonly ChildRecord[]): WeightMeasurement[] {
	return visits
		.filter(isCareVisit)
		.filter((visit) => visit.baby?.exam?.weightG !== undefined && visitIsForChild(visit, child, active))
		.sort((a, b) => savedOrder(a, b))
		.map((visit) => ({ date: visit.visitDate, grams: visit.baby!.exam!.weightG!, source: visit._id }));
}
