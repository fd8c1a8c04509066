// Who sees a scheduled item: the staff it is addressed to by name, the roles that see it across
// the family's team, and the rule that nothing clinical ever reaches a promoter (DOMAIN.md §7).

import { CLINICAL_ROLES, PROMOTER_ROLE } from '../records/write-rights.ts';
import { teamRole, type StaffRole } from '../databases.ts';
import type { ScheduledItem, Viewer } from './types.ts';

export interface Audience {
	/** the family's team (`team:<id>` opens it) */
	team: string;
	/** users it is addressed to by name: assigned staff, an author */
	users: readonly string[];
	/** staff roles that see it for every family of the team */
	teamRoles: readonly StaffRole[];
	/** clinical items never reach a promoter; a non-clinical one reaches only the assigned promoter */
	clinical: boolean;
	/** the family's assigned promoter, for non-clinical items */
	promoter?: string;
}

/** A scheduled item with its audience: computed once per family, then filtered per viewer. */
export interface AddressedItem {
	item: ScheduledItem;
	audience: Audience;
}

/** Coordinators and supervisors oversee every family of their teams. */
export const OVERSEEING_ROLES = ['coordinator', 'supervisor'] as const satisfies readonly StaffRole[];

/**
 * A promoter is a volunteer, not a clinician: an account with the promoter role and no clinical
 * role gets only companion work (same test as the databases a promoter syncs).
 */
export function isPromoterOnly(roles: readonly string[]): boolean {
	return roles.includes(PROMOTER_ROLE) && !roles.some((role) => (CLINICAL_ROLES as readonly string[]).includes(role));
}

export function isShownTo(audience: Audience, viewer: Viewer): boolean {
	if (isPromoterOnly(viewer.roles)) return !audience.clinical && audience.promoter === viewer.user;
	if (audience.users.includes(viewer.user)) return true;
	return (
		audience.teamRoles.some((role) => viewer.roles.includes(role)) && viewer.roles.includes(teamRole(audience.team))
	);
}
