import { describe, expect, it } from 'vitest';
import { buildCareVisit, buildChild, buildCompanionVisit, buildFamily, buildInterviewVisit } from '$lib/domain/records/factories';
import { childGrowth, childWeights } from './child-growth';

const family = buildFamily();
const child = buildChild(family, { birthDate: '2026-10-01', birthWeightG: 3000, sex: 'male' });
const twin = buildChild(family, { birthDate: '2026-10-01', birthWeightG: 2600 });
/** A family with twins: a visit naming no child is about neither. */
const twins = [child, twin];

function weighing(date: string, grams: number, childId?: string, updatedAt = `${date}T03:00:00.000Z`) {
	return buildCareVisit(family, { visitDate: date, childId, updatedAt, baby: { exam: { weightG: grams } } });
}

describe('childWeights', () => {
	it('starts from the birth weight and takes care visits of this child, not of another, nor visits without a weight', () => {
		const visits = [
			weighing('2026-10-22', 3600, child._id),
			weighing('2026-10-22', 3100, twin._id),
			buildCareVisit(family, { childId: child._id, baby: {} }),
			buildCompanionVisit(family),
			buildInterviewVisit(family)
		];
		expect(childWeights(child, visits, twins)).toEqual([
			{ date: '2026-10-01', grams: 3000, source: 'birth' },
			{ date: '2026-10-22', grams: 3600, source: visits[0]!._id }
		]);
	});

	it('gives a visit naming no child to the only child of the family', () => {
		const visit = weighing('2026-10-22', 3600);
		expect(childWeights(child, [visit], [child])).toHaveLength(2);
		expect(childWeights(child, [visit], twins)).toHaveLength(1);
		// A closed sibling's record is history: the visit still belongs to the only child followed.
		expect(childWeights(child, [visit], [child, { ...twin, status: 'closed' }])).toHaveLength(2);
	});
});

describe('childGrowth', () => {
	it('reads each weight against the one before and the reference', () => {
		const visits = [weighing('2026-11-21', 4620, child._id), weighing('2026-10-22', 3600, child._id)];
		const { series, latestGain } = childGrowth(child, visits, twins);
		expect(series.map((point) => [point.ageDays, point.gainPerDay])).toEqual([
			[0, undefined],
			[21, 28.6],
			[51, 34]
		]);
		expect(latestGain).toMatchObject({ ageDays: 51, gainPerDay: 34, assessment: { status: 'typical', band: { low: 25, high: 50 } } });
		expect(series[1]!.centileBand).toBeDefined();
	});

	it('keeps the weight written last when two visits weigh on one day', () => {
		const visits = [weighing('2026-10-22', 3900, child._id, '2026-10-23T00:00:00.000Z'), weighing('2026-10-22', 3600, child._id, '2026-10-22T03:00:00.000Z')];
		expect(childGrowth(child, visits, twins).series.map((point) => point.grams)).toEqual([3000, 3900]);
	});

	it('has no gain yet for a baby only weighed at birth', () => {
		expect(childGrowth(child, [], twins)).toMatchObject({ latestGain: undefined, series: [{ ageDays: 0, grams: 3000 }] });
	});
});
