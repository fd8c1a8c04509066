// The numbers of the worklist rules in one table: when each kind of item falls due, how early it
// shows, and when it drops off. Days count from the event named in each entry.

export const SCHEDULE = {
	/**
	 * 乳児家庭全戸訪問: every family with a baby at about 2 months (DOMAIN.md §1, the seed), by law
	 * before 4 months (児童福祉法 §6の3, DOMAIN.md §1 "Legal frame"). Shows after the 新生児訪問
	 * window of 28 days (母子保健法 §11) so the two do not crowd each other; an overdue visit stays
	 * on the list until the legal limit.
	 */
	universalVisit: { fromBirth: { showFrom: 28, dueOn: 60, until: 120 } },
	/**
	 * 産後ケア訪問: for mother and baby within 1 year of birth (母子保健法 §17の2, DOMAIN.md §1).
	 * The first visit is wanted early, around the 2-week 産婦健診 (DOMAIN.md §2, clinic results).
	 */
	postpartumCareVisit: { fromBirth: { showFrom: 0, dueOn: 14, until: 365 } },
	/** A next visit set at a visit (DOMAIN.md §3, outcome → next visit) shows a week ahead. */
	nextVisit: { lookAhead: 7 },
	/**
	 * 産前産後寄り添い支援訪問 (DOMAIN.md §1): a first companion visit within two weeks of the family
	 * being registered (no source gives a number: a working default). The service runs through
	 * pregnancy and the baby's first year, so it drops off a year after the birth (or due date).
	 */
	companionVisit: { fromRegistration: { showFrom: 0, dueOn: 14 }, untilAfterBirth: 365 },
	/** EPDS at or above the cutoff (DOMAIN.md §2): a follow-up visit within a week (working default). */
	epdsFollowUp: { fromScreening: { showFrom: 0, dueOn: 7 } },
	/** EPDS item 10 ≥ 1 is urgent whatever the total (DOMAIN.md §2): act the same day. */
	selfHarmFollowUp: { fromScreening: { showFrom: 0, dueOn: 0 } },
	/** A plan is evaluated and reviewed on the date it sets (DOMAIN.md §5); shows two weeks ahead. */
	planReview: { lookAhead: 14 }
} as const;
