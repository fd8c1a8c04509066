// The shapes shared by provisioning, the design document and the demo city: one place, so the
// server pieces written separately agree on names.

/** A care team (district); one CouchDB database each. */
export interface TeamSpec {
	/** short id, lowercase ascii: `chuo`, `kita`, … */
	id: string;
	/** Japanese display name: 中央, 北部, … */
	name: string;
}

import type { StaffRole } from '../../src/lib/domain/databases.ts';

export type { StaffRole };

export interface UserSpec {
	name: string;
	password: string;
	roles: StaffRole[];
	/** teams whose database this user may open (coordinators and supervisors: several) */
	teams: string[];
	displayName: string;
}

// Database names live in the domain, so the app and the server cannot disagree on them.
export { DISABLED_ROLE, promoterDbName, teamDbName, teamRole } from '../../src/lib/domain/databases.ts';

export interface DemoCity {
	teams: TeamSpec[];
	users: UserSpec[];
	/** documents to seed, per team id; each a valid record (see src/lib/domain/records) */
	docs: Record<string, Array<{ _id: string; type: string } & Record<string, unknown>>>;
}
