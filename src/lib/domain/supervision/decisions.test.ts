// What a reviewer or coordinator types becomes a valid record, or a named problem; nothing else.
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../records/migrations.ts';
import { buildCareVisit, buildFamily } from '../records/factories.ts';
import { alertStepFor, reviewRecordFor } from './decisions.ts';

const family = buildFamily();
const visit = buildCareVisit(family, {}, { by: 'midwife1' });
const now = new Date('2026-11-24T03:00:00Z');
const alert = { kind: 'epds-positive' as const, sourceId: visit._id, familyId: family._id, team: family.team };

describe('reviewRecordFor', () => {
	it('approves without a comment, naming the version read', () => {
		const built = reviewRecordFor(visit, { decision: 'approved', comment: '  ' }, { by: 'supervisor1', now });
		if (!built.ok) throw new Error(built.issues.join());
		expect(built.record).toMatchObject({ type: 'review', decision: 'approved', visitId: visit._id, visitUpdatedAt: visit.updatedAt, visitBy: 'midwife1', createdBy: 'supervisor1', team: family.team });
		expect(built.record).not.toHaveProperty('comment');
		expect(parseRecord(built.record).ok).toBe(true);
	});

	it('needs a reason to return, and keeps markup as plain text', () => {
		expect(reviewRecordFor(visit, { decision: 'returned', comment: ' \n ' }, { by: 'phn1', now })).toEqual({ ok: false, issues: ['comment-required'] });
		const built = reviewRecordFor(visit, { decision: 'returned', comment: '<script>alert(1)</script>\r\n体重を記入' }, { by: 'phn1', now });
		expect(built.ok && built.record.comment).toBe('<script>alert(1)</script>\n体重を記入');
	});

	it('refuses a comment too long and a review of one’s own report', () => {
		expect(reviewRecordFor(visit, { decision: 'approved', comment: 'あ'.repeat(2001) }, { by: 'phn1', now })).toEqual({ ok: false, issues: ['comment-too-long'] });
		expect(reviewRecordFor(visit, { decision: 'approved', comment: '' }, { by: 'midwife1', now })).toEqual({ ok: false, issues: ['own-visit'] });
	});

	it('keeps a fixed id, so a retried save writes the same record', () => {
		const first = reviewRecordFor(visit, { decision: 'approved', comment: '' }, { by: 'phn1', now, id: 'review:0000000000000000001' });
		expect(first.ok && first.record._id).toBe('review:0000000000000000001');
	});
});

describe('alertStepFor', () => {
	it('acknowledges, assigns and closes with what was typed', () => {
		const ack = alertStepFor(alert, { action: 'acknowledged' }, { by: 'coordinator1', now });
		expect(ack.ok && ack.record).toMatchObject({ type: 'alert', action: 'acknowledged', alertKind: 'epds-positive', sourceId: visit._id, familyId: family._id });
		const assign = alertStepFor(alert, { action: 'assigned', assignee: ' phn1 ', note: '今週中に' }, { by: 'coordinator1', now });
		expect(assign.ok && assign.record).toMatchObject({ action: 'assigned', assignee: 'phn1', note: '今週中に' });
		const close = alertStepFor(alert, { action: 'closed', actionTaken: '訪問して受診を勧めた' }, { by: 'phn1', now });
		expect(close.ok && close.record).toMatchObject({ action: 'closed', actionTaken: '訪問して受診を勧めた' });
		for (const built of [ack, assign, close]) expect(built.ok && parseRecord(built.record).ok).toBe(true);
	});

	it('names what is missing or too long', () => {
		expect(alertStepFor(alert, { action: 'assigned', assignee: '' }, { by: 'x', now })).toEqual({ ok: false, issues: ['assignee-required'] });
		expect(alertStepFor(alert, { action: 'closed', actionTaken: '   ' }, { by: 'x', now })).toEqual({ ok: false, issues: ['action-required'] });
		expect(alertStepFor(alert, { action: 'closed', actionTaken: 'x'.repeat(2001), note: 'y'.repeat(2001) }, { by: 'x', now })).toEqual({
			ok: false,
			issues: ['action-too-long', 'note-too-long']
		});
		expect(alertStepFor(alert, { action: 'assigned', assignee: 'n'.repeat(65) }, { by: 'x', now })).toEqual({ ok: false, issues: ['assignee-too-long'] });
	});
});

describe('typed text', () => {
	it('drops control characters and trims, keeping line breaks', () => {
		const built = reviewRecordFor(visit, { decision: 'returned', comment: '\u0000 a\r\nb\u0007 ' }, { by: 'phn1', now });
		expect(built.ok && built.record.comment).toBe('a\nb');
	});
});
