// Each worklist rule: when its item shows, falls due and drops off, what marks it done, and whose
// worklist it reaches.

import { describe, expect, it } from 'vitest';
import {
	buildCareVisit,
	buildChild,
	buildClinicEpds,
	buildCompanionVisit,
	buildEpds,
	buildFamily,
	buildInterviewVisit,
	buildPlan,
	buildPregnancy,
	buildReview
} from '../records/factories.ts';
import { buildFamilyFile } from '../records/factories-more.ts';
import type { FamilyRecord, YorisoiRecord } from '../records/index.ts';
import { scheduleAll, scheduleFor, worklistOn } from './rules.ts';
import type { DueKind, ScheduledItem, Viewer } from './types.ts';

const phn1: Viewer = { user: 'phn1', roles: ['phn', 'team:chuo'] };
const phn2: Viewer = { user: 'phn2', roles: ['phn', 'team:chuo'] };
const midwife1: Viewer = { user: 'midwife1', roles: ['midwife', 'team:chuo'] };
const midwife2: Viewer = { user: 'midwife2', roles: ['midwife', 'team:chuo'] };
const coordinator: Viewer = { user: 'coord1', roles: ['coordinator', 'team:chuo'] };
const supervisorKita: Viewer = { user: 'super2', roles: ['supervisor', 'team:kita'] };
const kitaPhn: Viewer = { user: 'phn9', roles: ['phn', 'team:kita'] };
const promoter1: Viewer = { user: 'promoter1', roles: ['promoter'] };
const promoter2: Viewer = { user: 'promoter2', roles: ['promoter'] };

const BIRTH = '2026-09-01';

function familyWith(assignedTo: FamilyRecord['assignedTo'], overrides: Partial<FamilyRecord> = {}): FamilyRecord {
	return buildFamily({ assignedTo, ...overrides });
}

function itemsOf(kind: DueKind, family: FamilyRecord, records: YorisoiRecord[], viewer: Viewer): ScheduledItem[] {
	return scheduleFor(buildFamilyFile(family, ...records), viewer).filter((item) => item.kind === kind);
}

function urgencyOn(items: ScheduledItem[], today: string): string | undefined {
	const due = worklistOn(items, today);
	expect(due.length).toBeLessThanOrEqual(1);
	return due[0]?.urgency;
}

