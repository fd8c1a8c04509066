// Brings a CouchDB server to the state Yorisoi needs — users, team and promoter databases with
// their `_security` and design document, the promoters' replications, optionally the demo city —
// idempotently: running it again changes nothing that is already right.

import { promoterDbName, teamDbName, type DemoCity, type TeamSpec, type UserSpec } from '../couch/contract.ts';
import { designDocument } from '../couch/design.ts';
import { CouchClient, type CouchAdmin } from './couch-client.ts';
import { ensureDatabase, ensureDesignDocument, ensureSecurity, promoterSecurity, teamSecurity } from './databases.ts';
import { ensureReplication, promoterReplications } from './replications.ts';
import { seedDocuments } from './seed.ts';
import { couchRoles, ensureUser, isPromoter, type Outcome } from './users.ts';

export interface ProvisionPlan {
	teams: TeamSpec[];
	users: UserSpec[];
	/** Documents to seed per team id (the demo city's). */
	docs?: DemoCity['docs'];
}

export interface ProvisionOptions {
	/** CouchDB base URL without credentials. */
	couchUrl: string;
	admin: CouchAdmin;
	/** How the CouchDB server reaches itself, for `_replicator` documents. Default: `couchUrl`. */
	replicationUrl?: string;
	plan: ProvisionPlan;
	/** Set the plan's password on existing users too. */
	resetPasswords?: boolean;
	/** Replaces the real `validate_doc_update`, for tests of the server's plumbing only. */
	validateDocUpdate?: string;
	log?: (line: string) => void;
}

export type Tally = Record<Outcome, number>;

export interface ProvisionReport {
	users: Tally;
	databases: Tally;
	security: Tally;
	designDocuments: Tally;
	replications: Tally;
	seeded: { written: number; skipped: number };
}

export async function provision(options: ProvisionOptions): Promise<ProvisionReport> {
	const { plan } = options;
	const log = options.log ?? (() => {});
	checkPlan(plan);
	const client = new CouchClient(options.couchUrl, options.admin);
	await client.checkAdmin();

	const report: ProvisionReport = {
		users: tally(),
		databases: tally(),
		security: tally(),
		designDocuments: tally(),
		replications: tally(),
		seeded: { written: 0, skipped: 0 }
	};
	const design = designDocument(options.validateDocUpdate);

	// A fresh CouchDB 3 node may lack its system databases; pouchdb-server has them.
	for (const system of ['_users', '_replicator']) report.databases[await ensureDatabase(client, system)]++;

	for (const user of plan.users) report.users[await ensureUser(client, user, options.resetPasswords)]++;

	const promoters = plan.users.filter(isPromoter);
	const databases = [
		...plan.teams.map((team) => ({ name: teamDbName(team.id), security: teamSecurity(team.id) })),
		...promoters.map((promoter) => ({ name: promoterDbName(promoter.name), security: promoterSecurity(promoter.name) }))
	];
	for (const { name, security } of databases) {
		report.databases[await ensureDatabase(client, name)]++;
		report.security[await ensureSecurity(client, name, security)]++;
		report.designDocuments[await ensureDesignDocument(client, name, design)]++;
	}

	// Databases of earlier plans keep up with the current design document too.
	const planned = new Set(databases.map((db) => db.name));
	const all = (await client.get<string[]>('/_all_dbs')) ?? [];
	for (const name of all.filter((db) => isYorisoiDatabase(db) && !planned.has(db))) {
		report.designDocuments[await ensureDesignDocument(client, name, design)]++;
	}

	for (const [teamId, docs] of Object.entries(plan.docs ?? {})) {
		const seeded = await seedDocuments(client, teamDbName(teamId), docs);
		report.seeded.written += seeded.written;
		report.seeded.skipped += seeded.skipped;
		if (seeded.written > 0) log(`seeded ${seeded.written} documents into ${teamDbName(teamId)}`);
	}

	const serverUrl = options.replicationUrl ?? options.couchUrl;
	for (const promoter of promoters) {
		for (const doc of promoterReplications(promoter, serverUrl, options.admin)) {
			report.replications[await ensureReplication(client, doc)]++;
		}
	}
	log(describeReport(report));
	return report;
}

function isYorisoiDatabase(name: string): boolean {
	return name.startsWith(teamDbName('')) || name.startsWith(promoterDbName(''));
}

/** Refuses a plan that names teams it does not define, before anything is written. */
function checkPlan(plan: ProvisionPlan) {
	const teams = new Set(plan.teams.map((team) => team.id));
	for (const team of plan.teams) {
		if (!/^[a-z][a-z0-9_-]*$/.test(team.id)) throw new Error(`Team id '${team.id}' must be lowercase ascii letters, digits, _ or -, starting with a letter.`);
	}
	for (const user of plan.users) {
		couchRoles(user); // throws on a promoter holding other roles
		const unknown = user.teams.filter((team) => !teams.has(team));
		if (unknown.length > 0) throw new Error(`User '${user.name}' belongs to team(s) ${unknown.join(', ')}, which the plan does not define.`);
		if (isPromoter(user) && user.teams.length === 0) throw new Error(`Promoter '${user.name}' belongs to no team.`);
	}
	for (const teamId of Object.keys(plan.docs ?? {})) {
		if (!teams.has(teamId)) throw new Error(`Demo documents are given for team '${teamId}', which the plan does not define.`);
	}
}

function tally(): Tally {
	return { created: 0, updated: 0, unchanged: 0 };
}

export function describeReport(report: ProvisionReport): string {
	const part = (name: string, t: Tally) => `${name}: ${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged`;
	return [
		part('users', report.users),
		part('databases', report.databases),
		part('_security', report.security),
		part('design documents', report.designDocuments),
		part('replications', report.replications),
		`demo documents: ${report.seeded.written} written, ${report.seeded.skipped} already there`
	].join('\n');
}
