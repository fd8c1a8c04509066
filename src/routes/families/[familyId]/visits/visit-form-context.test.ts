import { describe, expect, it } from 'vitest';
import { familyFileFrom } from '$lib/domain/family-file/family-file';
import { buildCareVisit, buildChild, buildFamily } from '$lib/domain/records/factories';
import { DEFAULT_SCREENING_SETTINGS } from '$lib/domain/worklist/types';
import { computeContextOf } from './visit-form-context';

const family = buildFamily();
const child = buildChild(family, { birthDate: '2026-10-01', birthWeightG: 3000 });
const weighing = (visitDate: string, weightG: number) => buildCareVisit(family, { visitDate, childId: child._id, baby: { exam: { weightG } } });

describe('what a visit form knows of the child', () => {
	it('takes the latest weight before the visit date, leaving out the visit being amended', () => {
		const earlier = weighing('2026-10-15', 3400);
		const latest = weighing('2026-10-29', 3900);
		const amended = weighing('2026-11-05', 4100);
		const file = familyFileFrom(family._id, [family, child, latest, earlier, amended]);
		const context = computeContextOf(file, { visitDate: '2026-11-05', childId: child._id }, DEFAULT_SCREENING_SETTINGS, amended._id);
		expect(context.child).toEqual({ birthDate: '2026-10-01', birthWeightG: 3000, lastWeight: { date: '2026-10-29', grams: 3900 } });
	});

	it('has no earlier weight before the first weighing, and no child when none is chosen among several', () => {
		const file = familyFileFrom(family._id, [family, child, weighing('2026-10-29', 3900)]);
		expect(computeContextOf(file, { visitDate: '2026-10-20', childId: child._id }, DEFAULT_SCREENING_SETTINGS, 'visit:new').child).toEqual({ birthDate: '2026-10-01', birthWeightG: 3000 });
		const twin = buildChild(family, { birthDate: '2026-10-01' });
		expect(computeContextOf(familyFileFrom(family._id, [family, child, twin]), { visitDate: '2026-10-20' }, DEFAULT_SCREENING_SETTINGS, 'visit:new').child).toBeUndefined();
	});
});
