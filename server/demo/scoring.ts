// The keying the demo uses to turn made-up scores into answers (option positions). A copy of
// DOMAIN.md §2 for demo data only; the app's scoring module is the authority.

/** EPDS items 3 and 5–10 score from the last option (reversed); 1, 2 and 4 from the first. */
export const EPDS_REVERSED: readonly boolean[] = [false, false, true, false, true, true, true, true, true, true];

/** Bonding items 1, 6, 8 and 10 are positive feelings, reverse-keyed (unverified, DOMAIN.md §2). */
export const BONDING_REVERSED: readonly boolean[] = [true, false, false, false, false, true, false, true, false, true];
