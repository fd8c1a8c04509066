// The server-side continuous replications that fill and drain each promoter's database, as
// `_replicator` documents with a design-document filter (a `selector` crashes pouchdb-server).

import { createHash } from 'node:crypto';
import { promoterDbName, teamDbName, type UserSpec } from '../couch/contract.ts';
import { promoterFilters } from '../couch/design.ts';
import { basicAuth, CouchRequestError, type CouchAdmin, type CouchClient } from './couch-client.ts';
import type { Outcome } from './users.ts';

interface Endpoint {
	url: string;
	headers: { Authorization: string };
}

export interface ReplicationDoc {
	/** `<route>--<fingerprint>`: a changed definition is a new document (see ensureReplication). */
	_id: string;
	source: Endpoint;
	target: Endpoint;
	filter: string;
	query_params: Record<string, string>;
	continuous: true;
	/** Hash of the definition; servers rewrite or redact parts of these documents, so compare this. */
	yorisoi_spec: string;
}

/** One replication's route, e.g. `yorisoi-promoter-sato--from--yorisoi-team-chuo`. */
export function routeOf(doc: ReplicationDoc): string {
	return doc._id.slice(0, doc._id.lastIndexOf('--'));
}

/**
 * In: from each of the promoter's teams; out: back to each. `serverUrl` is how the CouchDB server
 * reaches itself (replications run inside it); the admin's credentials travel as a header, which
 * CouchDB 3 and pouchdb-server both accept.
 */
export function promoterReplications(promoter: UserSpec, serverUrl: string, admin: CouchAdmin): ReplicationDoc[] {
	const base = serverUrl.replace(/\/+$/, '');
	const endpoint = (db: string): Endpoint => ({ url: `${base}/${encodeURIComponent(db)}`, headers: { Authorization: basicAuth(admin) } });
	const own = promoterDbName(promoter.name);
	return promoter.teams.flatMap((team) => {
		const query = { promoter: promoter.name };
		// With one team every companion visit goes there; with several, each to the one it names.
		const outQuery = promoter.teams.length > 1 ? { ...query, team } : query;
		return [
			definition(`${own}--from--${teamDbName(team)}`, { source: endpoint(teamDbName(team)), target: endpoint(own), filter: promoterFilters.in, query_params: query, continuous: true }),
			definition(`${own}--to--${teamDbName(team)}`, { source: endpoint(own), target: endpoint(teamDbName(team)), filter: promoterFilters.out, query_params: outQuery, continuous: true })
		];
	});
}

function definition(route: string, fields: Omit<ReplicationDoc, '_id' | 'yorisoi_spec'>): ReplicationDoc {
	const spec = createHash('sha256').update(JSON.stringify([route, fields])).digest('hex');
	return { _id: `${route}--${spec.slice(0, 12)}`, ...fields, yorisoi_spec: spec };
}

/**
 * Writes the replication unless an identical one exists, then deletes the route's older versions.
 * A changed definition gets a new id because pouchdb-server (like CouchDB 1) refuses edits of a
 * running replication's document, and its replicator, on a document deleted and written again
 * under the same id, mixes up the old job with the new. `yorisoi_written_at` keeps a definition
 * that comes back from being taken for its own cancelled predecessor (pouchdb-server treats
 * documents of equal content as one replication).
 */
export async function ensureReplication(client: CouchClient, doc: ReplicationDoc): Promise<Outcome> {
	const route = routeOf(doc);
	const range = `startkey=${encodeURIComponent(JSON.stringify(`${route}--`))}&endkey=${encodeURIComponent(JSON.stringify(`${route}--\ufff0`))}`;
	const listed = await client.get<{ rows: Array<{ id: string; doc: { yorisoi_spec?: string } }> }>(`/_replicator/_all_docs?include_docs=true&${range}`);
	const versions = listed?.rows ?? [];
	const current = versions.find((row) => row.id === doc._id && row.doc.yorisoi_spec === doc.yorisoi_spec);
	if (!current) await client.put(`/_replicator/${encodeURIComponent(doc._id)}`, { ...doc, yorisoi_written_at: new Date().toISOString() });
	// Written first, deleted after: the route is never without a replication.
	for (const old of versions.filter((row) => row.id !== doc._id)) await deleteDocument(client, `/_replicator/${encodeURIComponent(old.id)}`);
	if (current) return versions.length > 1 ? 'updated' : 'unchanged';
	return versions.length > 0 ? 'updated' : 'created';
}

async function deleteDocument(client: CouchClient, path: string) {
	for (let attempt = 0; ; attempt++) {
		const current = await client.get<{ _rev: string }>(path);
		if (!current) return;
		try {
			await client.delete(`${path}?rev=${encodeURIComponent(current._rev)}`);
			return;
		} catch (error) {
			// The replicator writes its state into the same document; retry on that race.
			if (!(error instanceof CouchRequestError && error.status === 409) || attempt >= 4) throw error;
		}
	}
}
