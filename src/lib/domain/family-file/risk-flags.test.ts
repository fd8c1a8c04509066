// Risk flags come from the current (latest) results only, each with what its message needs, and are
// listed most severe first; only a promoter's own concern is not clinical.

import { describe, expect, it } from 'vitest';
import {
	buildCareVisit,
	buildChild,
	buildClinicEpds,
	buildCompanionVisit,
	buildEpds,
	buildFamily,
	buildInterviewVisit,
	buildRisk
} from '../records/factories.ts';
import { buildBonding, buildChecklist, buildFamilyFile } from '../records/factories-more.ts';
import type { FamilyRecord, YorisoiRecord } from '../records/index.ts';
import type { RiskFlagKind } from './risk-flag.ts';
import { PROMOTER_CONCERN_DAYS, RISK_FLAG_ORDER, riskFlags } from './risk-flags.ts';

const TODAY = '2026-11-20';
const family: FamilyRecord = buildFamily({ assignedTo: { phn: 'phn1', promoter: 'promoter1' } });

function flagsOf(...records: YorisoiRecord[]) {
	return riskFlags(buildFamilyFile(family, ...records), undefined, TODAY);
}

function kindsOf(...records: YorisoiRecord[]): RiskFlagKind[] {
	return flagsOf(...records).map((flag) => flag.kind);
}

describe('EPDS flags', () => {
	it('flags a total at or above the cutoff for its context, with total and cutoff', () => {
		const epds = buildEpds(family, { total: 9, item10: 0, screenedOn: '2026-11-10' });
		expect(flagsOf(epds)).toEqual([
			{ kind: 'epds-positive', familyId: family._id, sourceId: epds._id, on: '2026-11-10', detail: { total: 9, cutoff: 9 }, clinical: true }
		]);
		expect(kindsOf(buildEpds(family, { total: 8, item10: 0 }))).toEqual([]);
		expect(kindsOf(buildEpds(family, { context: 'antenatal', total: 12, item10: 0 }))).toEqual([]);
		expect(flagsOf(buildEpds(family, { context: 'antenatal', total: 13, item10: 0 }))[0]?.detail).toEqual({ total: 13, cutoff: 13 });
	});

	it('reads the cutoffs from the settings', () => {
		const file = buildFamilyFile(family, buildEpds(family, { total: 8, item10: 0 }));
		const settings = { epdsCutoffs: { postpartum: 8, antenatal: 13 }, bondingThreshold: 5 };
		expect(riskFlags(file, settings, TODAY).map((f) => f.kind)).toEqual(['epds-positive']);
	});

	it('flags item 10 on its own, whatever the total, from a clinic result too', () => {
		expect(kindsOf(buildEpds(family, { total: 2, item10: 1 }))).toEqual(['epds-self-harm']);
		const clinic = buildClinicEpds(family, { total: 15, item10: 2 });
		expect(flagsOf(clinic).map((f) => [f.kind, f.detail])).toEqual([
			['epds-self-harm', { item10: 2 }],
			['epds-positive', { total: 15, cutoff: 9 }]
		]);
	});

	it('reads only the latest EPDS: an older positive is history', () => {
		const older = buildClinicEpds(family, { total: 20, item10: 3, screenedOn: '2026-11-01' });
		const latest = buildEpds(family, { total: 3, item10: 0, screenedOn: '2026-11-15' });
		expect(kindsOf(older, latest)).toEqual([]);
		// two on one day: the later save counts
		const morning = buildEpds(family, { total: 3, item10: 0, screenedOn: '2026-11-15' }, { at: new Date('2026-11-15T00:00:00Z') });
		const corrected = buildEpds(family, { total: 12, item10: 0, screenedOn: '2026-11-15' }, { at: new Date('2026-11-15T03:00:00Z') });
		expect(kindsOf(corrected, morning)).toEqual(['epds-positive']);
	});
});

