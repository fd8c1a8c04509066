// The period an export covers, as typed: both dates required, in order, and not absurdly long.
import { addDays } from '$lib/domain/calendar';

export type PeriodIssue = 'from-missing' | 'to-missing' | 'reversed' | 'too-long';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** Ten years: a typo in the year, not a real period. */
const MAX_DAYS = 3660;

export function periodIssues(from: string, to: string): PeriodIssue[] {
	const issues: PeriodIssue[] = [];
	if (!ISO.test(from)) issues.push('from-missing');
	if (!ISO.test(to)) issues.push('to-missing');
	if (issues.length > 0) return issues;
	if (from > to) return ['reversed'];
	if (addDays(from, MAX_DAYS) < to) return ['too-long'];
	return [];
}

/** The month before `today`'s, first to last day: what a monthly report covers. */
export function lastMonth(today: string): { from: string; to: string } {
	const firstOfThisMonth = `${today.slice(0, 7)}-01`;
	const to = addDays(firstOfThisMonth, -1);
	return { from: `${to.slice(0, 7)}-01`, to };
}
