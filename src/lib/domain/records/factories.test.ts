// The test-data builders make valid, consistent records, varied by overrides.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	buildCareVisit,
	buildClinicEpds,
	buildCompanionVisit,
	buildEpds,
	buildFamily,
	buildFamilyCase,
	buildInterviewVisit,
	buildPlan,
	buildReview,
	buildRisk,
	type FamilyStage
} from './factories.ts';
import { parseRecord } from './migrations.ts';

function expectValid(doc: unknown): void {
	const result = parseRecord(JSON.parse(JSON.stringify(doc)));
	expect(result.ok ? [] : result.issues).toEqual([]);
}

describe('builders', () => {
	it('build valid records of every type', () => {
		const family = buildFamily({ assignedTo: { phn: 'phn1', promoter: 'promoter1' } });
		const visit = buildCareVisit(family);
		for (const doc of [
			family,
			visit,
			buildInterviewVisit(family),
			buildCompanionVisit(family),
			buildEpds(family),
			buildClinicEpds(family),
			buildRisk(family),
			buildPlan(family),
			buildReview(visit),
			buildReview(visit, { decision: 'returned', comment: '体重の記入漏れ' })
		]) {
			expectValid(doc);
		}
	});

	it('give every record its own id, in the family and team of the family', () => {
		const family = buildFamily({}, { team: 'kita', by: 'phn2' });
		const visits = [buildCareVisit(family), buildCareVisit(family)];
		expect(new Set([family._id, ...visits.map((v) => v._id)]).size).toBe(3);
		expect(visits[0]).toMatchObject({ familyId: family._id, team: 'kita', createdBy: 'phn2' });
	});

	it('write a companion visit in the assigned promoter’s name', () => {
		const family = buildFamily({ assignedTo: { promoter: 'promoter7' } });
		expect(buildCompanionVisit(family).createdBy).toBe('promoter7');
	});

	it('compute EPDS totals from the answers, with reverse-keyed items', () => {
		const family = buildFamily();
		expect(buildEpds(family, { answers: [0, 0, 3, 0, 3, 3, 3, 3, 3, 3] })).toMatchObject({ total: 0, item10: 0 });
		expect(buildEpds(family, { answers: [3, 3, 0, 3, 0, 0, 0, 0, 0, 0] })).toMatchObject({ total: 30, item10: 3 });
	});
});

describe('buildFamilyCase', () => {
	it('builds a consistent, valid file at every stage and with any EPDS answers', () => {
		fc.assert(
			fc.property(
				fc.constantFrom<FamilyStage>('pregnant', 'newborn', 'two-months'),
				fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 10, maxLength: 10 }),
				(stage, answers) => {
					const file = buildFamilyCase({ stage, screening: { answers } });
					for (const doc of Object.values(file)) expectValid(doc);
					for (const doc of [file.pregnancy, file.child, file.visit, file.screening]) {
						if (doc) expect(doc.familyId).toBe(file.family._id);
					}
					expect(file.child === undefined).toBe(stage === 'pregnant');
				}
			),
			{ numRuns: 100 }
		);
	});

	it('varies by what the test is about', () => {
		const file = buildFamilyCase({ family: { familyName: '佐藤' }, child: { birthWeightG: 2280 }, context: { team: 'minami' } });
		expect(file).toMatchObject({ family: { familyName: '佐藤', team: 'minami' }, child: { birthWeightG: 2280, familyName: '佐藤' } });
	});
});
