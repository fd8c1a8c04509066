// Conflicting revisions of a record: merged automatically where the edits do not overlap (three-way,
// against the common ancestor), otherwise kept side by side until a person chooses.
import {
	differingFields,
	sameValue,
	threeWayMerge,
	valueAt,
	withValueAt,
	type FieldPath,
	type JsonObject
} from '../domain/merge.ts';
import { parseRecord } from '../domain/records/migrations.ts';
import { queryRecords } from './read-model.ts';
import { getLeaves, idsWithConflicts, getRevision, revisionHistory, writeResolution, type RecordsDb, type RecordWrite, type StoredDoc } from './records-db.ts';
import { notifyRecordsChanged, syncStateOf, type JournalEntry, type RecordRow, type UserDb } from './user-db.ts';

/** Fields that differ between any two revisions without being an edit: never a conflict. */
export const MERGE_IGNORE: readonly FieldPath[] = ['_id', '_rev', '_conflicts', '_revisions', 'updatedAt', 'updatedBy'];

/** A local record database with the user's read model and the server database it copies. */
export interface RecordSource {
	userDb: UserDb;
	serverDb: string;
	db: RecordsDb;
}

/** A revision upgraded to the current schema when it parses, else as stored (shown, never merged). */
function bodyOf(doc: StoredDoc): { body: JsonObject; readable: boolean } {
	const parsed = parseRecord(doc);
	return parsed.ok ? { body: { ...parsed.record, _rev: doc._rev }, readable: true } : { body: { ...doc }, readable: false };
}

/** The newest revision both branches descend from, if this device still stores its body. */
async function commonAncestor(db: RecordsDb, id: string, winnerRev: string, loserRev: string): Promise<StoredDoc | undefined> {
	const [ours, theirs] = await Promise.all([revisionHistory(db, id, winnerRev), revisionHistory(db, id, loserRev)]);
	const shared = ours.find((rev) => theirs.includes(rev));
	return shared === undefined ? undefined : getRevision(db, id, shared);
}

type MergeAttempt = { ok: true; merged: JsonObject } | { ok: false; reason: string };

/** Folds every losing revision into the winner; fails on the first one that cannot merge cleanly. */
async function mergeLeaves(db: RecordsDb, winner: StoredDoc, losers: StoredDoc[]): Promise<MergeAttempt> {
	const ours = bodyOf(winner);
	if (!ours.readable) return { ok: false, reason: 'the winning revision is unreadable' };
	let merged = ours.body;
	for (const loser of losers) {
		const theirs = bodyOf(loser);
		const ancestorDoc = await commonAncestor(db, winner._id, winner._rev, loser._rev);
		const ancestor = ancestorDoc === undefined ? undefined : bodyOf(ancestorDoc);
		if (!theirs.readable || ancestor === undefined || !ancestor.readable) {
			return { ok: false, reason: theirs.readable ? 'no common ancestor stored on this device' : 'a losing revision is unreadable' };
		}
		const result = threeWayMerge(ancestor.body, merged, theirs.body, { ignore: MERGE_IGNORE });
		if (!result.ok) return { ok: false, reason: `both changed: ${result.conflicts.join(', ')}` };
		merged = result.merged;
	}
	return { ok: true, merged };
}

async function journal(userDb: UserDb, entry: Omit<JournalEntry, 'at'>, at: Date): Promise<void> {
	await userDb.journal.add({ ...entry, at: at.toISOString() });
}

/** Shows the conflict on the row at once, without waiting for the projection to see the pull. */
async function markConflicted(userDb: UserDb, id: string): Promise<void> {
	const familyId = await userDb.transaction('rw', userDb.records, async () => {
		const row = await userDb.records.get(id);
		if (row === undefined || row.conflicted) return undefined;
		const next = { ...row, conflicted: true };
		await userDb.records.put({ ...next, syncState: syncStateOf(next) });
		return row.familyId;
	});
	// The register shows sync state too: tell it, as the projection does for its own writes.
	if (familyId !== undefined) notifyRecordsChanged(userDb, [familyId]);
}

export interface ConflictScan {
	merged: string[];
	conflicted: string[];
}

/**
 * After a pull: for each of `ids` with conflicting revisions, merges them when the edits do not
 * overlap (written by `by`, losing revisions deleted) or leaves them for a person and marks the row.
 */