describe('universal visit (全戸訪問)', () => {
	const family = familyWith({ phn: 'phn1', midwife: 'midwife1' });
	const child = buildChild(family, { birthDate: BIRTH });

	it('shows from 4 weeks, falls due at 2 months, and stays overdue until 4 months', () => {
		const items = itemsOf('universal-visit', family, [child], phn1);
		expect(items).toEqual([
			expect.objectContaining({
				visitKind: 'universal',
				childId: child._id,
				showFrom: '2026-09-29',
				dueOn: '2026-10-31',
				until: '2026-12-30'
			})
		]);
		expect(urgencyOn(items, '2026-09-28')).toBeUndefined();
		expect(urgencyOn(items, '2026-09-29')).toBe('soon');
		expect(urgencyOn(items, '2026-10-31')).toBe('due');
		expect(urgencyOn(items, '2026-12-30')).toBe('overdue');
		expect(urgencyOn(items, '2026-12-31')).toBeUndefined();
	});

	it('is done by a universal or postpartum-care visit to the baby since the birth', () => {
		for (const visit of [
			buildCareVisit(family, { kind: 'universal', childId: child._id, visitDate: '2026-10-20' }),
			buildCareVisit(family, { kind: 'postpartum-care', childId: child._id, visitDate: '2026-09-10' }),
			// naming no child: the family's only child
			buildCareVisit(family, { kind: 'universal', visitDate: '2026-10-20' })
		]) {
			expect(itemsOf('universal-visit', family, [child, visit], phn1)).toEqual([]);
		}
	});

	it('is not done by a visit before the birth, of another kind, or to a sibling', () => {
		const sibling = buildChild(family, { birthDate: '2025-05-01' });
		for (const visit of [
			buildCareVisit(family, { kind: 'universal', childId: child._id, visitDate: '2026-08-20' }),
			buildInterviewVisit(family, { visitDate: '2026-10-01' }),
			buildCompanionVisit(family, { visitDate: '2026-10-01', childId: child._id }),
			buildCareVisit(family, { kind: 'universal', childId: sibling._id, visitDate: '2026-10-20' }),
			// naming no child when there are two: not guessed
			buildCareVisit(family, { kind: 'universal', visitDate: '2026-10-20' })
		]) {
			expect(itemsOf('universal-visit', family, [child, sibling, visit], phn1).map((i) => i.childId)).toContain(child._id);
		}
	});

	it('counts one visit naming one twin for both', () => {
		const twin = buildChild(family, { birthDate: BIRTH, givenName: '二葉' });
		const visit = buildCareVisit(family, { kind: 'universal', childId: child._id, visitDate: '2026-10-20' });
		expect(itemsOf('universal-visit', family, [child, twin], phn1)).toHaveLength(2);
		expect(itemsOf('universal-visit', family, [child, twin, visit], phn1)).toEqual([]);
	});

	it('leaves out a closed child', () => {
		const closed = buildChild(family, { birthDate: BIRTH, status: 'closed' });
		expect(itemsOf('universal-visit', family, [closed], phn1)).toEqual([]);
	});

	it('goes to the assigned nurse, else the assigned midwife, else every nurse and midwife of the team', () => {
		const sees = (assignedTo: FamilyRecord['assignedTo'], viewer: Viewer) => {
			const f = familyWith(assignedTo);
			return itemsOf('universal-visit', f, [buildChild(f, { birthDate: BIRTH })], viewer).length > 0;
		};
		expect(sees({ phn: 'phn1', midwife: 'midwife1' }, phn1)).toBe(true);
		expect(sees({ phn: 'phn1', midwife: 'midwife1' }, midwife1)).toBe(false);
		expect(sees({ phn: 'phn1' }, phn2)).toBe(false);
		expect(sees({ midwife: 'midwife1' }, midwife1)).toBe(true);
		expect(sees({ midwife: 'midwife1' }, phn1)).toBe(false);
		expect(sees({}, midwife2)).toBe(true);
		expect(sees({}, phn2)).toBe(true);
		expect(sees({}, kitaPhn)).toBe(false);
		expect(sees({ phn: 'phn1' }, coordinator)).toBe(true);
		expect(sees({ phn: 'phn1' }, supervisorKita)).toBe(false);
		expect(sees({ phn: 'phn1', promoter: 'promoter1' }, promoter1)).toBe(false);
	});
});

describe('postpartum-care visit (産後ケア訪問)', () => {
	const family = familyWith({ phn: 'phn1', midwife: 'midwife1' });
	const child = buildChild(family, { birthDate: BIRTH });

	it('shows from the birth, falls due at 2 weeks, and drops off at one year', () => {
		const items = itemsOf('postpartum-care-visit', family, [child], midwife1);
		expect(items).toEqual([
			expect.objectContaining({ visitKind: 'postpartum-care', childId: child._id, showFrom: BIRTH, dueOn: '2026-09-15', until: '2027-09-01' })
		]);
		expect(urgencyOn(items, '2026-08-31')).toBeUndefined();
		expect(urgencyOn(items, '2026-09-01')).toBe('soon');
		expect(urgencyOn(items, '2026-09-15')).toBe('due');
		expect(urgencyOn(items, '2027-09-01')).toBe('overdue');
		expect(urgencyOn(items, '2027-09-02')).toBeUndefined();
	});

	it('is done by a postpartum-care visit since the birth, not by a universal visit', () => {
		const care = buildCareVisit(family, { kind: 'postpartum-care', visitDate: '2026-09-20' });
		const universal = buildCareVisit(family, { kind: 'universal', visitDate: '2026-09-20' });
		const before = buildCareVisit(family, { kind: 'postpartum-care', visitDate: '2026-08-20' });
		expect(itemsOf('postpartum-care-visit', family, [child, care], midwife1)).toEqual([]);
		expect(itemsOf('postpartum-care-visit', family, [child, universal], midwife1)).toHaveLength(1);
		expect(itemsOf('postpartum-care-visit', family, [child, before], midwife1)).toHaveLength(1);
	});

	it('is one item for twins', () => {
		const twin = buildChild(family, { birthDate: BIRTH });
		expect(itemsOf('postpartum-care-visit', family, [child, twin], midwife1)).toHaveLength(1);
	});

	it('needs an assigned midwife, and goes to her and the overseers only', () => {
		const unassigned = familyWith({ phn: 'phn1' });
		expect(scheduleAll(buildFamilyFile(unassigned, buildChild(unassigned, { birthDate: BIRTH }))).map((e) => e.item.kind)).not.toContain(
			'postpartum-care-visit'
		);
		expect(itemsOf('postpartum-care-visit', family, [child], midwife2)).toEqual([]);
		expect(itemsOf('postpartum-care-visit', family, [child], phn1)).toEqual([]);
		expect(itemsOf('postpartum-care-visit', family, [child], coordinator)).toHaveLength(1);
	});
});

