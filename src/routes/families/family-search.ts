// A first, plain family search over the read model: name, kana, phone or address contains the
// query. (The register's kana-aware search replaces this.)
import type { FamilyRecord } from '$lib/domain/records';
import { queryRecords } from '$lib/data/read-model';
import type { RecordRow, UserDb } from '$lib/data/user-db';

export type FamilyRow = RecordRow & { doc: FamilyRecord };

export function familyMatches(doc: FamilyRecord, query: string): boolean {
	const needle = query.trim().toLowerCase();
	if (!needle) return true;
	const digits = needle.replace(/[^0-9]/g, '');
	const text = [doc.familyName, doc.givenName, `${doc.familyName}${doc.givenName}`, doc.familyNameKana, doc.givenNameKana, doc.address ?? '', doc.district].join(' ').toLowerCase();
	return text.includes(needle) || (digits.length >= 3 && (doc.phone ?? '').replace(/-/g, '').includes(digits));
}

/** The first `limit` matches in kana order, and how many matched in all. */
export async function searchFamilies(userDb: UserDb, query: string, limit = 200): Promise<{ rows: FamilyRow[]; total: number }> {
	const rows = (await queryRecords(userDb, { type: 'family' })) as FamilyRow[];
	const matches = rows.filter((row) => familyMatches(row.doc, query));
	matches.sort((a, b) => a.doc.familyNameKana.localeCompare(b.doc.familyNameKana, 'ja') || a._id.localeCompare(b._id));
	return { rows: matches.slice(0, limit), total: matches.length };
}
