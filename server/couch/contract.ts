// The shapes shared by provisioning, the design document and the demo city: one place, so the
// server pieces written separately agree on names.

/** A care team (district); one CouchDB database each. */
export interface TeamSpec {
	/** short id, lowercase ascii: `chuo`, `kita`, … */
	id: string;
	/** Japanese display name: 中央, 北部, … */
	name: string;
}

export type StaffRole = 'midwife' | 'phn' | 'promoter' | 'coordinator' | 'supervisor' | 'admin';

export interface UserSpec {
	name: string;
	password: string;
	roles: StaffRole[];
	/** teams whose database this user may open (coordinators and supervisors: several) */
	teams: string[];
	displayName: string;
}

/** Database names, in one place. CouchDB names must start with a lowercase letter. */
export const teamDbName = (teamId: string) => `yorisoi-team-${teamId}`;
export const promoterDbName = (user: string) => `yorisoi-promoter-${user.toLowerCase().replace(/[^a-z0-9_$()+/-]/g, '_')}`;
/** CouchDB role that opens a team's database. */
export const teamRole = (teamId: string) => `team:${teamId}`;

export interface DemoCity {
	teams: TeamSpec[];
	users: UserSpec[];
	/** documents to seed, per team id; each a valid record (see src/lib/domain/records) */
	docs: Record<string, Array<{ _id: string; type: string } & Record<string, unknown>>>;
}
