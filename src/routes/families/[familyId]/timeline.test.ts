import { describe, expect, it } from 'vitest';
import type { RecordRow, RecordSyncState } from '$lib/data/user-db';
import type { YorisoiRecord } from '$lib/domain/records';
import {
	buildChild,
	buildClinicEpds,
	buildCompanionVisit,
	buildEpds,
	buildFamilyCase,
	buildPlan,
	buildPregnancy,
	buildReview,
	buildRisk
} from '$lib/domain/records/factories';
import { buildAlertStep } from '$lib/domain/records/factories-more';
import { buildTimeline } from './timeline';

function row(doc: YorisoiRecord, syncState: RecordSyncState = 'synced', refusedReason?: string): RecordRow {
	return {
		_id: doc._id,
		db: `yorisoi-team-${doc.team}`,
		type: doc.type,
		team: doc.team,
		familyId: doc.familyId,
		rev: '1-a',
		conflicted: syncState === 'conflict',
		syncState,
		refusedReason,
		updatedAt: doc.updatedAt,
		doc: doc as unknown as Record<string, unknown>
	};
}

const today = '2026-11-20';
// A newborn family: pregnancy (delivered 21 days ago), child, universal visit today, EPDS at it.
const file = buildFamilyCase({ stage: 'newborn', screening: { answers: [0, 0, 3, 0, 3, 3, 3, 3, 3, 3] } });
const { family, visit } = file;
const pregnancy = { ...file.pregnancy, notificationDate: '2026-04-10', handbookIssuedDate: '2026-04-10' };
const child = file.child!;

