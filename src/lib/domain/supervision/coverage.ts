// Coverage of the universal home visit (乳児家庭全戸訪問): of the babies born in a period whose
// target age has been reached, how many were visited by then. The law sets the limit (児童福祉法
// §6の3: before the baby is 4 months old); Nagaoka aims at about 2 months (DOMAIN.md §1).

import { addMonths } from '../calendar.ts';
import type { ChildFact } from './types.ts';

/** The legal limit: visited before the baby is 4 months old. */
export const LEGAL_TARGET_MONTHS = 4;
/** Nagaoka's own aim: a visit at about 2 months. */
export const NAGAOKA_TARGET_MONTHS = 2;

/** The last day on which a universal visit still counts as on time for a baby born on `birthDate`. */
export function universalVisitTarget(birthDate: string, targetMonths: number = LEGAL_TARGET_MONTHS): string {
	return addMonths(birthDate, targetMonths);
}

/**
 * Where one baby stands against a target date:
 * - `visited`: target date passed, visited on or before it
 * - `late`: target date passed, visited only after it (missed, but seen)
 * - `missed`: target date passed, not visited
 * - `pending`: the target date is today or later and no visit yet: still in time, never missed
 * - `early`: the target date is today or later and already visited (settled, but not yet in the rate)
 */
export type CoverageOutcome = 'visited' | 'late' | 'missed' | 'pending' | 'early';

export function coverageOutcome(universalVisitOn: string | undefined, targetDate: string, today: string): CoverageOutcome {
	const visitedInTime = universalVisitOn !== undefined && universalVisitOn <= targetDate;
	// The target day itself still leaves the day to visit: only a target before today has passed.
	if (targetDate >= today) return visitedInTime ? 'early' : 'pending';
	if (visitedInTime) return 'visited';
	return universalVisitOn === undefined ? 'missed' : 'late';
}

export interface Coverage {
	targetMonths: number;
	/** babies born in the period (within the filters) */
	born: number;
	/** target date passed: the rate's denominator */
	due: number;
	/** of `due`, visited by the target age: the numerator */
	visited: number;
	/** of `due`, visited only after the target age */
	late: number;
	/** of `due`, not visited at all */
	missed: number;
	/** target date not passed yet (visited or not): in time, never counted as missed */
	pending: number;
	/** of `pending`, already visited */
	early: number;
}

export function emptyCoverage(targetMonths: number): Coverage {
	return { targetMonths, born: 0, due: 0, visited: 0, late: 0, missed: 0, pending: 0, early: 0 };
}

/**
 * Counts one baby into `coverage`; returns its outcome, so a caller can also count it by month.
 * `target` is the baby's target date when the caller has it already (one per birth date for a city).
 */
export function countCoverage(
	coverage: Coverage,
	child: Pick<ChildFact, 'birthDate' | 'universalVisitOn'>,
	today: string,
	target: string = universalVisitTarget(child.birthDate, coverage.targetMonths)
): CoverageOutcome {
	const outcome = coverageOutcome(child.universalVisitOn, target, today);
	coverage.born++;
	if (outcome === 'pending' || outcome === 'early') coverage.pending++;
	else coverage.due++;
	if (outcome !== 'pending') coverage[outcome]++;
	return outcome;
}

/** Share of the babies whose target date passed who were visited by it (0–1); undefined when none is due yet. */
export function coverageRate(coverage: Coverage): number | undefined {
	return coverage.due === 0 ? undefined : coverage.visited / coverage.due;
}
