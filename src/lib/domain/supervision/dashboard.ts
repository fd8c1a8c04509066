// The supervisor's dashboard figures, counted in one pass over every family's supervision facts
// (types.ts): a city of 20,000 families and 100,000 visits is counted in memory, offline, in a few
// tens of milliseconds, so the screen recounts on every change of period, team or worker.
//
// What is filtered by what:
// - the period: visits by visit date, screenings by screened date, babies (coverage) by birth date,
//   due dates (next visits, universal visits) by the due date; alerts and plans are as they stand today
// - the teams: every figure, by the team of the record
// - the worker: visits and due next-visits by their author, screenings by who entered them, plans by
//   author, alerts by assignee; babies have no worker, so coverage and universal dues ignore it

import { addDays } from '../calendar.ts';
import type { RiskFlagKind } from '../family-file/risk-flag.ts';
import { ALERT_KINDS, SCREENING_INSTRUMENTS, VISIT_KINDS, type ScreeningInstrument, type VisitKind } from '../records/index.ts';
import { countCoverage, emptyCoverage, LEGAL_TARGET_MONTHS, NAGAOKA_TARGET_MONTHS, universalVisitTarget, type Coverage } from './coverage.ts';
import type { AlertState, ReviewStatus, SupervisionFacts } from './types.ts';

/** Days after a next-visit date within which a visit still counts as keeping it. */
export const NEXT_VISIT_GRACE_DAYS = 14;

export const REVIEW_STATUSES = ['awaiting', 'resubmitted', 'returned', 'approved'] as const satisfies readonly ReviewStatus[];
export const OPEN_ALERT_STATES = ['open', 'acknowledged', 'assigned'] as const satisfies readonly AlertState[];
export type OpenAlertState = (typeof OPEN_ALERT_STATES)[number];
/** What the screening chart counts per month: each instrument's positives, and EPDS item 10 apart. */
export const SCREENING_SIGNALS = ['epds', 'epds-self-harm', 'bonding', 'checklist'] as const;
export type ScreeningSignal = (typeof SCREENING_SIGNALS)[number];

export interface DashboardOptions {
	/** first day (YYYY-MM-DD) or month (YYYY-MM) of the period, inclusive */
	from: string;
	/** last day (YYYY-MM-DD) or month (YYYY-MM) of the period, inclusive */
	to: string;
	/** YYYY-MM-DD: what has passed, what is overdue */
	today: string;
	/** only these teams; undefined: every team on the device */
	teams?: string[] | undefined;
	/** only this worker's work (user name) */
	worker?: string | undefined;
	/** the universal visit's limit, in calendar months (default: the legal 4) */
	targetMonths?: number;
	/** the local aim reported beside it (default: Nagaoka's 2) */
	localTargetMonths?: number;
}

export type KindCounts = Record<VisitKind, number>;

export interface VisitTally {
	name: string;
	total: number;
	byKind: KindCounts;
}

/** Per month of the period, aligned with `DashboardFigures.months`. */
export interface DueSeries {
	due: number[];
	/** kept: a visit by the due date (+ the grace days for next visits) */
	done: number[];
	/** not kept yet, but still in time: not a miss */
	pending: number[];
}

export interface DashboardFigures {
	/** every month of the period, YYYY-MM, oldest first: the x axis of every monthly series */
	months: string[];
	visits: { total: number; byKind: KindCounts; byMonth: Record<VisitKind, number[]> };
	/** most visits first */
	byTeam: VisitTally[];
	/** most visits first (visit authors) */
	byWorker: VisitTally[];
	/** every visit author in the period and teams, whatever the worker filter: the worker picker's choices */
	workers: string[];
	due: { nextVisit: DueSeries; universal: DueSeries };
	screenings: {
		screened: Record<ScreeningInstrument, number[]>;
		positive: Record<ScreeningSignal, number[]>;
		screenedTotal: Record<ScreeningInstrument, number>;
		positiveTotal: Record<ScreeningSignal, number>;
	};
	coverage: {
		/** the legal limit (4 months) */
		legal: Coverage;
		/** the local aim (about 2 months) */
		local: Coverage;
		/** the legal limit by month of birth */
		byBirthMonth: { visited: number[]; late: number[]; missed: number[]; pending: number[] };
	};
	alerts: { open: number; byState: Record<OpenAlertState, number>; byKind: Record<RiskFlagKind, Record<OpenAlertState, number>> };
	plans: { active: number; reviewOverdue: number };
	/** visits in the period by where their review stands */
	reviews: Record<ReviewStatus, number>;
	/** visits waiting for a reviewer (awaiting or resubmitted), whatever their date */
	reviewBacklog: number;
}

