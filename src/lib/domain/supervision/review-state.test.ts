// A decision lives in review records: the visit's review status is read from them, and a
// resubmission is recognised by the version reviewed, not by comparing two devices' clocks.
import { describe, expect, it } from 'vitest';
import { buildCareVisit, buildFamily, buildReview } from '../records/factories.ts';
import { needsReview, reviewsByVisit, reviewSummaryOf } from './review-state.ts';

const family = buildFamily();
const visit = buildCareVisit(family, {}, { at: new Date('2026-11-10T01:00:00Z') });
const at = (iso: string) => ({ at: new Date(iso) });

describe('reviewSummaryOf', () => {
	it('is awaiting review with no review', () => {
		expect(reviewSummaryOf(visit, [])).toEqual({ status: 'awaiting' });
		expect(reviewSummaryOf(visit, undefined)).toEqual({ status: 'awaiting' });
		expect(needsReview(reviewSummaryOf(visit, []))).toBe(true);
	});

	it('takes the latest review, with who and when and the comment', () => {
		const returned = buildReview(visit, { decision: 'returned', comment: '体重の記入漏れ', visitUpdatedAt: visit.updatedAt }, at('2026-11-11T00:00:00Z'));
		const approved = buildReview(visit, { decision: 'approved', visitUpdatedAt: visit.updatedAt }, { ...at('2026-11-12T00:00:00Z'), by: 'phn1' });
		expect(reviewSummaryOf(visit, [approved, returned])).toEqual({ status: 'approved', reviewedBy: 'phn1', reviewedAt: approved.createdAt });
		expect(reviewSummaryOf(visit, [returned])).toEqual({
			status: 'returned',
			reviewedBy: 'supervisor1',
			reviewedAt: returned.createdAt,
			comment: '体重の記入漏れ'
		});
		expect(needsReview(reviewSummaryOf(visit, [returned]))).toBe(false);
	});

	it('sees an amendment after a return as a resubmission, even when the author’s clock is behind', () => {
		const returned = buildReview(visit, { decision: 'returned', comment: '要修正', visitUpdatedAt: visit.updatedAt }, at('2026-11-11T00:00:00Z'));
		// The midwife's tablet clock is a day slow: her amendment carries an earlier time than the review.
		const amended = { ...visit, updatedAt: '2026-11-10T20:00:00.000Z' };
		const summary = reviewSummaryOf(amended, [returned]);
		expect(summary.status).toBe('resubmitted');
		expect(needsReview(summary)).toBe(true);
	});

	it('reads reviews written before visitUpdatedAt existed by time', () => {
		const old = buildReview(visit, { decision: 'returned', comment: '要修正' }, at('2026-11-11T00:00:00Z'));
		expect(reviewSummaryOf(visit, [old]).status).toBe('returned');
		expect(reviewSummaryOf({ updatedAt: '2026-11-12T00:00:00.000Z' }, [old]).status).toBe('resubmitted');
	});

	it('orders two reviews written in the same millisecond by id, the same on every device', () => {
		const a = buildReview(visit, { decision: 'approved', visitUpdatedAt: visit.updatedAt }, at('2026-11-11T00:00:00Z'));
		const b = buildReview(visit, { decision: 'returned', comment: 'x', visitUpdatedAt: visit.updatedAt }, at('2026-11-11T00:00:00Z'));
		expect(reviewSummaryOf(visit, [a, b]).status).toBe(reviewSummaryOf(visit, [b, a]).status);
	});
});

describe('reviewsByVisit', () => {
	it('groups reviews per visit, oldest first', () => {
		const other = buildCareVisit(family);
		const late = buildReview(visit, {}, at('2026-11-13T00:00:00Z'));
		const early = buildReview(visit, {}, at('2026-11-11T00:00:00Z'));
		const third = buildReview(other, {}, at('2026-11-12T00:00:00Z'));
		const grouped = reviewsByVisit([late, third, early]);
		expect(grouped.get(visit._id)?.map((r) => r._id)).toEqual([early._id, late._id]);
		expect(grouped.get(other._id)?.map((r) => r._id)).toEqual([third._id]);
	});
});
