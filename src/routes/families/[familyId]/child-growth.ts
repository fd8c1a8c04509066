// A child's weights for the growth panel: the birth weight and each care visit's weighing (a visit
// names its child, or belongs to the family's only child), read against the weight reference.
import { activeChildren, visitWeights } from '$lib/domain/family-file/children';
import { weightGainSeries, type WeightGainPoint, type WeightMeasurement } from '$lib/domain/growth';
import type { ChildRecord, VisitRecord } from '$lib/domain/records';

/** The family's children, so a visit naming no child is read as the only active child's. */
type Siblings = readonly ChildRecord[];

/** Birth first, then each weighing at a care visit (domain/family-file/children.ts decides which). */
export function childWeights(child: ChildRecord, visits: readonly VisitRecord[], children: Siblings): WeightMeasurement[] {
	return [{ date: child.birthDate, grams: child.birthWeightG, source: 'birth' }, ...visitWeights(child, visits, activeChildren({ children: [...children] }))];
}

export interface ChildGrowth {
	series: WeightGainPoint[];
	/** the latest weight with a gain per day since the one before */
	latestGain?: WeightGainPoint;
}

export function childGrowth(child: ChildRecord, visits: readonly VisitRecord[], children: Siblings): ChildGrowth {
	const series = weightGainSeries(childWeights(child, visits, children), { date: child.birthDate, grams: child.birthWeightG }, child.sex);
	return { series, latestGain: series.findLast((point) => point.gainPerDay !== undefined) };
}
