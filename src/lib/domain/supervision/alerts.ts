// Risk alerts: each current risk flag of a family is an alert, and the alert records (steps taken
// on it) say where it stands. An alert someone has acted on stays listed until it is closed, even
// when later records no longer raise it, so nothing acknowledged or assigned silently disappears.

import { dateOfTimestamp } from '../calendar.ts';
import type { RiskFlag, RiskFlagKind } from '../family-file/risk-flag.ts';
import { compareFlags } from '../family-file/risk-flags.ts';
import { compareByCreation } from '../records/envelope.ts';
import type { AlertRecord } from '../records/index.ts';
import type { Alert, AlertState, AlertStep } from './types.ts';

/** The same finding gives the same id on every device. */
export function alertId(kind: string, sourceId: string): string {
	return `${kind}|${sourceId}`;
}

function stepOf(record: AlertRecord): AlertStep {
	const step: AlertStep = { id: record._id, action: record.action, by: record.createdBy, at: record.createdAt };
	if (record.action === 'assigned') step.assignee = record.assignee;
	if (record.action === 'closed') step.actionTaken = record.actionTaken;
	if (record.note !== undefined) step.note = record.note;
	return step;
}

/** The state after `steps` (oldest first): the latest step decides; an assignee stays until closed or reopened. */
export function alertStateOf(steps: readonly AlertStep[]): { state: AlertState; assignee?: string } {
	let state: AlertState = 'open';
	let assignee: string | undefined;
	for (const step of steps) {
		if (step.action === 'assigned') {
			state = 'assigned';
			assignee = step.assignee;
		} else if (step.action === 'acknowledged') {
			state = assignee === undefined ? 'acknowledged' : 'assigned';
		} else if (step.action === 'closed') {
			state = 'closed';
			assignee = undefined;
		} else {
			state = 'open';
			assignee = undefined;
		}
	}
	return assignee === undefined ? { state } : { state, assignee };
}

/**
 * A family's alerts from its current flags and the steps recorded on alerts, most severe first,
 * then most recent. `team` is the family's team (alerts of a family without a family record on
 * the device take the team of their records).
 */
export function alertsOf(familyId: string, team: string, flags: readonly RiskFlag[], records: readonly AlertRecord[]): Alert[] {
	const stepsById = new Map<string, AlertRecord[]>();
	for (const record of records) {
		const id = alertId(record.alertKind, record.sourceId);
		const list = stepsById.get(id);
		if (list === undefined) stepsById.set(id, [record]);
		else list.push(record);
	}
	const alerts: Alert[] = [];
	const build = (id: string, kind: RiskFlagKind, sourceId: string, on: string, detail: Alert['detail'], current: boolean) => {
		const steps = (stepsById.get(id) ?? []).sort(compareByCreation).map(stepOf);
		alerts.push({ id, familyId, team, kind, sourceId, on, detail, steps, current, ...alertStateOf(steps) });
	};
	const seen = new Set<string>();
	for (const flag of flags) {
		const id = alertId(flag.kind, flag.sourceId);
		if (seen.has(id)) continue;
		seen.add(id);
		build(id, flag.kind, flag.sourceId, flag.on, flag.detail, true);
	}
	for (const [id, list] of stepsById) {
		if (seen.has(id)) continue;
		const first = list[0]!;
		// Known only from its steps now: dated by the first step.
		build(id, first.alertKind, first.sourceId, dateOfTimestamp(first.createdAt), {}, false);
	}
	return alerts.sort(compareFlags);
}

/** Not closed: on the 支援台帳 and counted as open on the dashboard. */
export function isOpenAlert(alert: Pick<Alert, 'state'>): boolean {
	return alert.state !== 'closed';
}
