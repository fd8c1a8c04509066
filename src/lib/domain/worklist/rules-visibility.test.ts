// Properties of the rules over random family files: a promoter never receives clinical work, a
// returned report reaches only its author, and staff outside the team see nothing unaddressed.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.ts';
import type { FamilyFile } from '../family-file/family-file.ts';
import {
	buildCareVisit,
	buildChild,
	buildClinicEpds,
	buildCompanionVisit,
	buildFamily,
	buildInterviewVisit,
	buildPlan,
	buildPregnancy,
	buildReview
} from '../records/factories.ts';
import { buildFamilyFile } from '../records/factories-more.ts';
import { VISIT_KINDS, type VisitRecord, type YorisoiRecord } from '../records/index.ts';
import { compareDueItems, scheduleAll, scheduleFor, worklistOn } from './rules.ts';
import type { Viewer } from './types.ts';

const STAFF = ['phn1', 'phn2', 'midwife1', 'midwife2', 'coord1', 'promoter1', 'promoter2'] as const;

const viewers: Viewer[] = [
	{ user: 'phn1', roles: ['phn', 'team:chuo'] },
	{ user: 'phn2', roles: ['phn', 'team:chuo'] },
	{ user: 'midwife1', roles: ['midwife', 'team:chuo'] },
	{ user: 'midwife2', roles: ['midwife', 'team:chuo'] },
	{ user: 'coord1', roles: ['coordinator', 'team:chuo'] },
	{ user: 'promoter1', roles: ['promoter'] },
	// a promoter account that (wrongly) also holds a team role is still a promoter
	{ user: 'promoter2', roles: ['promoter', 'team:chuo'] }
];
const promoters = viewers.filter((v) => v.user.startsWith('promoter'));

const date = fc.integer({ min: 0, max: 900 }).map((n) => addDays('2025-06-01', n));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const fileShape = fc.record({
	status: fc.constantFrom('active', 'active', 'active', 'closed', 'moved-out' as const),
	assignedTo: fc.record({
		phn: maybe(fc.constantFrom('phn1', 'phn2')),
		midwife: maybe(fc.constantFrom('midwife1', 'midwife2')),
		promoter: maybe(fc.constantFrom('promoter1', 'promoter2'))
	}),
	children: fc.array(fc.record({ birthDate: date, closed: fc.boolean() }), { maxLength: 3 }),
	pregnancies: fc.array(fc.record({ ongoing: fc.boolean(), due: date }), { maxLength: 2 }),
	visits: fc.array(
		fc.record({
			kind: fc.constantFrom(...VISIT_KINDS),
			visitDate: date,
			next: maybe(date),
			by: fc.constantFrom(...STAFF),
			child: maybe(fc.nat(2))
		}),
		{ maxLength: 6 }
	),
	epds: fc.array(
		fc.record({ screenedOn: date, total: fc.integer({ min: 0, max: 30 }), item10: fc.integer({ min: 0, max: 3 }), antenatal: fc.boolean() }),
		{ maxLength: 3 }
	),
	plans: fc.array(fc.record({ author: fc.constantFrom(...STAFF), reviewDue: date, active: fc.boolean() }), { maxLength: 2 }),
	reviews: fc.array(fc.record({ visit: fc.nat(5), returned: fc.boolean(), hoursAfter: fc.integer({ min: -5, max: 48 }) }), {
		maxLength: 4
	})
});

type FileShape = typeof fileShape extends fc.Arbitrary<infer T> ? T : never;

