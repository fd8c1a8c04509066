// What a user may see and start on a family's page, by CouchDB role: a promoter (a volunteer) sees
// no clinical record and starts only companion visits; staff never make companion visits.
import { CLINICAL_ROLES, PROMOTER_ROLE, SERVER_ADMIN_ROLE, type VisitKind } from '$lib/domain/records';

/** Clinical staff: may read and write pregnancies, children, care visits, screenings and plans. */
export function isClinical(roles: readonly string[]): boolean {
	return roles.some((role) => role === SERVER_ADMIN_ROLE || (CLINICAL_ROLES as readonly string[]).includes(role));
}

/** The visit kinds this user may start from a family's page, in the order they are offered. */
export function visitKindsFor(roles: readonly string[]): VisitKind[] {
	if (isClinical(roles)) return ['pregnancy-interview', 'postpartum-care', 'universal'];
	return roles.includes(PROMOTER_ROLE) ? ['companion'] : [];
}
