// Who reaches the supervision screens (review queue, 支援台帳, dashboard, exports) and support
// plans: coordinators, supervisors and public health nurses (DOMAIN.md §1, §5), and administrators.
// Which teams each sees is which team databases their roles open (databases.ts).

import { APP_ADMIN_ROLE, REVIEWER_ROLES, SERVER_ADMIN_ROLE } from '../records/write-rights.ts';

const OVERSEER_ROLES: readonly string[] = [...REVIEWER_ROLES, APP_ADMIN_ROLE, SERVER_ADMIN_ROLE];

/** May open the review queue, the 支援台帳, the dashboard and the exports. */
export function isOverseer(roles: readonly string[]): boolean {
	return roles.some((role) => OVERSEER_ROLES.includes(role));
}

/** May draw up and keep support plans: the coordinator and the district public health nurse (and supervisors). */
export function mayKeepPlans(roles: readonly string[]): boolean {
	return isOverseer(roles);
}

/** The postpartum-care coordinator: the 支援台帳 is their home screen. */
export function isCoordinator(roles: readonly string[]): boolean {
	return roles.includes('coordinator');
}
