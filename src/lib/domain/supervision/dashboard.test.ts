// The dashboard's figures from hand-built facts: each figure, month boundaries, period edges, the
// 4-month rule at month ends, pending against missed, and the team and worker filters.

import { describe, expect, it } from 'vitest';
import { dashboardFigures, monthsBetween, type DashboardOptions } from './dashboard.ts';
import type { Alert, ChildFact, PlanFact, ScreeningFact, SupervisionFacts, VisitFact } from './types.ts';

let serial = 0;
const id = (prefix: string) => `${prefix}:${++serial}`;

function visit(visitDate: string, extra: Partial<VisitFact> = {}): VisitFact {
	return { id: id('visit'), familyId: 'family:1', team: 'chuo', kind: 'postpartum-care', visitDate, author: 'midwife1', review: { status: 'approved' }, flags: [], ...extra };
}

function screening(screenedOn: string, extra: Partial<ScreeningFact> = {}): ScreeningFact {
	return { id: id('screening'), familyId: 'family:1', team: 'chuo', instrument: 'epds', screenedOn, total: 3, positive: false, selfHarm: false, source: 'visit', enteredBy: 'midwife1', ...extra };
}

function child(birthDate: string, extra: Partial<ChildFact> = {}): ChildFact {
	return { id: id('child'), familyId: 'family:1', team: 'chuo', birthDate, ...extra };
}

function plan(extra: Partial<PlanFact> = {}): PlanFact {
	return { id: id('plan'), familyId: 'family:1', team: 'chuo', status: 'active', planDate: '2026-01-10', reviewDue: '2026-07-01', author: 'phn1', supportLevel: 'moderate', ...extra };
}

function alert(extra: Partial<Alert> = {}): Alert {
	return { id: id('alert'), familyId: 'family:1', team: 'chuo', kind: 'epds-positive', sourceId: 'screening:1', on: '2026-03-01', detail: {}, state: 'open', steps: [], current: true, ...extra };
}

function family(parts: Partial<SupervisionFacts>): SupervisionFacts {
	return { visits: [], screenings: [], children: [], plans: [], alerts: [], ...parts };
}

const PERIOD: DashboardOptions = { from: '2026-01', to: '2026-06', today: '2026-06-20' };

describe('monthsBetween', () => {
	it('lists every month, across a year end', () => {
		expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
		expect(monthsBetween('2026-03', '2026-03')).toEqual(['2026-03']);
		expect(monthsBetween('2026-04', '2026-03')).toEqual([]);
	});
});