export async function detectConflicts(
	source: RecordSource,
	ids: readonly string[],
	by: string,
	at: Date = new Date()
): Promise<ConflictScan> {
	const { userDb, serverDb, db } = source;
	const scan: ConflictScan = { merged: [], conflicted: [] };
	// A first sync pulls thousands of documents: ask once which have conflicts, then read those.
	const candidates = await idsWithConflicts(db, [...new Set(ids)].filter((id) => !id.startsWith('_')));
	for (const id of candidates) {
		const leaves = await getLeaves(db, id);
		if (leaves === undefined || leaves.losers.length === 0) continue;
		const { winner, losers } = leaves;
		let attempt = await mergeLeaves(db, winner, losers);
		let written: RecordWrite | undefined;
		if (attempt.ok) {
			try {
				written = await writeResolution(db, winner, attempt.merged, losers.map((l) => l._rev), by, at);
			} catch (error) {
				// Changed meanwhile, or the combination breaks a rule: a person decides.
				const why = error instanceof Error ? error.message : String(error);
				attempt = { ok: false, reason: `merge not written: ${why}`.slice(0, 500) };
			}
		}
		if (written !== undefined) {
			await journal(userDb, { db: serverDb, kind: 'merged', docId: id, rev: written.rev, count: losers.length }, at);
			scan.merged.push(id);
			continue;
		}
		const reason = attempt.ok ? '' : attempt.reason;
		scan.conflicted.push(id);
		await markConflicted(userDb, id);
		const known = await userDb.journal
			.where('docId')
			.equals(id)
			.filter((entry) => entry.kind === 'conflict' && entry.rev === winner._rev)
			.count();
		if (known === 0) await journal(userDb, { db: serverDb, kind: 'conflict', docId: id, rev: winner._rev, reason }, at);
	}
	return scan;
}

/** Records with unresolved conflicts, from the read model. */
export function listConflicts(userDb: UserDb, serverDb?: string): Promise<RecordRow[]> {
	return queryRecords(userDb, serverDb === undefined ? { syncState: 'conflict' } : { syncState: 'conflict', db: serverDb });
}

export interface ConflictView {
	winner: JsonObject;
	losers: JsonObject[];
	/** the common ancestor of the winner and the first loser, when still stored */
	ancestor?: JsonObject;
	/** fields to show side by side: changed on both sides, or every difference when there is no ancestor */
	conflictingFields: FieldPath[];
}

/** Everything a side-by-side screen needs, or undefined when the record has no conflict (any more). */
export async function loadConflict(db: RecordsDb, id: string): Promise<ConflictView | undefined> {
	const leaves = await getLeaves(db, id);
	return leaves === undefined || leaves.losers.length === 0 ? undefined : viewOf(db, id, leaves);
}

async function viewOf(db: RecordsDb, id: string, leaves: { winner: StoredDoc; losers: StoredDoc[] }): Promise<ConflictView> {
	const winner = bodyOf(leaves.winner).body;
	const losers = leaves.losers.map((loser) => bodyOf(loser).body);
	const fields = new Set<FieldPath>();
	let ancestor: JsonObject | undefined;
	for (const [i, loser] of leaves.losers.entries()) {
		const ancestorDoc = await commonAncestor(db, id, leaves.winner._rev, loser._rev);
		const base = ancestorDoc === undefined ? undefined : bodyOf(ancestorDoc).body;
		if (i === 0) ancestor = base;
		const theirs = losers[i] ?? {};
		const result = base === undefined ? undefined : threeWayMerge(base, winner, theirs, { ignore: MERGE_IGNORE });
		const found = result === undefined ? differingFields(winner, theirs, { ignore: MERGE_IGNORE }) : result.ok ? [] : result.conflicts;
		for (const field of found) fields.add(field);
	}
	const view: ConflictView = { winner, losers, conflictingFields: [...fields].sort() };
	if (ancestor !== undefined) view.ancestor = ancestor;
	return view;
}

/**
 * A person's choice: per conflicting field which side wins (`loser` = the first losing revision that
 * differs there; fields not named keep the merged or winning value), or a whole document to keep.
 */
export type ConflictChoice = { fields: Readonly<Record<FieldPath, 'winner' | 'loser'>> } | { doc: Readonly<Record<string, unknown>> };

/** Writes the chosen version on top of the winner and deletes every losing revision. */
export async function resolveConflict(
	source: RecordSource,
	id: string,
	choice: ConflictChoice,
	by: string,
	at: Date = new Date()
): Promise<RecordWrite | undefined> {
	const { userDb, serverDb, db } = source;
	const leaves = await getLeaves(db, id);
	if (leaves === undefined || leaves.losers.length === 0) return undefined;
	let resolved: JsonObject;
	if ('doc' in choice) resolved = { ...choice.doc };
	else {
		const view = await viewOf(db, id, leaves);
		const firstLoser = view.losers[0] ?? {};
		// Start from the clean part of the merge, so edits nobody disputes are kept too.
		const merged =
			view.ancestor === undefined ? undefined : threeWayMerge(view.ancestor, view.winner, firstLoser, { ignore: MERGE_IGNORE });
		resolved = merged === undefined ? view.winner : merged.ok ? merged.merged : merged.partial;
		for (const [path, side] of Object.entries(choice.fields)) {
			const differs = (loser: JsonObject) => !sameValue(valueAt(loser, path), valueAt(view.winner, path));
			const from = side === 'winner' ? view.winner : (view.losers.find(differs) ?? view.winner);
			resolved = withValueAt(resolved, path, valueAt(from, path));
		}
	}
	const written = await writeResolution(db, leaves.winner, resolved, leaves.losers.map((l) => l._rev), by, at);
	await journal(userDb, { db: serverDb, kind: 'resolved', docId: id, rev: written.rev, count: leaves.losers.length }, at);
	return written;
}
