// Which server databases exist and who opens which: the names shared by the app, the server's
// provisioning and the design documents.

/** Database names. CouchDB names must start with a lowercase letter. */
export const teamDbName = (teamId: string) => `yorisoi-team-${teamId}`;
export const promoterDbName = (user: string) => `yorisoi-promoter-${user.toLowerCase().replace(/[^a-z0-9_$()+/-]/g, '_')}`;
/** The CouchDB role that opens a team's database. */
export const teamRole = (teamId: string) => `team:${teamId}`;

const teamRolePattern = /^team:([a-z][a-z0-9_-]{0,31})$/;

/**
 * The role an administrator adds in `_users` to disable an account (`npm run couch:setup --
 * --disable <name>`). The next time a device hears from the server about that user, it erases
 * their data on the device. An explicit marker, because a missing staff role can be a passing
 * change of duties that must not cost a worker their unsent records.
 */
export const DISABLED_ROLE = 'disabled';

export function isDisabledAccount(roles: readonly string[]): boolean {
	return roles.includes(DISABLED_ROLE);
}

export const STAFF_ROLES = ['midwife', 'phn', 'promoter', 'coordinator', 'supervisor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The teams a user's CouchDB roles open. */
export function teamsOf(roles: readonly string[]): string[] {
	return roles.flatMap((role) => teamRolePattern.exec(role)?.[1] ?? []).sort();
}

export function staffRolesOf(roles: readonly string[]): StaffRole[] {
	return STAFF_ROLES.filter((role) => roles.includes(role));
}

/**
 * The databases a user's device syncs. A promoter syncs only their own database, which the
 * server fills with their families and companion visits: never a team database (data minimisation).
 */
export function databasesFor(name: string, roles: readonly string[]): string[] {
	if (roles.includes('promoter') && !roles.some((r) => r === 'midwife' || r === 'phn' || r === 'coordinator' || r === 'supervisor')) {
		return [promoterDbName(name)];
	}
	return teamsOf(roles).map(teamDbName);
}