describe('buildTimeline', () => {
	it('lists pregnancy, birth, visit and screening newest first, the family record left out', () => {
		const rows = [family, pregnancy, child, visit, file.screening].map((doc) => row(doc));
		const entries = buildTimeline(rows, { clinical: true, today });
		// the delivered pregnancy's birth is the child's entry; no due date is left to come
		expect(entries.map((entry) => entry.kind)).toEqual(['visit', 'epds', 'birth', 'pregnancy-notification']);
		const withoutChild = buildTimeline([row(pregnancy)], { clinical: true, today });
		expect(withoutChild.map((entry) => [entry.kind, entry.date])).toEqual([
			['pregnancy-end', pregnancy.endedOn],
			['pregnancy-notification', '2026-04-10']
		]);
		expect(entries.map((entry) => entry.date)).toEqual([...entries.map((entry) => entry.date)].sort().reverse());
		expect(entries.find((entry) => entry.kind === 'birth')).toMatchObject({ childId: child._id, weightG: 3050, gestationalWeeks: 39, name: '長岡' });
		expect(entries.find((entry) => entry.kind === 'visit')).toMatchObject({ visitId: visit._id, visitKind: 'universal', visitor: 'midwife1', status: 'awaiting' });
	});

	it('flags an EPDS at or above the cutoff for its context, and item 10 whatever the total', () => {
		const quiet = buildClinicEpds(family, { total: 4, item10: 1, screenedOn: '2026-11-01', clinic: { name: '立川綜合病院' } });
		const high = buildEpds(family, { answers: [0, 0, 3, 0, 3, 3, 3, 3, 3, 3] });
		const antenatal = buildClinicEpds(family, { context: 'antenatal', total: 10, item10: 0, screenedOn: '2026-06-01' });
		const entries = buildTimeline([row(quiet), row(high), row(antenatal)], { clinical: true, today });
		expect(entries).toMatchObject([
			{ kind: 'epds', total: 0, positive: false, selfHarm: false, cutoff: 9 },
			{ kind: 'epds', total: 4, item10: 1, positive: false, selfHarm: true, clinic: '立川綜合病院' },
			{ kind: 'epds', total: 10, cutoff: 13, positive: false }
		]);
		const stricter = buildTimeline([row(antenatal)], { clinical: true, today, thresholds: { epds: { postpartum: 9, antenatal: 9 }, bonding: 5 } });
		expect(stricter[0]).toMatchObject({ positive: true, cutoff: 9 });
	});

	it('counts checklist risk answers, "no one to confide in" being a no', () => {
		const checklist = {
			...buildEpds(family),
			instrument: 'checklist',
			answers: [
				{ item: 'someone-to-confide-in', answer: false },
				{ item: 'financial-worry', answer: true },
				{ item: 'urge-to-hit-baby', answer: false }
			]
		} as unknown as YorisoiRecord;
		expect(buildTimeline([row(checklist)], { clinical: true, today })[0]).toMatchObject({ kind: 'checklist', riskCount: 2, answered: 3 });
	});

	it('shows a visit as returned after its review, and as resubmitted once its author amends it', () => {
		const review = buildReview(visit, { decision: 'returned', comment: '体重の記載をお願いします。' }, { at: new Date('2026-11-21T01:00:00Z') });
		const returned = buildTimeline([row(visit), row(review)], { clinical: true, today });
		expect(returned.find((entry) => entry.kind === 'visit')).toMatchObject({ status: 'returned' });
		expect(returned.find((entry) => entry.kind === 'review')).toMatchObject({ decision: 'returned', reviewer: 'supervisor1', visitId: visit._id, date: '2026-11-21' });
		const amended = { ...visit, updatedAt: '2026-11-22T01:00:00.000Z' };
		expect(buildTimeline([row(amended), row(review)], { clinical: true, today }).find((entry) => entry.kind === 'visit')).toMatchObject({ status: 'resubmitted' });
	});

	it('lists the steps taken on an alert, with the action taken, for staff only', () => {
		const epds = buildEpds(family, { total: 12, item10: 0 });
		const closed = buildAlertStep(family, { alertKind: 'epds-positive', sourceId: epds._id, action: 'closed', actionTaken: '精神科受診を勧めた' }, { by: 'phn1', at: new Date('2026-11-21T16:00:00Z') });
		const entry = buildTimeline([row(closed)], { clinical: true, today }).find((e) => e.kind === 'alert');
		expect(entry).toMatchObject({ kind: 'alert', alertKind: 'epds-positive', action: 'closed', by: 'phn1', text: '精神科受診を勧めた', date: '2026-11-22' });
		expect(buildTimeline([row(closed)], { clinical: false, today })).toEqual([]);
	});

	it('lists risk judgements and plans with their review dates; an ongoing pregnancy\'s due date is marked upcoming', () => {
		const risk = buildRisk(family);
		const plan = buildPlan(family);
		const ongoing = buildPregnancy(family, { expectedDueDate: '2027-04-01', notificationDate: undefined });
		const entries = buildTimeline([row(risk), row(plan), row(ongoing)], { clinical: true, today });
		expect(entries.map((entry) => entry.kind)).toEqual(['pregnancy-due', 'risk', 'plan']);
		expect(entries[0]).toMatchObject({ date: '2027-04-01', upcoming: true });
		expect(entries.find((entry) => entry.kind === 'risk')).toMatchObject({ category: 'specified-pregnancy', reasonCount: 1, nextReviewOn: '2027-01-19', upcoming: false });
		expect(entries.find((entry) => entry.kind === 'plan')).toMatchObject({ reviewDue: '2027-01-19', upcoming: false });
	});

	it('carries each record\'s sync state and refusal reason', () => {
		const entries = buildTimeline([row(pregnancy, 'refused', 'Only an administrator…'), row(child, 'pending')], { clinical: true, today });
		expect(entries.filter((entry) => entry.recordId === pregnancy._id).map((entry) => entry.syncState)).toEqual(['refused']);
		expect(entries.find((entry) => entry.kind === 'birth')?.syncState).toBe('pending');
		expect(new Set(entries.map((entry) => entry.key)).size).toBe(entries.length);
	});

	it('shows a promoter companion visits only: no clinical entry even if such a record reached the device', () => {
		const companion = buildCompanionVisit(family, { visitDate: '2026-11-10' });
		const risk = buildRisk(family);
		const rows = [family, pregnancy, child, visit, file.screening, risk, companion, buildReview(visit)].map((doc) => row(doc));
		const entries = buildTimeline(rows, { clinical: false, today });
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({ kind: 'visit', visitKind: 'companion', visitor: 'promoter1', clinical: false });
		expect(JSON.stringify(entries)).not.toMatch(/weightG|total|category|comment/);
	});

	it('sorts same-day entries by when they were written, newest first', () => {
		const first = buildChild(family, { birthDate: '2026-11-01' }, { at: new Date('2026-11-02T00:00:00Z') });
		const twin = buildChild(family, { birthDate: '2026-11-01' }, { at: new Date('2026-11-02T05:00:00Z') });
		expect(buildTimeline([row(first), row(twin)], { clinical: true, today }).map((entry) => entry.recordId)).toEqual([twin._id, first._id]);
	});
});
