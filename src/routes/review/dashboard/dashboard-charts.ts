// The dashboard's figures as the charts take them: month names, one series per visit kind, state or
// signal, in a fixed order so a legend reads the same from chart to chart. Pure: the words come in.

import type { MessageKey } from '$lib/i18n/messages/ja';
import { ALERT_KINDS, VISIT_KINDS } from '$lib/domain/records/index';
import { OPEN_ALERT_STATES, REVIEW_STATUSES, SCREENING_SIGNALS, type DashboardFigures, type DueSeries, type VisitTally } from '$lib/domain/supervision/dashboard';
import type { ChartSeries } from '$lib/ui/chart/chart-scale';

export type Words = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface ChartData {
	categories: string[];
	series: ChartSeries[];
}

export function monthNames(months: readonly string[], words: Words): string[] {
	return months.map((month) => words('dashboard.month', { year: month.slice(0, 4), month: Number(month.slice(5, 7)) }));
}

export function visitsByMonth(figures: DashboardFigures, words: Words): ChartData {
	return {
		categories: monthNames(figures.months, words),
		series: VISIT_KINDS.map((kind) => ({ name: words(`dashboard.kind.${kind}`), values: figures.visits.byMonth[kind] }))
	};
}

export function dueAndDone(figures: DashboardFigures, due: DueSeries, words: Words): ChartData {
	return {
		categories: monthNames(figures.months, words),
		series: [
			{ name: words('dashboard.due.due'), values: due.due },
			{ name: words('dashboard.due.done'), values: due.done },
			{ name: words('dashboard.due.pending'), values: due.pending }
		]
	};
}

export function screeningPositives(figures: DashboardFigures, words: Words): ChartData {
	return {
		categories: monthNames(figures.months, words),
		series: SCREENING_SIGNALS.map((signal) => ({ name: words(`dashboard.screening.${signal}`), values: figures.screenings.positive[signal] }))
	};
}

/** Late and missed together: neither was visited in time (the meters give them apart). */
export function coverageByBirthMonth(figures: DashboardFigures, words: Words): ChartData {
	const { visited, late, missed, pending } = figures.coverage.byBirthMonth;
	return {
		categories: monthNames(figures.months, words),
		series: [
			{ name: words('dashboard.coverage.visited'), values: visited },
			{ name: `${words('dashboard.coverage.late')}・${words('dashboard.coverage.missed')}`, values: late.map((n, i) => n + (missed[i] ?? 0)) },
			{ name: words('dashboard.coverage.pending'), values: pending }
		]
	};
}

/** Teams or workers by visit kind; a kind nobody in the list did is left out, so the rows stay short. */
export function visitTallies(tallies: readonly VisitTally[], words: Words): ChartData {
	const kinds = VISIT_KINDS.filter((kind) => tallies.some((tally) => tally.byKind[kind] > 0));
	return {
		categories: tallies.map((tally) => tally.name),
		series: kinds.map((kind) => ({ name: words(`dashboard.kind.${kind}`), values: tallies.map((tally) => tally.byKind[kind]) }))
	};
}

/** Kinds with an open alert only; every state, so the three columns line up. */
export function alertsByKind(figures: DashboardFigures, words: Words): ChartData {
	const kinds = ALERT_KINDS.filter((kind) => OPEN_ALERT_STATES.some((state) => figures.alerts.byKind[kind][state] > 0));
	return {
		categories: kinds.map((kind) => words(`register.flag.${kind}`)),
		series: OPEN_ALERT_STATES.map((state) => ({ name: words(`dashboard.alertState.${state}`), values: kinds.map((kind) => figures.alerts.byKind[kind][state]) }))
	};
}

export function reviewStates(figures: DashboardFigures, words: Words): ChartData {
	return {
		categories: REVIEW_STATUSES.map((status) => words(`dashboard.review.${status}`)),
		series: [{ name: words('dashboard.visits.value'), values: REVIEW_STATUSES.map((status) => figures.reviews[status]) }]
	};
}
