// Alert rules: every current risk flag is an alert; its steps (acknowledged, assigned, closed,
// reopened) give its state; an alert someone acted on stays until closed.
import { describe, expect, it } from 'vitest';
import { riskFlags } from '../family-file/risk-flags.ts';
import { buildCompanionVisit, buildEpds, buildFamily, buildRisk } from '../records/factories.ts';
import { buildAlertStep, buildBonding, buildFamilyFile } from '../records/factories-more.ts';
import type { YorisoiRecord } from '../records/index.ts';
import { alertId, alertsOf, alertStateOf, isOpenAlert } from './alerts.ts';

const TODAY = '2026-11-20';
const family = buildFamily({ assignedTo: { phn: 'phn1' } });
const at = (iso: string) => ({ at: new Date(iso) });

function alerts(...records: YorisoiRecord[]) {
	const file = buildFamilyFile(family, ...records);
	return alertsOf(family._id, family.team, riskFlags(file, undefined, TODAY), file.alerts);
}

describe('alerts raised from records', () => {
	it('raises one alert per risk flag: EPDS at the cutoff, item 10, bonding, a judgement, a promoter concern', () => {
		const epds = buildEpds(family, { total: 12, item10: 1, screenedOn: '2026-11-18' });
		const bonding = buildBonding(family, { total: 6 });
		const risk = buildRisk(family);
		const concern = buildCompanionVisit(family, { visitDate: '2026-11-15', concernsForPhn: '夜眠れていない様子' });
		const list = alerts(epds, bonding, risk, concern);
		expect(list.map((a) => a.kind)).toEqual(['epds-self-harm', 'risk-judgement', 'epds-positive', 'bonding', 'promoter-concern']);
		for (const alert of list) {
			expect(alert.state).toBe('open');
			expect(alert.current).toBe(true);
			expect(alert.id).toBe(alertId(alert.kind, alert.sourceId));
		}
		expect(list[0]).toMatchObject({ sourceId: epds._id, on: '2026-11-18', detail: { item10: 1 } });
	});

	it('raises nothing below the cutoff', () => {
		expect(alerts(buildEpds(family, { total: 8, item10: 0 }))).toEqual([]);
	});

	it('follows its steps: acknowledged, assigned, closed with the action taken', () => {
		const epds = buildEpds(family, { total: 12, item10: 0 });
		const step = (action: object, iso: string) =>
			buildAlertStep(family, { alertKind: 'epds-positive', sourceId: epds._id, ...action }, at(iso));
		const ack = step({ action: 'acknowledged' }, '2026-11-19T00:00:00Z');
		const assign = step({ action: 'assigned', assignee: 'phn1', note: '今週中に訪問' }, '2026-11-19T01:00:00Z');
		const close = step({ action: 'closed', actionTaken: '訪問し精神科受診を勧めた' }, '2026-11-20T01:00:00Z');
		expect(alerts(epds, ack)[0]?.state).toBe('acknowledged');
		expect(alerts(epds, assign, ack)[0]).toMatchObject({ state: 'assigned', assignee: 'phn1' });
		const closed = alerts(epds, close, assign, ack)[0]!;
		expect(closed.state).toBe('closed');
		expect(closed.assignee).toBeUndefined();
		expect(closed.steps.map((s) => s.action)).toEqual(['acknowledged', 'assigned', 'closed']);
		expect(closed.steps[2]).toMatchObject({ actionTaken: '訪問し精神科受診を勧めた', by: 'coordinator1' });
		expect(isOpenAlert(closed)).toBe(false);
	});

	it('keeps an acted-on alert until it is closed, even when a later result no longer raises it', () => {
		const positive = buildEpds(family, { total: 12, item10: 0, screenedOn: '2026-11-01' });
		const later = buildEpds(family, { total: 4, item10: 0, screenedOn: '2026-11-15' });
		const ack = buildAlertStep(family, { alertKind: 'epds-positive', sourceId: positive._id }, at('2026-11-02T00:00:00Z'));
		const list = alerts(positive, later, ack);
		expect(list).toHaveLength(1);
		expect(list[0]).toMatchObject({ kind: 'epds-positive', sourceId: positive._id, current: false, state: 'acknowledged', on: '2026-11-02' });
		// Never acted on, it goes with the flag.
		expect(alerts(positive, later)).toEqual([]);
	});

	it('does not mix up steps on different alerts of the same family', () => {
		const epds = buildEpds(family, { total: 12, item10: 1 });
		const ack = buildAlertStep(family, { alertKind: 'epds-self-harm', sourceId: epds._id });
		const list = alerts(epds, ack);
		expect(list.find((a) => a.kind === 'epds-self-harm')?.state).toBe('acknowledged');
		expect(list.find((a) => a.kind === 'epds-positive')?.state).toBe('open');
	});
});

describe('alertStateOf', () => {
	const step = (action: 'acknowledged' | 'assigned' | 'closed' | 'reopened', assignee?: string) => ({
		id: action,
		action,
		by: 'x',
		at: '2026-11-20T00:00:00Z',
		...(assignee ? { assignee } : {})
	});

	it('is open with no steps, and again after reopening', () => {
		expect(alertStateOf([])).toEqual({ state: 'open' });
		expect(alertStateOf([step('closed'), step('reopened')])).toEqual({ state: 'open' });
	});

	it('keeps the assignee when acknowledged again, drops it when closed', () => {
		expect(alertStateOf([step('assigned', 'phn1'), step('acknowledged')])).toEqual({ state: 'assigned', assignee: 'phn1' });
		expect(alertStateOf([step('assigned', 'phn1'), step('assigned', 'phn2')])).toEqual({ state: 'assigned', assignee: 'phn2' });
		expect(alertStateOf([step('assigned', 'phn1'), step('closed')])).toEqual({ state: 'closed' });
	});
});