/** Every month from `from` to `to` (YYYY-MM), inclusive. */
export function monthsBetween(from: string, to: string): string[] {
	const months: string[] = [];
	let year = Number(from.slice(0, 4));
	let month = Number(from.slice(5, 7));
	const end = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
	while (year * 12 + month <= end) {
		months.push(`${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}`);
		month++;
		if (month > 12) {
			month = 1;
			year++;
		}
	}
	return months;
}

const zeros = (n: number) => new Array<number>(n).fill(0);
const recordOf = <K extends string, V>(keys: readonly K[], value: () => V) => Object.fromEntries(keys.map((key) => [key, value()])) as Record<K, V>;
const kindCounts = (): KindCounts => recordOf(VISIT_KINDS, () => 0);
const dueSeries = (n: number): DueSeries => ({ due: zeros(n), done: zeros(n), pending: zeros(n) });

function tallies(map: Map<string, KindCounts>): VisitTally[] {
	const list: VisitTally[] = [];
	for (const [name, byKind] of map) {
		let total = 0;
		for (const kind of VISIT_KINDS) total += byKind[kind];
		list.push({ name, total, byKind });
	}
	return list.sort((a, b) => b.total - a.total || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function count(map: Map<string, KindCounts>, key: string, kind: VisitKind): void {
	let counts = map.get(key);
	if (counts === undefined) map.set(key, (counts = kindCounts()));
	counts[kind]++;
}

/**
 * Months since year 0 of a YYYY-MM… string, from its character codes: a month's place in the
 * period without cutting a string out of every one of 100,000 dates.
 */
function monthNumber(date: string): number {
	const year = date.charCodeAt(0) * 1000 + date.charCodeAt(1) * 100 + date.charCodeAt(2) * 10 + date.charCodeAt(3) - 48 * 1111;
	return year * 12 + date.charCodeAt(5) * 10 + date.charCodeAt(6) - 48 * 11 - 1;
}

/** A date function remembered per date: a city has a few hundred distinct dates, not 100,000. */
function memo(compute: (date: string) => string): (date: string) => string {
	const cache = new Map<string, string>();
	return (date) => {
		let value = cache.get(date);
		if (value === undefined) cache.set(date, (value = compute(date)));
		return value;
	};
}

export function dashboardFigures(facts: Iterable<SupervisionFacts>, options: DashboardOptions): DashboardFigures {
	const from = options.from.length === 7 ? `${options.from}-01` : options.from;
	// Dates compare as strings, so the 31st closes any month, whatever its length.
	const to = options.to.length === 7 ? `${options.to}-31` : options.to;
	const { today, worker } = options;
	const teams = options.teams === undefined ? undefined : new Set(options.teams);
	const months = monthsBetween(from, to);
	const n = months.length;
	// Only ever asked of a date inside the period, so always 0 … n - 1.
	const firstMonth = monthNumber(from);
	const monthIndex = (date: string) => monthNumber(date) - firstMonth;
	const inPeriod = (date: string) => date >= from && date <= to;
	const graceEnd = memo((date) => addDays(date, NEXT_VISIT_GRACE_DAYS));
	const legalTarget = memo((birth) => universalVisitTarget(birth, options.targetMonths ?? LEGAL_TARGET_MONTHS));
	const localTarget = memo((birth) => universalVisitTarget(birth, options.localTargetMonths ?? NAGAOKA_TARGET_MONTHS));

	const figures: DashboardFigures = {
		months,
		visits: { total: 0, byKind: kindCounts(), byMonth: recordOf(VISIT_KINDS, () => zeros(n)) },
		byTeam: [],
		byWorker: [],
		workers: [],
		due: { nextVisit: dueSeries(n), universal: dueSeries(n) },
		screenings: {
			screened: recordOf(SCREENING_INSTRUMENTS, () => zeros(n)),
			positive: recordOf(SCREENING_SIGNALS, () => zeros(n)),
			screenedTotal: recordOf(SCREENING_INSTRUMENTS, () => 0),
			positiveTotal: recordOf(SCREENING_SIGNALS, () => 0)
		},
		coverage: {
			legal: emptyCoverage(options.targetMonths ?? LEGAL_TARGET_MONTHS),
			local: emptyCoverage(options.localTargetMonths ?? NAGAOKA_TARGET_MONTHS),
			byBirthMonth: { visited: zeros(n), late: zeros(n), missed: zeros(n), pending: zeros(n) }
		},
		alerts: { open: 0, byState: recordOf(OPEN_ALERT_STATES, () => 0), byKind: recordOf(ALERT_KINDS, () => recordOf(OPEN_ALERT_STATES, () => 0)) },
		plans: { active: 0, reviewOverdue: 0 },
		reviews: recordOf(REVIEW_STATUSES, () => 0),
		reviewBacklog: 0
	};
	const { visits, due, screenings, coverage, alerts, plans, reviews } = figures;
	const byTeam = new Map<string, KindCounts>();
	const byWorker = new Map<string, KindCounts>();
	const workers = new Set<string>();

	for (const family of facts) {
		for (const visit of family.visits) {
			if (teams !== undefined && !teams.has(visit.team)) continue;
			const byThisWorker = worker === undefined || visit.author === worker;
			const status = visit.review.status;
			if (byThisWorker && (status === 'awaiting' || status === 'resubmitted')) figures.reviewBacklog++;

			const next = visit.nextVisitOn;
			if (byThisWorker && next !== undefined && inPeriod(next)) {
				const m = monthIndex(next);
				const limit = graceEnd(next);
				due.nextVisit.due[m]!++;
				// Kept by any later visit to the family, by anyone, up to the grace days after the date.
				let kept = false;
				for (const other of family.visits) {
					if (other.visitDate > visit.visitDate && other.visitDate <= limit) {
						kept = true;
						break;
					}
				}
				if (kept) due.nextVisit.done[m]!++;
				else if (limit >= today) due.nextVisit.pending[m]!++;
			}

			if (!inPeriod(visit.visitDate)) continue;
			workers.add(visit.author);
			if (!byThisWorker) continue;
			const kind = visit.kind;
			visits.total++;
			visits.byKind[kind]++;
			visits.byMonth[kind][monthIndex(visit.visitDate)]!++;
			count(byTeam, visit.team, kind);
			count(byWorker, visit.author, kind);
			reviews[status]++;
		}

		for (const screening of family.screenings) {
			if (!inPeriod(screening.screenedOn) || (teams !== undefined && !teams.has(screening.team))) continue;
			if (worker !== undefined && screening.enteredBy !== worker) continue;
			const m = monthIndex(screening.screenedOn);
			const instrument = screening.instrument;
			screenings.screened[instrument][m]!++;
			screenings.screenedTotal[instrument]++;
			if (screening.positive) {
				screenings.positive[instrument][m]!++;
				screenings.positiveTotal[instrument]++;
			}
			if (screening.selfHarm) {
				screenings.positive['epds-self-harm'][m]!++;
				screenings.positiveTotal['epds-self-harm']++;
			}
		}

		for (const child of family.children) {
			if (teams !== undefined && !teams.has(child.team)) continue;
			const target = legalTarget(child.birthDate);
			if (inPeriod(target)) {
				const m = monthIndex(target);
				due.universal.due[m]!++;
				if (child.universalVisitOn !== undefined && child.universalVisitOn <= target) due.universal.done[m]!++;
				else if (target >= today) due.universal.pending[m]!++;
			}
			if (!inPeriod(child.birthDate)) continue;
			const outcome = countCoverage(coverage.legal, child, today, target);
			countCoverage(coverage.local, child, today, localTarget(child.birthDate));
			const m = monthIndex(child.birthDate);
			coverage.byBirthMonth[outcome === 'early' ? 'pending' : outcome][m]!++;
		}

		for (const plan of family.plans) {
			if (plan.status !== 'active' || (teams !== undefined && !teams.has(plan.team))) continue;
			if (worker !== undefined && plan.author !== worker) continue;
			plans.active++;
			if (plan.reviewDue < today) plans.reviewOverdue++;
		}

		for (const alert of family.alerts) {
			if (alert.state === 'closed' || (teams !== undefined && !teams.has(alert.team))) continue;
			if (worker !== undefined && alert.assignee !== worker) continue;
			alerts.open++;
			alerts.byState[alert.state]++;
			alerts.byKind[alert.kind][alert.state]++;
		}
	}

	figures.byTeam = tallies(byTeam);
	figures.byWorker = tallies(byWorker);
	figures.workers = [...workers].sort();
	return figures;
}