function fileFrom(shape: FileShape): FamilyFile {
	const family = buildFamily({ status: shape.status, assignedTo: shape.assignedTo });
	const children = shape.children.map((c) => buildChild(family, { birthDate: c.birthDate, ...(c.closed ? { status: 'closed' } : {}) }));
	const records: YorisoiRecord[] = [...children];
	for (const p of shape.pregnancies) records.push(buildPregnancy(family, { status: p.ongoing ? 'ongoing' : 'ended', expectedDueDate: p.due }));
	const visits: VisitRecord[] = shape.visits.map((v) => {
		const common = { visitDate: v.visitDate, childId: v.child === undefined ? undefined : children[v.child]?._id };
		const context = { by: v.by };
		const next = v.next === undefined ? undefined : { date: v.next, note: '次回' };
		if (v.kind === 'companion') return buildCompanionVisit(family, { ...common, nextVisit: next, concernsForPhn: '眠れていない様子' }, context);
		if (v.kind === 'pregnancy-interview') return buildInterviewVisit(family, { ...common, outcome: { nextVisit: next } }, context);
		return buildCareVisit(family, { ...common, kind: v.kind, outcome: { nextVisit: next } }, context);
	});
	records.push(...visits);
	for (const s of shape.epds) {
		records.push(buildClinicEpds(family, { screenedOn: s.screenedOn, total: s.total, item10: s.item10, context: s.antenatal ? 'antenatal' : 'postpartum' }));
	}
	for (const p of shape.plans) {
		records.push(buildPlan(family, { author: p.author, reviewDue: p.reviewDue, status: p.active ? 'active' : 'closed' }, { by: p.author }));
	}
	for (const r of shape.reviews) {
		const visit = visits[r.visit];
		if (visit === undefined) continue;
		const at = new Date(new Date(visit.updatedAt).getTime() + r.hoursAfter * 3_600_000);
		records.push(buildReview(visit, r.returned ? { decision: 'returned', comment: '要修正' } : { decision: 'approved' }, { at }));
	}
	return buildFamilyFile(family, ...records);
}

const files = fileShape.map(fileFrom);

describe('who sees what, over random family files', () => {
	it('a promoter gets only companion work: for families assigned to them, or their own returned visit', () => {
		fc.assert(
			fc.property(files, (file) => {
				for (const promoter of promoters) {
					for (const item of scheduleFor(file, promoter)) {
						expect(item.visitKind === 'companion' || item.kind === 'companion-visit').toBe(true);
						if (item.kind === 'returned-visit') expect(file.visits.find((v) => v._id === item.sourceId)?.createdBy).toBe(promoter.user);
						else expect(file.family?.assignedTo.promoter).toBe(promoter.user);
					}
				}
			}),
			{ numRuns: 500 }
		);
	});

	it('a returned report reaches only its author; a promoter only a companion visit', () => {
		fc.assert(
			fc.property(files, (file) => {
				for (const viewer of viewers) {
					for (const item of scheduleFor(file, viewer).filter((i) => i.kind === 'returned-visit')) {
						const visit = file.visits.find((v) => v._id === item.sourceId);
						expect(visit?.createdBy).toBe(viewer.user);
						if (viewer.roles.includes('promoter')) expect(visit?.kind).toBe('companion');
					}
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('staff of another team see nothing not addressed to them by name', () => {
		fc.assert(
			fc.property(files, (file) => {
				expect(scheduleFor(file, { user: 'phn9', roles: ['phn', 'coordinator', 'supervisor', 'team:kita'] })).toEqual([]);
			}),
			{ numRuns: 300 }
		);
	});

	it('each viewer’s items are among the family’s items, and closed families have none', () => {
		fc.assert(
			fc.property(files, (file) => {
				const all = scheduleAll(file).map((e) => e.item);
				for (const viewer of viewers) {
					for (const item of scheduleFor(file, viewer)) expect(all).toContainEqual(item);
				}
				if (file.family?.status !== 'active') expect(all).toEqual([]);
			}),
			{ numRuns: 300 }
		);
	});

	it('the worklist shows exactly the items in their window, most urgent first', () => {
		fc.assert(
			fc.property(fc.array(files, { maxLength: 5 }), date, (familyFiles, today) => {
				const items = familyFiles.flatMap((file) => scheduleAll(file).map((e) => e.item));
				const due = worklistOn(items, today);
				const showing = items.filter((i) => i.showFrom <= today && (i.until === undefined || today <= i.until));
				expect(due).toHaveLength(showing.length);
				for (let i = 1; i < due.length; i++) expect(compareDueItems(due[i - 1]!, due[i]!)).toBeLessThanOrEqual(0);
				for (const item of due) {
					if (item.urgency === 'overdue') expect(item.dueOn < today).toBe(true);
					if (item.urgency === 'due') expect(item.dueOn).toBe(today);
					if (item.urgency === 'soon') expect(item.dueOn > today).toBe(true);
				}
			}),
			{ numRuns: 200 }
		);
	});
});
