// A risk flag: something in a family's records a visitor or coordinator must see (never a
// diagnosis). Derived from records by risk-flags.ts; issue alerts build on these.

export type RiskFlagKind =
	/** EPDS total at or above the cutoff for its context */
	| 'epds-positive'
	/** EPDS item 10 ≥ 1, whatever the total */
	| 'epds-self-harm'
	/** bonding scale at or above its threshold */
	| 'bonding'
	/** 育児支援チェックリスト items answered with their risk answer */
	| 'checklist'
	/** weight gain per day below the reference band's concern line */
	| 'weight-gain-low'
	/** an active 特定妊婦 / 要支援 / 要保護 judgement */
	| 'risk-judgement'
	/** a concern a promoter passed on for the public health nurse */
	| 'promoter-concern';

export interface RiskFlag {
	kind: RiskFlagKind;
	familyId: string;
	/** the record it comes from */
	sourceId: string;
	/** YYYY-MM-DD the finding was made */
	on: string;
	/** values for the message: score, cutoff, grams per day, category … */
	detail: Record<string, string | number>;
	/** clinical flags are never shown to a promoter */
	clinical: boolean;
}
