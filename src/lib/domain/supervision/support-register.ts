// The 支援台帳 (DOMAIN.md §5): the mothers needing support — every family with an alert not yet
// closed or an active support plan — most urgent first. The coordinator's home screen.

import type { RiskFlagKind } from '../family-file/risk-flag.ts';
import { flagRank } from '../family-file/risk-flags.ts';
import { isOpenAlert } from './alerts.ts';
import type { Alert, AlertState, PlanFact, SupervisionFacts } from './types.ts';

export interface SupportRegisterFilter {
	team?: string;
	kind?: RiskFlagKind;
	/** one state, or 'active' (default): every state but closed */
	state?: AlertState | 'active';
	/** only alerts assigned to this user */
	assignee?: string;
}

export interface SupportRegisterRow {
	familyId: string;
	team: string;
	/** the alerts shown under the filter, most severe first */
	alerts: Alert[];
	/** the active plan, if any (the latest by plan date) */
	plan?: PlanFact;
}


function shown(alert: Alert, filter: SupportRegisterFilter): boolean {
	const state = filter.state ?? 'active';
	if (state === 'active' ? !isOpenAlert(alert) : alert.state !== state) return false;
	if (filter.kind && alert.kind !== filter.kind) return false;
	if (filter.assignee && alert.assignee !== filter.assignee) return false;
	return true;
}

function activePlan(plans: readonly PlanFact[]): PlanFact | undefined {
	let latest: PlanFact | undefined;
	for (const plan of plans) if (plan.status === 'active' && (latest === undefined || plan.planDate > latest.planDate)) latest = plan;
	return latest;
}

/** An unacted alert before one someone has taken up; then by severity; then the oldest finding. */
function urgency(row: SupportRegisterRow): [number, number, string] {
	const open = row.alerts.some((alert) => alert.state === 'open') ? 0 : 1;
	const severest = flagRank(row.alerts[0]?.kind);
	const oldest = row.alerts.reduce((min, alert) => (alert.on < min ? alert.on : min), '9999-99-99');
	return [open, severest, oldest];
}

export function supportRegister(families: Iterable<SupervisionFacts | undefined>, filter: SupportRegisterFilter = {}): SupportRegisterRow[] {
	const rows: { row: SupportRegisterRow; key: [number, number, string] }[] = [];
	// Alert filters narrow to families with such alerts; without one, an active plan alone lists a family.
	const alertFiltered = filter.kind !== undefined || filter.assignee !== undefined || (filter.state !== undefined && filter.state !== 'active');
	for (const facts of families) {
		if (facts === undefined) continue;
		const alerts = facts.alerts.filter((alert) => shown(alert, filter));
		const plan = activePlan(facts.plans);
		if (alerts.length === 0 && (alertFiltered || plan === undefined)) continue;
		const team = alerts[0]?.team ?? plan?.team ?? '';
		if (filter.team && team !== filter.team) continue;
		const row: SupportRegisterRow = { familyId: alerts[0]?.familyId ?? plan!.familyId, team, alerts };
		if (plan !== undefined) row.plan = plan;
		rows.push({ row, key: urgency(row) });
	}
	rows.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || (a.key[2] < b.key[2] ? -1 : a.key[2] > b.key[2] ? 1 : 0) || (a.row.familyId < b.row.familyId ? -1 : 1));
	return rows.map(({ row }) => row);
}