describe('next visit', () => {
	const family = familyWith({ phn: 'phn1', midwife: 'midwife1', promoter: 'promoter1' });
	const child = buildChild(family, { birthDate: BIRTH });
	const setter = buildCareVisit(
		family,
		{ kind: 'universal', childId: child._id, visitDate: '2026-11-01', outcome: { nextVisit: { date: '2026-11-20', note: '体重確認' } } },
		{ by: 'phn1' }
	);

	it('shows a week ahead of the date set, with its note', () => {
		const items = itemsOf('next-visit', family, [child, setter], phn1);
		expect(items).toEqual([
			expect.objectContaining({ visitKind: 'universal', sourceId: setter._id, childId: child._id, note: '体重確認', dueOn: '2026-11-20', showFrom: '2026-11-13' })
		]);
		expect(items[0]?.until).toBeUndefined();
		expect(urgencyOn(items, '2026-11-12')).toBeUndefined();
		expect(urgencyOn(items, '2026-11-13')).toBe('soon');
		expect(urgencyOn(items, '2026-11-20')).toBe('due');
		expect(urgencyOn(items, '2027-03-01')).toBe('overdue');
	});

	it('is done by a later visit of the same kind, not by one of another kind or on the same day', () => {
		const later = buildCareVisit(family, { kind: 'universal', visitDate: '2026-11-21' });
		const sameDay = buildCareVisit(family, { kind: 'universal', visitDate: '2026-11-01' });
		const otherKind = buildCareVisit(family, { kind: 'postpartum-care', visitDate: '2026-11-21' });
		expect(itemsOf('next-visit', family, [child, setter, later], phn1)).toEqual([]);
		expect(itemsOf('next-visit', family, [child, setter, sameDay], phn1)).toHaveLength(1);
		expect(itemsOf('next-visit', family, [child, setter, otherKind], phn1)).toHaveLength(1);
	});

	it('follows the latest visit of each kind that set a date', () => {
		const earlier = buildCareVisit(family, { kind: 'universal', visitDate: '2026-10-01', outcome: { nextVisit: { date: '2026-10-15' } } }, { by: 'phn1' });
		const care = buildCareVisit(family, { kind: 'postpartum-care', visitDate: '2026-10-05', outcome: { nextVisit: { date: '2026-10-19' } } }, { by: 'midwife1' });
		const file = buildFamilyFile(family, child, earlier, setter, care);
		const all = scheduleAll(file).filter((e) => e.item.kind === 'next-visit').map((e) => [e.item.visitKind, e.item.dueOn]);
		expect(all).toEqual(expect.arrayContaining([['universal', '2026-11-20'], ['postpartum-care', '2026-10-19']]));
		expect(all).toHaveLength(2);
	});

	it('goes to the author of the visit that set it, and its overseers', () => {
		expect(itemsOf('next-visit', family, [child, setter], phn1)).toHaveLength(1);
		expect(itemsOf('next-visit', family, [child, setter], coordinator)).toHaveLength(1);
		expect(itemsOf('next-visit', family, [child, setter], midwife1)).toEqual([]);
		expect(itemsOf('next-visit', family, [child, setter], promoter1)).toEqual([]);
	});

	it('for a companion visit, goes to its author and the assigned promoter, not to clinical overseers', () => {
		const companion = buildCompanionVisit(family, { visitDate: '2026-11-10', nextVisit: { date: '2026-11-24', note: '沐浴' } });
		const items = itemsOf('next-visit', family, [child, companion], promoter1);
		expect(items).toEqual([expect.objectContaining({ visitKind: 'companion', dueOn: '2026-11-24', note: '沐浴' })]);
		expect(itemsOf('next-visit', family, [child, companion], coordinator)).toEqual([]);
		expect(itemsOf('next-visit', family, [child, companion], phn1)).toEqual([]);
		// A promoter who wrote it but is no longer assigned no longer sees the family.
		const byOther = buildCompanionVisit(family, { visitDate: '2026-11-10', nextVisit: { date: '2026-11-24' } }, { by: 'promoter2' });
		expect(itemsOf('next-visit', family, [child, byOther], promoter2)).toEqual([]);
		expect(itemsOf('next-visit', family, [child, byOther], promoter1)).toHaveLength(1);
	});
});

