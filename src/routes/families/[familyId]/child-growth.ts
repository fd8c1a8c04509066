// A child's weights for the growth panel: the birth weight and each care visit's weighing (a visit
// names its child, or belongs to the family's only child), read against the weight reference.
import { weightGainSeries, type WeightGainPoint, type WeightMeasurement } from '$lib/domain/growth';
import type { CareVisitRecord, ChildRecord, VisitRecord } from '$lib/domain/records';

function isCareVisit(visit: VisitRecord): visit is CareVisitRecord {
	return visit.kind === 'postpartum-care' || visit.kind === 'universal';
}

/** Birth first, then visits in the order they were written, so a later correction of a day wins. */
export function childWeights(child: ChildRecord, visits: readonly VisitRecord[], onlyChild: boolean): WeightMeasurement[] {
	const weighed = visits
		.filter(isCareVisit)
		.filter((visit) => visit.childId === child._id || (visit.childId === undefined && onlyChild))
		.filter((visit) => visit.baby?.exam?.weightG !== undefined)
		.sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0));
	return [
		{ date: child.birthDate, grams: child.birthWeightG, source: 'birth' },
		...weighed.map((visit) => ({ date: visit.visitDate, grams: visit.baby!.exam!.weightG!, source: visit._id }))
	];
}

export interface ChildGrowth {
	series: WeightGainPoint[];
	/** the latest weight with a gain per day since the one before */
	latestGain?: WeightGainPoint;
}

export function childGrowth(child: ChildRecord, visits: readonly VisitRecord[], onlyChild: boolean): ChildGrowth {
	const series = weightGainSeries(childWeights(child, visits, onlyChild), { date: child.birthDate, grams: child.birthWeightG }, child.sex);
	return { series, latestGain: series.findLast((point) => point.gainPerDay !== undefined) };
}
