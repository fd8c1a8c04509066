// The 支援台帳 lists every family with an alert not closed or an active plan, unacted first.
import { describe, expect, it } from 'vitest';
import { supportRegister } from './support-register.ts';
import type { Alert, PlanFact, SupervisionFacts } from './types.ts';

function alert(familyId: string, over: Partial<Alert> = {}): Alert {
	return { id: `${over.kind ?? 'epds-positive'}|${familyId}`, familyId, team: 'chuo', kind: 'epds-positive', sourceId: 'screening:x', on: '2026-11-10', detail: {}, state: 'open', steps: [], current: true, ...over };
}

function plan(familyId: string, over: Partial<PlanFact> = {}): PlanFact {
	return { id: `plan:${familyId}`, familyId, team: 'chuo', status: 'active', planDate: '2026-10-01', reviewDue: '2026-12-01', author: 'coordinator1', supportLevel: 'intensive', ...over };
}

function facts(alerts: Alert[], plans: PlanFact[] = []): SupervisionFacts {
	return { visits: [], screenings: [], children: [], plans, alerts };
}

const city = [
	facts([alert('family:a', { state: 'acknowledged' })]),
	facts([alert('family:b', { kind: 'epds-self-harm' })]),
	facts([alert('family:c', { on: '2026-11-01' })]),
	facts([alert('family:d', { state: 'closed' })]),
	facts([], [plan('family:e')]),
	facts([alert('family:f', { state: 'assigned', assignee: 'phn1', team: 'kita' })], [plan('family:f', { team: 'kita' })]),
	facts([], [plan('family:g', { status: 'closed' })]),
	undefined
];

const ids = (filter = {}) => supportRegister(city, filter).map((row) => row.familyId);

describe('supportRegister', () => {
	it('lists families with alerts not closed or an active plan: unacted first, then by severity and age', () => {
		expect(ids()).toEqual(['family:b', 'family:c', 'family:a', 'family:f', 'family:e']);
	});

	it('carries the active plan beside the alerts', () => {
		const row = supportRegister(city).find((r) => r.familyId === 'family:f');
		expect(row?.plan?.id).toBe('plan:family:f');
		expect(row?.alerts.map((a) => a.state)).toEqual(['assigned']);
	});

	it('filters by team, kind, state and assignee', () => {
		expect(ids({ team: 'kita' })).toEqual(['family:f']);
		expect(ids({ kind: 'epds-self-harm' })).toEqual(['family:b']);
		expect(ids({ state: 'closed' })).toEqual(['family:d']);
		expect(ids({ state: 'open' })).toEqual(['family:b', 'family:c']);
		expect(ids({ assignee: 'phn1' })).toEqual(['family:f']);
	});
});
