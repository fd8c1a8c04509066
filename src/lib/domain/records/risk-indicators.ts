// The risk indicators asked about at the pregnancy interview and given as reasons for a 特定妊婦 or
// 要支援 judgement (DOMAIN.md §4): one list, so interview answers and judgements name them alike.

export const RISK_INDICATORS = [
	/** unwanted pregnancy or strong anxiety about it */
	'unwanted-or-anxious',
	/** hypertension, diabetes, renal, cardiac, thyroid disease */
	'maternal-illness',
	/** psychiatric history or current medication */
	'psychiatric-history',
	'low-parenting-capacity',
	/** mother aged 19 or under */
	'young-mother',
	'intellectual-disability',
	/** first-time mother aged 40 or over, with another factor */
	'older-first-time-mother',
	/** divorce, bereavement, single, unregistered partner, no support */
	'family-change',
	/** unemployment, debt, welfare */
	'economic-hardship',
	/** handbook issued at ≥ 16 weeks, no checkups, arriving in labour */
	'late-entry-into-care',
	/** a sibling already 要保護, or the mother abused as a child */
	'abuse-history',
	'domestic-violence',
	'other'
] as const;

export type RiskIndicator = (typeof RISK_INDICATORS)[number];

/** How an indicator was answered at the interview. */
export const RISK_INDICATOR_LEVELS = ['absent', 'present', 'needs-support'] as const;