describe('visits', () => {
	it('counts by month and kind, a month end and the next day apart', () => {
		const figures = dashboardFigures(
			[family({ visits: [visit('2026-01-31'), visit('2026-02-01', { kind: 'universal' }), visit('2026-02-28', { kind: 'universal' })] })],
			PERIOD
		);
		expect(figures.months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
		expect(figures.visits.byMonth['postpartum-care']).toEqual([1, 0, 0, 0, 0, 0]);
		expect(figures.visits.byMonth.universal).toEqual([0, 2, 0, 0, 0, 0]);
		expect(figures.visits.total).toBe(3);
		expect(figures.visits.byKind).toEqual({ 'pregnancy-interview': 0, 'postpartum-care': 1, universal: 2, companion: 0 });
	});

	it('keeps the first and last day of the period and nothing outside it', () => {
		const dates = ['2025-12-31', '2026-01-01', '2026-06-30', '2026-07-01'];
		const byMonths = dashboardFigures([family({ visits: dates.map((d) => visit(d)) })], PERIOD);
		expect(byMonths.visits.total).toBe(2);
		// Days as well as months: a period from the 15th leaves out the 14th.
		const byDays = dashboardFigures([family({ visits: ['2026-01-14', '2026-01-15', '2026-02-10', '2026-02-11'].map((d) => visit(d)) })], {
			...PERIOD,
			from: '2026-01-15',
			to: '2026-02-10'
		});
		expect(byDays.months).toEqual(['2026-01', '2026-02']);
		expect(byDays.visits.byMonth['postpartum-care']).toEqual([1, 1]);
		// A period ending in a 31-day month keeps its 31st.
		expect(dashboardFigures([family({ visits: [visit('2026-05-31'), visit('2026-06-01')] })], { ...PERIOD, to: '2026-05' }).visits.total).toBe(1);
	});

	it('places months across a year end', () => {
		const figures = dashboardFigures([family({ visits: ['2025-11-30', '2025-12-31', '2026-01-01', '2026-02-28'].map((d) => visit(d)) })], { ...PERIOD, from: '2025-11', to: '2026-02' });
		expect(figures.months).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
		expect(figures.visits.byMonth['postpartum-care']).toEqual([1, 1, 1, 1]);
	});

	it('counts by team and by worker with the kinds, most visits first', () => {
		const figures = dashboardFigures(
			[
				family({ visits: [visit('2026-02-01'), visit('2026-02-02', { author: 'phn1', kind: 'universal' })] }),
				family({ visits: [visit('2026-03-01', { team: 'kita', author: 'phn2', kind: 'universal' }), visit('2026-03-02', { team: 'kita', author: 'phn2' }), visit('2026-03-03', { team: 'kita', author: 'phn1', kind: 'companion' })] })
			],
			PERIOD
		);
		expect(figures.byTeam.map((t) => [t.name, t.total])).toEqual([
			['kita', 3],
			['chuo', 2]
		]);
		expect(figures.byTeam[0]!.byKind).toEqual({ 'pregnancy-interview': 0, 'postpartum-care': 1, universal: 1, companion: 1 });
		expect(figures.byWorker.map((w) => [w.name, w.total])).toEqual([
			['phn1', 2],
			['phn2', 2],
			['midwife1', 1]
		]);
		expect(figures.byWorker[0]!.byKind).toEqual({ 'pregnancy-interview': 0, 'postpartum-care': 0, universal: 1, companion: 1 });
	});
});

describe('reviews', () => {
	it('counts the period by review state, and the backlog whatever its date', () => {
		const figures = dashboardFigures(
			[
				family({
					visits: [
						visit('2026-02-01', { review: { status: 'awaiting' } }),
						visit('2026-02-02', { review: { status: 'resubmitted' } }),
						visit('2026-02-03', { review: { status: 'returned' } }),
						visit('2026-02-04'),
						visit('2025-06-01', { review: { status: 'awaiting' } })
					]
				})
			],
			PERIOD
		);
		expect(figures.reviews).toEqual({ awaiting: 1, resubmitted: 1, returned: 1, approved: 1 });
		expect(figures.reviewBacklog).toBe(3);
	});
});

describe('due and done', () => {
	it('puts a next visit in the month of its date, kept by a later visit within 14 days', () => {
		const figures = dashboardFigures(
			[
				// due 03-10, visited 03-24 (day 14): kept
				family({ visits: [visit('2026-02-20', { nextVisitOn: '2026-03-10' }), visit('2026-03-24')] }),
				// due 03-31, visited 04-15 (day 15): not kept, and the grace ended before today: missed
				family({ visits: [visit('2026-03-01', { nextVisitOn: '2026-03-31' }), visit('2026-04-15')] }),
				// due 04-01: a visit before the one that set it does not keep it
				family({ visits: [visit('2026-01-05'), visit('2026-03-15', { nextVisitOn: '2026-04-01' })] }),
				// due 06-10: grace runs to 06-24, today is 06-20: pending, not missed
				family({ visits: [visit('2026-05-30', { nextVisitOn: '2026-06-10' })] }),
				// due outside the period: not counted
				family({ visits: [visit('2026-06-25', { nextVisitOn: '2026-07-01' })] })
			],
			PERIOD
		);
		expect(figures.due.nextVisit).toEqual({
			due: [0, 0, 2, 1, 0, 1],
			done: [0, 0, 1, 0, 0, 0],
			pending: [0, 0, 0, 0, 0, 1]
		});
	});

	it('puts a universal visit in the month the baby reaches 4 months, by calendar months at month ends', () => {
		const figures = dashboardFigures(
			[
				family({
					children: [
						// born 10-31: 4 months on 02-28, visited that day: done in February
						child('2025-10-31', { universalVisitOn: '2026-02-28' }),
						// born 01-31: 4 months on 05-31, visited 06-01: due in May, not done
						child('2026-01-31', { universalVisitOn: '2026-06-01' }),
						// born 02-28: 4 months on 06-28, after today: pending
						child('2026-02-28'),
						// born 02-20: 4 months on 06-20, today: still pending
						child('2026-02-20'),
						// born 08-31: 4 months on 12-31, before the period
						child('2025-08-31')
					]
				})
			],
			PERIOD
		);
		expect(figures.due.universal).toEqual({
			due: [0, 1, 0, 0, 1, 2],
			done: [0, 1, 0, 0, 0, 0],
			pending: [0, 0, 0, 0, 0, 2]
		});
	});
});

describe('screenings', () => {
	it('counts screened and positives per month and instrument, item 10 apart', () => {
		const figures = dashboardFigures(
			[
				family({
					screenings: [
						screening('2026-01-10', { positive: true, total: 12 }),
						screening('2026-01-31', { positive: false, selfHarm: true }),
						screening('2026-02-01'),
						screening('2026-02-02', { instrument: 'bonding', positive: true }),
						screening('2026-03-03', { instrument: 'checklist', positive: true }),
						screening('2026-03-04', { instrument: 'checklist' }),
						screening('2026-07-01', { positive: true })
					]
				})
			],
			PERIOD
		);
		expect(figures.screenings.screened).toEqual({ epds: [2, 1, 0, 0, 0, 0], bonding: [0, 1, 0, 0, 0, 0], checklist: [0, 0, 2, 0, 0, 0] });
		expect(figures.screenings.positive).toEqual({
			epds: [1, 0, 0, 0, 0, 0],
			'epds-self-harm': [1, 0, 0, 0, 0, 0],
			bonding: [0, 1, 0, 0, 0, 0],
			checklist: [0, 0, 1, 0, 0, 0]
		});
		expect(figures.screenings.screenedTotal).toEqual({ epds: 3, bonding: 1, checklist: 2 });
		expect(figures.screenings.positiveTotal).toEqual({ epds: 1, 'epds-self-harm': 1, bonding: 1, checklist: 1 });
	});
});

describe('coverage', () => {
	it('counts babies born in the period against 4 and 2 months, pending apart from missed', () => {
		const figures = dashboardFigures(
			[
				family({
					children: [
						child('2026-01-31', { universalVisitOn: '2026-03-20' }), // 2 m: 03-31 visited; 4 m: visited
						child('2026-01-01', { universalVisitOn: '2026-04-10' }), // 2 m: 03-01 late; 4 m: 05-01 visited
						child('2026-02-15'), // 2 m: 04-15 missed; 4 m: 06-15 missed
						child('2026-02-20', { universalVisitOn: '2026-06-19' }), // 2 m: late; 4 m: 06-20 = today, visited early: pending
						child('2026-05-01'), // 2 m: 07-01 pending; 4 m: pending
						child('2025-12-31', { universalVisitOn: '2026-01-10' }) // born before the period
					]
				})
			],
			PERIOD
		);
		expect(figures.coverage.legal).toEqual({ targetMonths: 4, born: 5, due: 3, visited: 2, late: 0, missed: 1, pending: 2, early: 1 });
		expect(figures.coverage.local).toEqual({ targetMonths: 2, born: 5, due: 4, visited: 1, late: 2, missed: 1, pending: 1, early: 0 });
		expect(figures.coverage.byBirthMonth).toEqual({
			visited: [2, 0, 0, 0, 0, 0],
			late: [0, 0, 0, 0, 0, 0],
			missed: [0, 1, 0, 0, 0, 0],
			pending: [0, 1, 0, 0, 1, 0]
		});
	});

	it('takes other target ages when told', () => {
		const figures = dashboardFigures([family({ children: [child('2026-01-31', { universalVisitOn: '2026-03-20' })] })], { ...PERIOD, targetMonths: 1, localTargetMonths: 3 });
		expect(figures.coverage.legal).toMatchObject({ targetMonths: 1, late: 1 });
		expect(figures.coverage.local).toMatchObject({ targetMonths: 3, visited: 1 });
	});
});

describe('alerts and plans', () => {
	it('counts alerts not closed by kind and state, whatever their date', () => {
		const figures = dashboardFigures(
			[
				family({
					alerts: [
						alert(),
						alert({ kind: 'epds-self-harm', state: 'acknowledged' }),
						alert({ kind: 'epds-self-harm', state: 'assigned', assignee: 'phn1' }),
						alert({ state: 'closed' }),
						alert({ on: '2024-01-01', current: false })
					]
				})
			],
			PERIOD
		);
		expect(figures.alerts.open).toBe(4);
		expect(figures.alerts.byState).toEqual({ open: 2, acknowledged: 1, assigned: 1 });
		expect(figures.alerts.byKind['epds-positive']).toEqual({ open: 2, acknowledged: 0, assigned: 0 });
		expect(figures.alerts.byKind['epds-self-harm']).toEqual({ open: 0, acknowledged: 1, assigned: 1 });
		expect(figures.alerts.byKind.bonding).toEqual({ open: 0, acknowledged: 0, assigned: 0 });
	});

	it('counts active plans and those past their review date', () => {
		const figures = dashboardFigures([family({ plans: [plan(), plan({ reviewDue: '2026-06-19' }), plan({ reviewDue: '2026-06-20' }), plan({ status: 'closed', reviewDue: '2026-01-01' })] })], PERIOD);
		expect(figures.plans).toEqual({ active: 3, reviewOverdue: 1 });
	});
});

describe('filters', () => {
	const city = [
		family({
			visits: [visit('2026-02-01', { nextVisitOn: '2026-02-20', review: { status: 'awaiting' } }), visit('2026-02-10', { author: 'phn1' })],
			screenings: [screening('2026-02-01', { positive: true }), screening('2026-02-10', { enteredBy: 'phn1', positive: true })],
			children: [child('2026-01-10')],
			plans: [plan(), plan({ author: 'midwife1' })],
			alerts: [alert({ state: 'assigned', assignee: 'phn1' }), alert()]
		}),
		family({
			visits: [visit('2026-03-01', { team: 'kita', author: 'phn2' })],
			screenings: [screening('2026-03-01', { team: 'kita', enteredBy: 'phn2' })],
			children: [child('2026-02-10', { team: 'kita' })],
			plans: [plan({ team: 'kita', author: 'phn2' })],
			alerts: [alert({ team: 'kita' })]
		})
	];

	it('keeps only the chosen teams in every figure', () => {
		const figures = dashboardFigures(city, { ...PERIOD, teams: ['kita'] });
		expect(figures.visits.total).toBe(1);
		expect(figures.byTeam.map((t) => t.name)).toEqual(['kita']);
		expect(figures.screenings.screenedTotal.epds).toBe(1);
		expect(figures.coverage.legal.born).toBe(1);
		expect(figures.plans.active).toBe(1);
		expect(figures.alerts.open).toBe(1);
		expect(figures.due.nextVisit.due).toEqual([0, 0, 0, 0, 0, 0]);
		expect(dashboardFigures(city, { ...PERIOD, teams: [] }).visits.total).toBe(0);
		expect(dashboardFigures(city, { ...PERIOD, teams: undefined }).visits.total).toBe(3);
	});

	it("keeps only the worker's visits, screenings, plans and assigned alerts, but every worker to choose from", () => {
		const figures = dashboardFigures(city, { ...PERIOD, worker: 'phn1' });
		expect(figures.visits.total).toBe(1);
		expect(figures.byWorker.map((w) => w.name)).toEqual(['phn1']);
		expect(figures.workers).toEqual(['midwife1', 'phn1', 'phn2']);
		expect(figures.screenings.positiveTotal.epds).toBe(1);
		expect(figures.plans.active).toBe(1);
		expect(figures.alerts.open).toBe(1);
		expect(figures.reviewBacklog).toBe(0);
		// phn1 set no next visit; midwife1's is theirs
		expect(figures.due.nextVisit.due[1]).toBe(0);
		expect(dashboardFigures(city, { ...PERIOD, worker: 'midwife1' }).due.nextVisit.due[1]).toBe(1);
		// babies have no worker: coverage is the team's
		expect(figures.coverage.legal.born).toBe(2);
	});

	it('reads any iterable of facts once', () => {
		let reads = 0;
		function* facts() {
			for (const f of city) {
				reads++;
				yield f;
			}
		}
		expect(dashboardFigures(facts(), PERIOD).visits.total).toBe(3);
		expect(reads).toBe(2);
	});
});