describe('companion visit (寄り添い支援訪問)', () => {
	const family = familyWith({ phn: 'phn1', promoter: 'promoter1' });
	const child = buildChild(family, { birthDate: BIRTH });

	it('falls due two weeks after the family was registered, until the baby turns one', () => {
		const items = itemsOf('companion-visit', family, [child], promoter1);
		expect(items).toEqual([
			expect.objectContaining({ visitKind: 'companion', childId: child._id, showFrom: '2026-11-20', dueOn: '2026-12-04', until: '2027-09-01' })
		]);
		expect(urgencyOn(items, '2026-11-19')).toBeUndefined();
		expect(urgencyOn(items, '2026-12-05')).toBe('overdue');
		expect(urgencyOn(items, '2027-09-02')).toBeUndefined();
	});

	it('counts registration by the Japanese calendar day', () => {
		// 23:30 UTC on the 19th is 08:30 on the 20th in Nagaoka.
		const early = buildFamily({ assignedTo: { promoter: 'promoter1' } }, { at: new Date('2026-11-19T23:30:00Z') });
		const items = itemsOf('companion-visit', early, [buildChild(early, { birthDate: BIRTH })], promoter1);
		expect(items[0]?.showFrom).toBe('2026-11-20');
	});

	it('runs through an ongoing pregnancy, and needs a baby or a pregnancy', () => {
		const pregnancy = buildPregnancy(family, { status: 'ongoing', expectedDueDate: '2027-03-01' });
		expect(itemsOf('companion-visit', family, [pregnancy], promoter1)).toEqual([expect.objectContaining({ until: '2028-02-29' })]);
		expect(itemsOf('companion-visit', family, [], promoter1)).toEqual([]);
		expect(itemsOf('companion-visit', family, [buildPregnancy(family, { status: 'ended' })], promoter1)).toEqual([]);
	});

	it('is done by any companion visit', () => {
		expect(itemsOf('companion-visit', family, [child, buildCompanionVisit(family, { visitDate: '2026-11-25' })], promoter1)).toEqual([]);
	});

	it('goes to the assigned promoter only', () => {
		expect(itemsOf('companion-visit', family, [child], promoter2)).toEqual([]);
		expect(itemsOf('companion-visit', family, [child], phn1)).toEqual([]);
		expect(itemsOf('companion-visit', family, [child], coordinator)).toEqual([]);
		const none = familyWith({ phn: 'phn1' });
		expect(itemsOf('companion-visit', none, [buildChild(none, { birthDate: BIRTH })], promoter1)).toEqual([]);
	});
});

