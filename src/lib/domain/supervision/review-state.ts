// Where a visit report stands with its reviewers, read from the review records: a decision is
// never written onto the visit (DESIGN.md "write-once"), so this is the one place that reads it.

import { compareByCreation } from '../records/envelope.ts';
import type { ReviewRecord, VisitRecord } from '../records/index.ts';
import type { ReviewSummary } from './types.ts';

/** Each visit's reviews, oldest first. */
export function reviewsByVisit(reviews: readonly ReviewRecord[]): Map<string, ReviewRecord[]> {
	const byVisit = new Map<string, ReviewRecord[]>();
	for (const review of reviews) {
		const list = byVisit.get(review.visitId);
		if (list === undefined) byVisit.set(review.visitId, [review]);
		else list.push(review);
	}
	for (const list of byVisit.values()) list.sort(compareByCreation);
	return byVisit;
}

/**
 * Whether the author saved the visit after `review`. A review names the version it read
 * (`visitUpdatedAt`): any other version is newer, whatever the devices' clocks say. Reviews
 * written before that field compare timestamps.
 */
export function amendedSince(visit: Pick<VisitRecord, 'updatedAt'>, review: ReviewRecord): boolean {
	if (review.visitUpdatedAt !== undefined) return visit.updatedAt !== review.visitUpdatedAt;
	return visit.updatedAt > review.createdAt;
}

/** The review status of `visit` given its reviews (any order). */
export function reviewSummaryOf(visit: Pick<VisitRecord, 'updatedAt'>, reviews: readonly ReviewRecord[] | undefined): ReviewSummary {
	let latest: ReviewRecord | undefined;
	for (const review of reviews ?? []) if (latest === undefined || compareByCreation(review, latest) > 0) latest = review;
	if (latest === undefined) return { status: 'awaiting' };
	const summary: ReviewSummary = {
		// Amended after a decision, approved or returned, the report needs another look.
		status: amendedSince(visit, latest) ? 'resubmitted' : latest.decision,
		reviewedBy: latest.createdBy,
		reviewedAt: latest.createdAt
	};
	if (latest.comment !== undefined) summary.comment = latest.comment;
	return summary;
}

/** Waiting for a reviewer: never reviewed, or amended since the last decision. */
export function needsReview(summary: ReviewSummary): boolean {
	return summary.status === 'awaiting' || summary.status === 'resubmitted';
}
