// What the supervision screens read about one family: its visits with their review state, its
// screenings, children, plans and alerts, reduced to the few fields the review queue, the 支援台帳,
// the dashboard and the exports need. Computed once per family when its records change
// (supervision-facts.ts), so a city's dashboard is a pass over small objects in memory.

import type { RiskFlagKind } from '../family-file/risk-flag.ts';
import type { AlertAction, PlanRecord, ScreeningInstrument, VisitKind } from '../records/index.ts';

/** Where a visit report stands with its reviewers (derived from review records, never stored on the visit). */
export type ReviewStatus =
	/** submitted, no review yet */
	| 'awaiting'
	/** returned, then amended by its author: waiting for another look */
	| 'resubmitted'
	| 'approved'
	/** returned to its author, not amended since */
	| 'returned';

export interface ReviewSummary {
	status: ReviewStatus;
	/** the latest review, if any */
	reviewedBy?: string;
	/** ISO timestamp of the latest review */
	reviewedAt?: string;
	comment?: string;
}

export interface VisitFact {
	id: string;
	familyId: string;
	team: string;
	kind: VisitKind;
	/** YYYY-MM-DD */
	visitDate: string;
	/** the visitor (createdBy) */
	author: string;
	childId?: string;
	/** the next visit date set at this visit (YYYY-MM-DD), if any */
	nextVisitOn?: string;
	review: ReviewSummary;
	/** risk flags raised by this visit or its own screenings, most severe first */
	flags: RiskFlagKind[];
}

export interface ScreeningFact {
	id: string;
	familyId: string;
	team: string;
	instrument: ScreeningInstrument;
	/** YYYY-MM-DD */
	screenedOn: string;
	total: number;
	/** at or above the cutoff (EPDS, by context) or threshold (bonding); any risk answer (checklist) */
	positive: boolean;
	/** EPDS item 10 ≥ 1 */
	selfHarm: boolean;
	source: 'visit' | 'clinic';
	visitId?: string;
	/** the person who entered it */
	enteredBy: string;
}

export interface ChildFact {
	id: string;
	familyId: string;
	team: string;
	/** YYYY-MM-DD */
	birthDate: string;
	/** YYYY-MM-DD of the first universal visit for this child (or for the family after the birth) */
	universalVisitOn?: string;
}

export interface PlanFact {
	id: string;
	familyId: string;
	team: string;
	status: PlanRecord['status'];
	/** YYYY-MM-DD */
	planDate: string;
	reviewDue: string;
	author: string;
	supportLevel: PlanRecord['supportLevel'];
}

/** Where an alert stands: the latest step taken on it decides. */
export type AlertState = 'open' | 'acknowledged' | 'assigned' | 'closed';

export interface AlertStep {
	id: string;
	action: AlertAction;
	by: string;
	/** ISO timestamp */
	at: string;
	assignee?: string;
	actionTaken?: string;
	note?: string;
}

export interface Alert {
	/** `<kind>|<sourceId>`: the same finding is the same alert on every device */
	id: string;
	familyId: string;
	team: string;
	kind: RiskFlagKind;
	sourceId: string;
	/** YYYY-MM-DD the finding was made */
	on: string;
	detail: Record<string, string | number>;
	state: AlertState;
	/** who it is assigned to, while assigned (kept after acknowledging again) */
	assignee?: string;
	/** every step taken, oldest first */
	steps: AlertStep[];
	/** false once the records no longer raise it (e.g. a later EPDS below the cutoff); kept while not closed */
	current: boolean;
}

export interface SupervisionFacts {
	visits: VisitFact[];
	screenings: ScreeningFact[];
	children: ChildFact[];
	plans: PlanFact[];
	alerts: Alert[];
}
