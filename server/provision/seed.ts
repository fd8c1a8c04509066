// Demo documents written into a team database once: ids already there (even deleted) are left alone,
// so seeding twice changes nothing and never undoes what demo users did.

import type { DemoCity } from '../couch/contract.ts';
import type { CouchClient } from './couch-client.ts';

type SeedDoc = DemoCity['docs'][string][number];

const batchSize = 1_000;

export async function seedDocuments(client: CouchClient, db: string, docs: SeedDoc[]): Promise<{ written: number; skipped: number }> {
	const base = `/${encodeURIComponent(db)}`;
	let written = 0;
	const refused: string[] = [];
	for (let start = 0; start < docs.length; start += batchSize) {
		const batch = docs.slice(start, start + batchSize);
		const known = await client.post<{ rows: Array<{ key: string; error?: string }> }>(`${base}/_all_docs`, { keys: batch.map((doc) => doc._id) });
		const existing = new Set(known.rows.filter((row) => !row.error).map((row) => row.key));
		const missing = batch.filter((doc) => !existing.has(doc._id));
		if (missing.length === 0) continue;
		const results = await client.post<Array<{ id: string; ok?: boolean; error?: string; reason?: string }>>(`${base}/_bulk_docs`, { docs: missing });
		for (const result of results) {
			if (result.error) refused.push(`${result.id}: ${result.error}${result.reason ? ` (${result.reason})` : ''}`);
			else written++;
		}
	}
	if (refused.length > 0) {
		throw new Error(`${db} refused ${refused.length} demo document(s):\n  ${refused.slice(0, 10).join('\n  ')}${refused.length > 10 ? '\n  …' : ''}`);
	}
	return { written, skipped: docs.length - written };
}
