// The review queue: visit reports waiting for a reviewer (never reviewed, or amended since the last
// decision), filtered by team, worker, kind and flag; flagged reports first, then the oldest.

import type { RiskFlagKind } from '../family-file/risk-flag.ts';
import { flagRank } from '../family-file/risk-flags.ts';
import type { VisitKind } from '../records/index.ts';
import { needsReview } from './review-state.ts';
import type { SupervisionFacts, VisitFact } from './types.ts';

export interface ReviewQueueFilter {
	team?: string;
	/** the visitor's user name */
	worker?: string;
	kind?: VisitKind;
	/** one flag kind, or 'any' for reports that raised any flag */
	flag?: RiskFlagKind | 'any';
	/** the viewer: their own reports are not theirs to review */
	reviewer?: string;
}

/** A report's most severe flag (its flags are listed most severe first); unflagged last. */
function severity(visit: VisitFact): number {
	return flagRank(visit.flags[0]);
}

function matches(visit: VisitFact, filter: ReviewQueueFilter): boolean {
	if (!needsReview(visit.review)) return false;
	if (filter.reviewer !== undefined && visit.author === filter.reviewer) return false;
	if (filter.team && visit.team !== filter.team) return false;
	if (filter.worker && visit.author !== filter.worker) return false;
	if (filter.kind && visit.kind !== filter.kind) return false;
	if (filter.flag === 'any') return visit.flags.length > 0;
	if (filter.flag) return visit.flags.includes(filter.flag);
	return true;
}

/** Most severe flag first, then the oldest visit (first in, first reviewed), then by id. */
export function compareQueued(a: VisitFact, b: VisitFact): number {
	return (
		severity(a) - severity(b) ||
		(a.visitDate === b.visitDate ? 0 : a.visitDate < b.visitDate ? -1 : 1) ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

export interface ReviewQueue {
	visits: VisitFact[];
	/** the visitors with reports waiting (before the worker filter), for the filter's choices */
	workers: string[];
}

export function reviewQueue(families: Iterable<SupervisionFacts | undefined>, filter: ReviewQueueFilter = {}): ReviewQueue {
	const visits: VisitFact[] = [];
	const workers = new Set<string>();
	const { worker, ...others } = filter;
	for (const facts of families) {
		if (facts === undefined) continue;
		for (const visit of facts.visits) {
			if (!matches(visit, others)) continue;
			workers.add(visit.author);
			if (!worker || visit.author === worker) visits.push(visit);
		}
	}
	return { visits: visits.sort(compareQueued), workers: [...workers].sort() };
}
