// Team and promoter databases: who may open each (`_security`) and the design document inside.

import { teamRole } from '../couch/contract.ts';
import type { DesignDocument } from '../couch/design.ts';
import type { CouchClient } from './couch-client.ts';
import type { Outcome } from './users.ts';

export interface SecurityObject {
	admins: { names: string[]; roles: string[] };
	members: { names: string[]; roles: string[] };
}

/** Staff hold the team's role; staff with the `admin` role administer every database. */
export function teamSecurity(teamId: string): SecurityObject {
	return { admins: { names: [], roles: ['admin'] }, members: { names: [], roles: [teamRole(teamId)] } };
}

/** A promoter's database opens to that one user by name. */
export function promoterSecurity(promoter: string): SecurityObject {
	return { admins: { names: [], roles: ['admin'] }, members: { names: [promoter], roles: [] } };
}

export async function ensureDatabase(client: CouchClient, db: string): Promise<Outcome> {
	return (await client.createDatabase(db)) ? 'created' : 'unchanged';
}

export async function ensureSecurity(client: CouchClient, db: string, wanted: SecurityObject): Promise<Outcome> {
	const path = `/${encodeURIComponent(db)}/_security`;
	const current = await client.get<Partial<SecurityObject>>(path);
	if (current && canonical(current) === canonical(wanted)) return 'unchanged';
	await client.put(path, wanted);
	return 'updated';
}

function canonical(security: Partial<SecurityObject>): string {
	const part = (p?: { names?: string[]; roles?: string[] }) => ({ names: [...(p?.names ?? [])].sort(), roles: [...(p?.roles ?? [])].sort() });
	return JSON.stringify({ admins: part(security.admins), members: part(security.members) });
}

export async function ensureDesignDocument(client: CouchClient, db: string, design: DesignDocument): Promise<Outcome> {
	const path = `/${encodeURIComponent(db)}/${design._id}`;
	const current = await client.get<DesignDocument & { _rev: string }>(path);
	if (current && sameDesign(current, design)) return 'unchanged';
	await client.put(path, current ? { ...design, _rev: current._rev } : design);
	return current ? 'updated' : 'created';
}

function sameDesign(current: DesignDocument, wanted: DesignDocument): boolean {
	const fields = (d: DesignDocument) => JSON.stringify([d.language, d.filters, d.validate_doc_update]);
	return fields(current) === fields(wanted);
}