describe('bonding and checklist flags', () => {
	it('flags a bonding total at or above the threshold', () => {
		const bonding = buildBonding(family, { total: 5 });
		expect(flagsOf(bonding)).toEqual([expect.objectContaining({ kind: 'bonding', sourceId: bonding._id, detail: { total: 5, threshold: 5 } })]);
		expect(kindsOf(buildBonding(family, { total: 4 }))).toEqual([]);
		const file = buildFamilyFile(family, buildBonding(family, { total: 3 }));
		expect(riskFlags(file, { epdsCutoffs: { postpartum: 9, antenatal: 13 }, bondingThreshold: 3 }, TODAY)).toHaveLength(1);
	});

	it('counts checklist items answered with their risk answer, "no one to confide in" among them', () => {
		const checklist = buildChecklist(family, {
			answers: [
				{ item: 'someone-to-confide-in', answer: false },
				{ item: 'financial-worry', answer: true },
				{ item: 'urge-to-hit-baby', answer: false },
				{ item: 'past-pregnancy-loss', answer: false }
			]
		});
		expect(flagsOf(checklist)).toEqual([
			expect.objectContaining({ kind: 'checklist', detail: { count: 2, items: 'someone-to-confide-in,financial-worry' }, clinical: true })
		]);
		expect(kindsOf(buildChecklist(family))).toEqual([]);
	});

	it('reads only the latest bonding scale and checklist', () => {
		const older = buildBonding(family, { total: 12, screenedOn: '2026-10-01' });
		const latest = buildBonding(family, { total: 1, screenedOn: '2026-11-01' });
		expect(kindsOf(older, latest)).toEqual([]);
	});
});

describe('risk judgement flags', () => {
	it('flags each active judgement with its category, not ended ones', () => {
		const active = buildRisk(family, { category: 'child-needing-support', decidedOn: '2026-10-01' });
		const ended = buildRisk(family, { status: 'ended', endedOn: '2026-11-01' });
		expect(flagsOf(active, ended)).toEqual([
			{ kind: 'risk-judgement', familyId: family._id, sourceId: active._id, on: '2026-10-01', detail: { category: 'child-needing-support' }, clinical: true }
		]);
	});
});

describe('promoter concern flags', () => {
	const concern = buildCompanionVisit(family, { visitDate: '2026-11-01', concernsForPhn: '夜眠れていないと話していた。' });

	it('flags a recent concern, not clinical, with the promoter’s words', () => {
		expect(flagsOf(concern)).toEqual([
			{
				kind: 'promoter-concern',
				familyId: family._id,
				sourceId: concern._id,
				on: '2026-11-01',
				detail: { concern: '夜眠れていないと話していた。' },
				clinical: false
			}
		]);
	});

	it(`lasts ${PROMOTER_CONCERN_DAYS} days`, () => {
		const at = (visitDate: string) => buildCompanionVisit(family, { visitDate, concernsForPhn: '心配' });
		expect(kindsOf(at('2026-09-21'))).toEqual(['promoter-concern']);
		expect(kindsOf(at('2026-09-20'))).toEqual([]);
	});

	it('is cleared by a later visit of a nurse or midwife, not by another companion visit', () => {
		const care = buildCareVisit(family, { kind: 'universal', visitDate: '2026-11-05' });
		const interview = buildInterviewVisit(family, { visitDate: '2026-11-05' });
		const sameDay = buildCareVisit(family, { kind: 'universal', visitDate: '2026-11-01' });
		const companion = buildCompanionVisit(family, { visitDate: '2026-11-10' });
		expect(kindsOf(concern, care)).toEqual([]);
		expect(kindsOf(concern, interview)).toEqual([]);
		expect(kindsOf(concern, sameDay)).toEqual(['promoter-concern']);
		expect(kindsOf(concern, companion)).toEqual(['promoter-concern']);
	});

	it('ignores companion visits with no concern written', () => {
		expect(kindsOf(buildCompanionVisit(family, { visitDate: '2026-11-01' }))).toEqual([]);
		expect(kindsOf(buildCompanionVisit(family, { visitDate: '2026-11-01', concernsForPhn: '' }))).toEqual([]);
	});
});

