// The shapes the worklist rules produce and the screens read: what is due for a family, how
// urgent, and for whom. The rules themselves are in rules.ts.

/** Why something is on the worklist. */
export type DueKind =
	/** 乳児家庭全戸訪問 around 2 months (by law before 4 months) */
	| 'universal-visit'
	/** the first postpartum-care visit of a family a midwife is assigned to */
	| 'postpartum-care-visit'
	/** the next visit a visitor set at the last visit (any kind) */
	| 'next-visit'
	/** a companion visit a promoter is due to make */
	| 'companion-visit'
	/** soon after an EPDS at or above its cutoff */
	| 'epds-follow-up'
	/** at once after EPDS item 10 (self-harm) was scored ≥ 1 */
	| 'self-harm-follow-up'
	/** a support plan's review date */
	| 'plan-review'
	/** a visit report a reviewer returned to its author */
	| 'returned-visit';

/** Most urgent first: `now` (act today), `overdue`, `due` (today), `soon` (within the look-ahead). */
export const URGENCIES = ['now', 'overdue', 'due', 'soon'] as const;
export type Urgency = (typeof URGENCIES)[number];

export interface DueItem {
	familyId: string;
	kind: DueKind;
	/** YYYY-MM-DD */
	dueOn: string;
	urgency: Urgency;
	/** the visit kind to start when acting on it, if any */
	visitKind?: 'pregnancy-interview' | 'postpartum-care' | 'universal' | 'companion';
	/** the record that caused it: the screening, plan, returned visit or visit that set a next date */
	sourceId?: string;
	childId?: string;
	/** e.g. the returned visit's review comment, or the next-visit note */
	note?: string;
}

/** Who is looking: the worklist is each role's own. */
export interface Viewer {
	user: string;
	roles: readonly string[];
}

/** Configurable thresholds (DOMAIN.md: cutoffs per context, bonding threshold). */
export interface ScreeningSettings {
	epdsCutoffs: { postpartum: number; antenatal: number };
	bondingThreshold: number;
}

export const DEFAULT_SCREENING_SETTINGS: ScreeningSettings = {
	epdsCutoffs: { postpartum: 9, antenatal: 13 },
	bondingThreshold: 5
};

/**
 * A due item before today is known: the rules decide what is due and when (independent of the
 * day), so an index can keep them per family and the worklist only filters by date.
 */
export interface ScheduledItem extends Omit<DueItem, 'urgency'> {
	/** YYYY-MM-DD from which it shows on the worklist (a look-ahead before `dueOn`) */
	showFrom: string;
	/** YYYY-MM-DD after which it drops off even if not done (e.g. the child turned one) */
	until?: string;
	/** act at once whatever the date (self-harm flag, returned report) */
	immediate?: boolean;
}
