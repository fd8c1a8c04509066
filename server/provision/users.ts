// Staff accounts in `_users`: each user's CouchDB roles derive from their staff roles and teams.

import { DISABLED_ROLE, teamRole, type UserSpec } from '../couch/contract.ts';
import type { CouchClient } from './couch-client.ts';

export type Outcome = 'created' | 'updated' | 'unchanged';

export function isPromoter(user: UserSpec): boolean {
	return user.roles.includes('promoter');
}

/**
 * Staff roles plus a `team:<id>` role per team. A promoter gets no team role: their own database,
 * filled by replication, is all they may open (DESIGN.md: no clinical document reaches them).
 */
export function couchRoles(user: UserSpec): string[] {
	if (isPromoter(user) && user.roles.length > 1) {
		throw new Error(`User '${user.name}' is a promoter and also holds ${user.roles.filter((r) => r !== 'promoter').join(', ')}: a promoter account must hold the promoter role alone.`);
	}
	const teams = isPromoter(user) ? [] : user.teams.map(teamRole);
	return [...new Set([...user.roles, ...teams])].sort();
}

interface UserDoc {
	_id: string;
	_rev?: string;
	name: string;
	type: 'user';
	roles: string[];
	displayName?: string;
	password?: string;
	[field: string]: unknown;
}

const userPath = (name: string) => `/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;

/**
 * Existing passwords stay as they are unless `resetPassword`: users may have changed theirs. A
 * disabled account stays disabled: only `--enable` lifts it, never a plan run.
 */
export async function ensureUser(client: CouchClient, user: UserSpec, resetPassword = false): Promise<Outcome> {
	const path = userPath(user.name);
	const existing = await client.get<UserDoc>(path);
	const roles = [...couchRoles(user), ...(existing?.roles.includes(DISABLED_ROLE) ? [DISABLED_ROLE] : [])].sort();
	if (!existing) {
		await client.put(path, { _id: `org.couchdb.user:${user.name}`, name: user.name, type: 'user', roles, displayName: user.displayName, password: user.password });
		return 'created';
	}
	const sameRoles = JSON.stringify([...existing.roles].sort()) === JSON.stringify(roles);
	if (sameRoles && existing.displayName === user.displayName && !resetPassword) return 'unchanged';
	// The stored hash (derived_key, salt…) is sent back untouched, so the password survives.
	const updated: UserDoc = { ...existing, roles, displayName: user.displayName };
	if (resetPassword) updated.password = user.password;
	await client.put(path, updated);
	return 'updated';
}

/**
 * Disables an account (or lifts that): the `disabled` role in `_users`. The person can still
 * authenticate, which is how their devices learn of it and erase their data at the next contact;
 * the password is left alone for that reason.
 */
export async function setUserDisabled(client: CouchClient, name: string, disabled: boolean): Promise<Outcome> {
	const path = userPath(name);
	const existing = await client.get<UserDoc>(path);
	if (!existing) throw new Error(`There is no user '${name}' on this server.`);
	if (existing.roles.includes(DISABLED_ROLE) === disabled) return 'unchanged';
	const roles = disabled ? [...existing.roles, DISABLED_ROLE].sort() : existing.roles.filter((role) => role !== DISABLED_ROLE);
	await client.put(path, { ...existing, roles });
	return 'updated';
}