describe('EPDS and self-harm follow-up', () => {
	const family = familyWith({ phn: 'phn1', midwife: 'midwife1', promoter: 'promoter1' });
	const positive = buildClinicEpds(family, { screenedOn: '2026-11-10', total: 11, item10: 0 });

	it('falls due a week after a positive EPDS', () => {
		const items = itemsOf('epds-follow-up', family, [positive], phn1);
		expect(items).toEqual([expect.objectContaining({ sourceId: positive._id, showFrom: '2026-11-10', dueOn: '2026-11-17' })]);
		expect(urgencyOn(items, '2026-11-09')).toBeUndefined();
		expect(urgencyOn(items, '2026-11-10')).toBe('soon');
		expect(urgencyOn(items, '2026-11-18')).toBe('overdue');
	});

	it('reads the cutoff for the context, from the settings', () => {
		const antenatal = (total: number) => buildEpds(family, { context: 'antenatal', total, item10: 0, screenedOn: '2026-11-10' });
		expect(itemsOf('epds-follow-up', family, [antenatal(12)], phn1)).toEqual([]);
		expect(itemsOf('epds-follow-up', family, [antenatal(13)], phn1)).toHaveLength(1);
		const postpartum8 = buildEpds(family, { total: 8, item10: 0, screenedOn: '2026-11-10' });
		const strict = { epdsCutoffs: { postpartum: 8, antenatal: 13 }, bondingThreshold: 5 };
		expect(scheduleFor(buildFamilyFile(family, postpartum8), phn1).map((i) => i.kind)).not.toContain('epds-follow-up');
		expect(scheduleFor(buildFamilyFile(family, postpartum8), phn1, strict).map((i) => i.kind)).toContain('epds-follow-up');
	});

	it('follows only the latest EPDS: an older positive is history', () => {
		const later = buildEpds(family, { total: 3, item10: 0, screenedOn: '2026-11-15' });
		expect(itemsOf('epds-follow-up', family, [positive, later], phn1)).toEqual([]);
	});

	it('asks for action at once on item 10, whatever the total', () => {
		const selfHarm = buildEpds(family, { total: 4, item10: 1, screenedOn: '2026-11-10' });
		const items = scheduleFor(buildFamilyFile(family, selfHarm), phn1);
		expect(items).toEqual([expect.objectContaining({ kind: 'self-harm-follow-up', immediate: true, dueOn: '2026-11-10' })]);
		expect(urgencyOn(items, '2026-11-10')).toBe('now');
		expect(urgencyOn(items, '2026-12-10')).toBe('now');
		const both = buildClinicEpds(family, { total: 20, item10: 2, screenedOn: '2026-11-10' });
		expect(scheduleFor(buildFamilyFile(family, both), phn1).map((i) => i.kind).sort()).toEqual(['epds-follow-up', 'self-harm-follow-up']);
	});

	it('is done by a later clinical visit, not a companion visit or the visit it was taken at', () => {
		const selfHarm = buildClinicEpds(family, { total: 20, item10: 2, screenedOn: '2026-11-10' });
		const kinds = (...records: YorisoiRecord[]) => scheduleFor(buildFamilyFile(family, selfHarm, ...records), phn1).map((i) => i.kind);
		expect(kinds(buildCareVisit(family, { kind: 'postpartum-care', visitDate: '2026-11-11' }))).toEqual([]);
		expect(kinds(buildInterviewVisit(family, { visitDate: '2026-11-11' }))).toEqual([]);
		expect(kinds(buildCompanionVisit(family, { visitDate: '2026-11-11' }))).toHaveLength(2);
		expect(kinds(buildCareVisit(family, { kind: 'universal', visitDate: '2026-11-10' }))).toHaveLength(2);
	});

	it('goes to the assigned nurse and midwife and the overseers, never to a promoter', () => {
		const selfHarm = buildClinicEpds(family, { total: 20, item10: 2, screenedOn: '2026-11-10' });
		const count = (f: FamilyRecord, viewer: Viewer) => scheduleFor(buildFamilyFile(f, { ...selfHarm, familyId: f._id }), viewer).length;
		expect(count(family, phn1)).toBe(2);
		expect(count(family, midwife1)).toBe(2);
		expect(count(family, coordinator)).toBe(2);
		expect(count(family, midwife2)).toBe(0);
		expect(count(family, promoter1)).toBe(0);
		const unassigned = familyWith({ promoter: 'promoter1' });
		expect(count(unassigned, midwife2)).toBe(2);
		expect(count(unassigned, kitaPhn)).toBe(0);
		expect(count(unassigned, promoter1)).toBe(0);
	});
});

describe('plan review', () => {
	const family = familyWith({ phn: 'phn1', midwife: 'midwife1' });
	const plan = buildPlan(family, { reviewDue: '2027-01-19' }, { by: 'phn2' });

	it('shows two weeks ahead of the review date set in the plan', () => {
		const items = itemsOf('plan-review', family, [plan], phn2);
		expect(items).toEqual([expect.objectContaining({ sourceId: plan._id, dueOn: '2027-01-19', showFrom: '2027-01-05' })]);
		expect(urgencyOn(items, '2027-01-04')).toBeUndefined();
		expect(urgencyOn(items, '2027-01-05')).toBe('soon');
		expect(urgencyOn(items, '2027-01-19')).toBe('due');
	});

	it('is done by an evaluation in the window or later, or by closing the plan', () => {
		const evaluation = (date: string) => ({ date, evaluator: 'phn2', result: '改善傾向' });
		expect(itemsOf('plan-review', family, [{ ...plan, evaluations: [evaluation('2027-01-10')] }], phn2)).toEqual([]);
		expect(itemsOf('plan-review', family, [{ ...plan, evaluations: [evaluation('2026-12-01')] }], phn2)).toHaveLength(1);
		expect(itemsOf('plan-review', family, [{ ...plan, status: 'closed' }], phn2)).toEqual([]);
	});

	it('goes to the plan author, the assigned nurse and the overseers', () => {
		expect(itemsOf('plan-review', family, [plan], phn1)).toHaveLength(1);
		expect(itemsOf('plan-review', family, [plan], coordinator)).toHaveLength(1);
		expect(itemsOf('plan-review', family, [plan], midwife1)).toEqual([]);
		expect(itemsOf('plan-review', family, [plan], kitaPhn)).toEqual([]);
	});
});

