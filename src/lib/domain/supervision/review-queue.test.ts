// The review queue holds what waits for a reviewer, filtered as asked, flagged reports first.
import { describe, expect, it } from 'vitest';
import { reviewQueue } from './review-queue.ts';
import type { SupervisionFacts, VisitFact } from './types.ts';

function visit(id: string, over: Partial<VisitFact> = {}): VisitFact {
	return { id, familyId: 'family:1', team: 'chuo', kind: 'universal', visitDate: '2026-11-10', author: 'midwife1', review: { status: 'awaiting' }, flags: [], ...over };
}

function facts(...visits: VisitFact[]): SupervisionFacts {
	return { visits, screenings: [], children: [], plans: [], alerts: [] };
}

const city = [
	facts(
		visit('a', { visitDate: '2026-11-01' }),
		visit('b', { visitDate: '2026-11-12', flags: ['epds-positive'] }),
		visit('c', { review: { status: 'approved' } }),
		visit('d', { review: { status: 'returned', comment: 'x' } }),
		visit('e', { review: { status: 'resubmitted' }, author: 'phn1', visitDate: '2026-11-05' })
	),
	facts(
		visit('f', { team: 'kita', kind: 'companion', author: 'promoter1', flags: ['promoter-concern'] }),
		visit('g', { team: 'kita', flags: ['epds-self-harm', 'epds-positive'], visitDate: '2026-11-20' })
	),
	undefined
];

const ids = (filter = {}) => reviewQueue(city, filter).visits.map((v) => v.id);

describe('reviewQueue', () => {
	it('holds reports never reviewed and those resubmitted, most severe flag first, then oldest', () => {
		expect(ids()).toEqual(['g', 'b', 'f', 'a', 'e']);
	});

	it('filters by team, worker, kind and flag', () => {
		expect(ids({ team: 'kita' })).toEqual(['g', 'f']);
		expect(ids({ worker: 'phn1' })).toEqual(['e']);
		expect(ids({ kind: 'companion' })).toEqual(['f']);
		expect(ids({ flag: 'epds-positive' })).toEqual(['g', 'b']);
		expect(ids({ flag: 'any' })).toEqual(['g', 'b', 'f']);
		expect(ids({ team: 'chuo', flag: 'any' })).toEqual(['b']);
	});

	it('leaves a reviewer’s own reports out, and lists the workers to choose from', () => {
		expect(ids({ reviewer: 'phn1' })).not.toContain('e');
		expect(reviewQueue(city, { worker: 'phn1' }).workers).toEqual(['midwife1', 'phn1', 'promoter1']);
		expect(reviewQueue(city, { team: 'kita' }).workers).toEqual(['midwife1', 'promoter1']);
	});
});