describe('weight gain flags', () => {
	const child = buildChild(family, { birthDate: '2026-09-01', birthWeightG: 3050, sex: 'female' });
	const weighed = (visitDate: string, weightG: number, overrides: Parameters<typeof buildCareVisit>[1] = {}) =>
		buildCareVisit(family, { visitDate, baby: { exam: { weightG } }, ...overrides });

	it('flags the latest gain below the concern line, with grams per day', () => {
		const first = weighed('2026-09-21', 3500);
		const slow = weighed('2026-10-01', 3600, { childId: child._id });
		expect(flagsOf(child, first, slow)).toEqual([
			{ kind: 'weight-gain-low', familyId: family._id, sourceId: slow._id, on: '2026-10-01', detail: { gainPerDay: 10 }, clinical: true }
		]);
	});

	it('reads only the latest gain, and nothing in the physiological-loss fortnight', () => {
		expect(kindsOf(child, weighed('2026-09-21', 3500), weighed('2026-10-01', 3600), weighed('2026-10-11', 4000))).toEqual([]);
		expect(kindsOf(child, weighed('2026-09-05', 2900))).toEqual([]);
		expect(kindsOf(child, weighed('2026-09-21', 3500))).toEqual([]);
	});

	it('matches weights to a child by childId, or to the only child', () => {
		const twin = buildChild(family, { birthDate: '2026-09-01', birthWeightG: 2800 });
		const unnamed = [weighed('2026-09-21', 3500), weighed('2026-10-01', 3600)];
		expect(kindsOf(child, twin, ...unnamed)).toEqual([]);
		const named = [weighed('2026-09-21', 3500, { childId: child._id }), weighed('2026-10-01', 3600, { childId: child._id })];
		const twinWell = [weighed('2026-09-21', 3300, { childId: twin._id }), weighed('2026-10-01', 3700, { childId: twin._id })];
		expect(flagsOf(child, twin, ...named, ...twinWell).map((f) => f.sourceId)).toEqual([named[1]?._id]);
	});

	it('takes the later-saved of two weights on one day', () => {
		const first = weighed('2026-09-21', 3500);
		const wrong = weighed('2026-10-01', 3600);
		const corrected = { ...weighed('2026-10-01', 3900), createdAt: '2026-10-01T05:00:00.000Z' };
		const early = { ...wrong, createdAt: '2026-10-01T01:00:00.000Z' };
		expect(kindsOf(child, first, corrected, early)).toEqual([]);
	});
});

describe('order', () => {
	it('lists flags most severe first', () => {
		const records: YorisoiRecord[] = [
			buildCompanionVisit(family, { visitDate: '2026-11-18', concernsForPhn: '心配' }),
			buildChecklist(family, { answers: [{ item: 'financial-worry', answer: true }] }),
			buildChild(family, { birthDate: '2026-09-01', birthWeightG: 3050 }),
			buildCareVisit(family, { visitDate: '2026-09-21', baby: { exam: { weightG: 3500 } } }),
			buildCareVisit(family, { visitDate: '2026-10-01', baby: { exam: { weightG: 3600 } } }),
			buildBonding(family, { total: 9 }),
			buildClinicEpds(family, { total: 14, item10: 1, screenedOn: '2026-11-15' }),
			buildRisk(family)
		];
		expect(kindsOf(...records)).toEqual(RISK_FLAG_ORDER);
	});

	it('lists two flags of a kind most recent first', () => {
		const older = buildRisk(family, { decidedOn: '2026-01-01' });
		const newer = buildRisk(family, { decidedOn: '2026-10-01', category: 'child-needing-protection' });
		expect(flagsOf(older, newer).map((f) => f.sourceId)).toEqual([newer._id, older._id]);
	});
});