describe('returned visit', () => {
	const family = familyWith({ phn: 'phn1', midwife: 'midwife1' });
	const visit = buildCareVisit(family, { kind: 'postpartum-care', visitDate: '2026-11-19' }, { by: 'midwife1' });
	const returned = buildReview(visit, { decision: 'returned', comment: '体重の記入漏れ' }, { at: new Date('2026-11-20T23:00:00Z') });

	it('goes back to its author at once, with the reviewer’s comment', () => {
		const items = itemsOf('returned-visit', family, [visit, returned], midwife1);
		expect(items).toEqual([
			expect.objectContaining({ sourceId: visit._id, visitKind: 'postpartum-care', note: '体重の記入漏れ', immediate: true, dueOn: '2026-11-21' })
		]);
		expect(urgencyOn(items, '2026-11-21')).toBe('now');
	});

	it('is done once the author saves the visit again, or a later review approves it', () => {
		const edited = { ...visit, updatedAt: '2026-11-21T01:00:00.000Z' };
		const approved = buildReview(visit, { decision: 'approved' }, { at: new Date('2026-11-22T00:00:00Z') });
		expect(itemsOf('returned-visit', family, [edited, returned], midwife1)).toEqual([]);
		expect(itemsOf('returned-visit', family, [visit, returned, approved], midwife1)).toEqual([]);
		expect(itemsOf('returned-visit', family, [visit, approved], midwife1)).toEqual([]);
	});

	it('is the author’s alone', () => {
		for (const viewer of [phn1, midwife2, coordinator, { user: 'supervisor1', roles: ['supervisor', 'team:chuo'] }]) {
			expect(itemsOf('returned-visit', family, [visit, returned], viewer)).toEqual([]);
		}
	});

	it('goes back to the promoter who wrote a companion visit, and to no other promoter', () => {
		const companion = buildCompanionVisit(family, { visitDate: '2026-11-19' }, { by: 'promoter1' });
		const back = buildReview(companion, { decision: 'returned', comment: '次回の予定日を書いてください', visitUpdatedAt: companion.updatedAt, visitBy: 'promoter1' }, { by: 'phn1', at: new Date('2026-11-20T23:00:00Z') });
		expect(itemsOf('returned-visit', family, [companion, back], { user: 'promoter1', roles: ['promoter'] })).toEqual([
			expect.objectContaining({ sourceId: companion._id, visitKind: 'companion', note: '次回の予定日を書いてください' })
		]);
		expect(itemsOf('returned-visit', family, [companion, back], { user: 'promoter2', roles: ['promoter'] })).toEqual([]);
	});
});

describe('families with nothing due', () => {
	function busyFile(family: FamilyRecord) {
		const child = buildChild(family, { birthDate: BIRTH });
		const visit = buildInterviewVisit(family, { timing: 'after-birth', visitDate: '2026-11-01', outcome: { nextVisit: { date: '2026-11-20' } } }, { by: 'phn1' });
		const review = buildReview(visit, { decision: 'returned', comment: '要修正' }, { at: new Date('2026-11-21T00:00:00Z') });
		return buildFamilyFile(family, child, visit, buildClinicEpds(family, { total: 20, item10: 3 }), buildPlan(family), review);
	}

	it('an active family with work due has items of every kind', () => {
		const kinds = scheduleAll(busyFile(familyWith({ phn: 'phn1', midwife: 'midwife1', promoter: 'promoter1' }))).map((e) => e.item.kind);
		expect(new Set(kinds)).toEqual(
			new Set(['universal-visit', 'postpartum-care-visit', 'next-visit', 'companion-visit', 'epds-follow-up', 'self-harm-follow-up', 'plan-review', 'returned-visit'])
		);
	});

	it('closed and moved-out families have none', () => {
		for (const status of ['closed', 'moved-out'] as const) {
			const file = busyFile(familyWith({ phn: 'phn1', midwife: 'midwife1', promoter: 'promoter1' }, { status }));
			expect(scheduleAll(file)).toEqual([]);
		}
	});

	it('a file whose family record has not reached the device has none', () => {
		const file = busyFile(familyWith({ phn: 'phn1', midwife: 'midwife1', promoter: 'promoter1' }));
		expect(scheduleAll({ ...file, family: undefined })).toEqual([]);
	});
});
