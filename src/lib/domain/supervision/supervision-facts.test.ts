// A family's supervision facts: visits with review status and the flags they raised, screenings
// with positives, children with their first universal visit, plans, alerts.
import { describe, expect, it } from 'vitest';
import { riskFlags } from '../family-file/risk-flags.ts';
import { buildCareVisit, buildChild, buildCompanionVisit, buildEpds, buildFamily, buildPlan, buildReview } from '../records/factories.ts';
import { buildChecklist, buildFamilyFile } from '../records/factories-more.ts';
import type { YorisoiRecord } from '../records/index.ts';
import { DEFAULT_SCREENING_SETTINGS } from '../worklist/types.ts';
import { supervisionFacts } from './supervision-facts.ts';

const TODAY = '2026-11-20';
const family = buildFamily({ assignedTo: { phn: 'phn1' } });

function factsOf(...records: YorisoiRecord[]) {
	const file = buildFamilyFile(family, ...records);
	return supervisionFacts(file, riskFlags(file, DEFAULT_SCREENING_SETTINGS, TODAY), DEFAULT_SCREENING_SETTINGS);
}

describe('supervisionFacts', () => {
	it('gives each visit its review status and the flags its own screenings raised', () => {
		const visit = buildCareVisit(family, { visitDate: '2026-11-18', outcome: { nextVisit: { date: '2026-12-02' } } });
		const epds = buildEpds(family, { visitId: visit._id, total: 11, item10: 1 });
		const quiet = buildCareVisit(family, { visitDate: '2026-11-01' });
		const approved = buildReview(quiet, { decision: 'approved', visitUpdatedAt: quiet.updatedAt });
		const facts = factsOf(visit, epds, quiet, approved);
		const byId = new Map(facts.visits.map((v) => [v.id, v]));
		expect(byId.get(visit._id)).toMatchObject({
			kind: 'universal',
			visitDate: '2026-11-18',
			author: 'midwife1',
			team: family.team,
			nextVisitOn: '2026-12-02',
			review: { status: 'awaiting' },
			flags: ['epds-self-harm', 'epds-positive']
		});
		expect(byId.get(quiet._id)).toMatchObject({ review: { status: 'approved' }, flags: [] });
	});

	it('marks a companion visit with a concern for the nurse', () => {
		const companion = buildCompanionVisit(family, { concernsForPhn: '元気がない' });
		expect(factsOf(companion).visits[0]?.flags).toEqual(['promoter-concern']);
	});

	it('scores screenings as positive by their own rule, with item 10 apart', () => {
		const epds = buildEpds(family, { total: 9, item10: 0 });
		const low = buildEpds(family, { total: 3, item10: 1 });
		const checklist = buildChecklist(family, { answers: [{ item: 'past-psychiatric-care', answer: true }] });
		const facts = factsOf(epds, low, checklist);
		const byId = new Map(facts.screenings.map((s) => [s.id, s]));
		expect(byId.get(epds._id)).toMatchObject({ instrument: 'epds', total: 9, positive: true, selfHarm: false, source: 'visit' });
		expect(byId.get(low._id)).toMatchObject({ positive: false, selfHarm: true });
		expect(byId.get(checklist._id)).toMatchObject({ instrument: 'checklist', positive: true, total: 1 });
	});

	it('dates each child’s first universal visit after the birth', () => {
		const child = buildChild(family, { birthDate: '2026-09-01' });
		const before = buildCareVisit(family, { visitDate: '2026-08-20' });
		const first = buildCareVisit(family, { visitDate: '2026-10-30', childId: child._id });
		const second = buildCareVisit(family, { visitDate: '2026-11-10', childId: child._id });
		const care = buildCareVisit(family, { kind: 'postpartum-care', visitDate: '2026-09-10', childId: child._id });
		expect(factsOf(child, second, before, first, care).children).toEqual([
			{ id: child._id, familyId: family._id, team: family.team, birthDate: '2026-09-01', universalVisitOn: '2026-10-30' }
		]);
		expect(factsOf(child).children[0]?.universalVisitOn).toBeUndefined();
	});

	it('lists plans and alerts', () => {
		const plan = buildPlan(family, { reviewDue: '2026-12-01' });
		const epds = buildEpds(family, { total: 12, item10: 0 });
		const facts = factsOf(plan, epds);
		expect(facts.plans).toEqual([
			expect.objectContaining({ id: plan._id, status: plan.status, reviewDue: '2026-12-01', author: plan.author })
		]);
		expect(facts.alerts.map((a) => [a.kind, a.state])).toEqual([['epds-positive', 'open']]);
	});
});
