import { describe, expect, it } from 'vitest';
import { detectConflicts, listConflicts, loadConflict, resolveConflict, type RecordSource } from './conflicts.ts';
import { projectChanges } from './projection.ts';
import { amendRecord, getRecord, putRecord, RecordValidationError } from './records-db.ts';
import { careVisitRecord, familyRecord, testPouch, testUserDb } from './test-helpers.ts';

const DB = 'yorisoi-team-chuo';
const NOW = new Date('2026-11-22T08:00:00.000Z');

/** Two tablets and a server, as in the field: both tablets hold the record before going offline. */
async function twoTabletsAndAServer(record: Record<string, unknown> & { _id: string }) {
	const server = testPouch();
	const a: RecordSource = { userDb: testUserDb(), serverDb: DB, db: testPouch() };
	const b: RecordSource = { userDb: testUserDb(), serverDb: DB, db: testPouch() };
	await putRecord(a.db, record);
	await a.db.replicate.to(server);
	await b.db.replicate.from(server);
	return { server, a, b };
}

/** A pushes first; B pushes (the server now holds both branches) and pulls A's edit. */
async function syncBothWays({ server, a, b }: Awaited<ReturnType<typeof twoTabletsAndAServer>>, id: string) {
	await a.db.replicate.to(server);
	await b.db.replicate.to(server);
	await b.db.replicate.from(server);
	expect((await b.db.get(id, { conflicts: true }))._conflicts).toHaveLength(1);
}

describe('conflicts between two tablets', () => {
	it('merges edits to different fields: both survive, on every copy, with one revision left', async () => {
		const family = familyRecord({ phone: '0258-12-3456' });
		const setup = await twoTabletsAndAServer(family);
		const { server, a, b } = setup;
		await amendRecord(a.db, family._id, { phone: '090-1111-2222' }, 'midwife1');
		await amendRecord(b.db, family._id, { district: '川口' }, 'phn1');
		await syncBothWays(setup, family._id);

		expect(await detectConflicts(b, [family._id], 'phn1', NOW)).toEqual({ merged: [family._id], conflicted: [] });
		const merged = await b.db.get<Record<string, unknown>>(family._id, { conflicts: true });
		expect(merged).toMatchObject({ phone: '090-1111-2222', district: '川口', updatedBy: 'phn1', updatedAt: NOW.toISOString() });
		expect(merged['_conflicts']).toBeUndefined();
		expect(await b.userDb.journal.where('kind').equals('merged').count()).toBe(1);

		await b.db.replicate.to(server);
		await a.db.replicate.from(server);
		for (const db of [server, a.db]) {
			const copy = await db.get<Record<string, unknown>>(family._id, { conflicts: true });
			expect(copy).toMatchObject({ phone: '090-1111-2222', district: '川口', _rev: merged._rev });
			expect(copy['_conflicts']).toBeUndefined();
		}
	});

	it('merges edits to different fields inside nested blocks of a visit', async () => {
		const visit = careVisitRecord(familyRecord()._id);
		const setup = await twoTabletsAndAServer(visit);
		const { a, b } = setup;
		const mother = visit['mother'] as { exam: Record<string, unknown> };
		await amendRecord(a.db, visit._id, { mother: { ...mother, exam: { ...mother.exam, weightKg: 57.9 } } }, 'midwife1');
		await amendRecord(b.db, visit._id, { mother: { ...mother, exam: { ...mother.exam, sleep: 'enough' } } }, 'midwife1');
		await syncBothWays(setup, visit._id);

		expect((await detectConflicts(b, [visit._id], 'midwife1', NOW)).merged).toEqual([visit._id]);
		expect(await getRecord(b.db, visit._id)).toMatchObject({ mother: { exam: { weightKg: 57.9, sleep: 'enough' } } });
	});

	it('keeps both versions of a field edited on both tablets until a person chooses', async () => {
		const family = familyRecord();
		const setup = await twoTabletsAndAServer(family);
		const { server, a, b } = setup;
		await amendRecord(a.db, family._id, { district: '川口', phone: '0258-99-0000' }, 'midwife1');
		await amendRecord(b.db, family._id, { district: '与板' }, 'phn1');
		await syncBothWays(setup, family._id);
		await projectChanges(b.userDb, DB, b.db);

		expect(await detectConflicts(b, [family._id], 'phn1', NOW)).toEqual({ merged: [], conflicted: [family._id] });
		// Nothing was written; the row shows the conflict; the journal says why, once.
		expect((await b.db.get(family._id, { conflicts: true }))._conflicts).toHaveLength(1);
		expect((await listConflicts(b.userDb)).map((row) => row._id)).toEqual([family._id]);
		await detectConflicts(b, [family._id], 'phn1', NOW);
		const journal = await b.userDb.journal.where('kind').equals('conflict').toArray();
		expect(journal).toHaveLength(1);
		expect(journal[0]?.reason).toMatch(/district/);

		const view = await loadConflict(b.db, family._id);
		expect(view?.conflictingFields).toEqual(['district']);
		const districts = [view?.winner['district'], view?.losers[0]?.['district']].sort();
		expect(districts).toEqual(['与板', '川口'].sort());
		expect(view?.ancestor?.['district']).toBe('阪之上');

		// The person keeps the losing side's district; A's undisputed phone edit survives too.
		const loserDistrict = view?.losers[0]?.['district'];
		const written = await resolveConflict(b, family._id, { fields: { district: 'loser' } }, 'phn1', NOW);
		expect(written?.rev).toMatch(/^3-/);
		const resolved = await b.db.get<Record<string, unknown>>(family._id, { conflicts: true });
		expect(resolved).toMatchObject({ district: loserDistrict, phone: '0258-99-0000', updatedBy: 'phn1' });
		expect(resolved['_conflicts']).toBeUndefined();
		expect(await b.userDb.journal.where('kind').equals('resolved').count()).toBe(1);

		await projectChanges(b.userDb, DB, b.db);
		expect(await listConflicts(b.userDb)).toEqual([]);
		await b.db.replicate.to(server);
		expect((await server.get(family._id, { conflicts: true }))._conflicts).toBeUndefined();
		expect(await loadConflict(b.db, family._id)).toBeUndefined();
	});

	it('leaves a conflict for a person when the common ancestor is not stored on this device', async () => {
		const family = familyRecord();
		const setup = await twoTabletsAndAServer(family);
		const { server, a, b } = setup;
		await amendRecord(a.db, family._id, { phone: '090-1111-2222' }, 'midwife1');
		await amendRecord(b.db, family._id, { district: '川口' }, 'phn1');
		await syncBothWays(setup, family._id);
		// A third tablet that never held the first revision: only the two leaves reach it.
		const c: RecordSource = { userDb: testUserDb(), serverDb: DB, db: testPouch() };
		await c.db.replicate.from(server);

		expect(await detectConflicts(c, [family._id], 'supervisor1', NOW)).toEqual({ merged: [], conflicted: [family._id] });
		expect((await c.userDb.journal.where('kind').equals('conflict').first())?.reason).toMatch(/ancestor/);
		const view = await loadConflict(c.db, family._id);
		expect(view?.ancestor).toBeUndefined();
		expect(view?.conflictingFields).toEqual(['district', 'phone']);
	});

	it('resolves with a whole chosen document, still validated', async () => {
		const family = familyRecord();
		const setup = await twoTabletsAndAServer(family);
		const { a, b } = setup;
		await amendRecord(a.db, family._id, { district: '川口' }, 'midwife1');
		await amendRecord(b.db, family._id, { district: '与板' }, 'phn1');
		await syncBothWays(setup, family._id);
		const view = await loadConflict(b.db, family._id);

		await expect(resolveConflict(b, family._id, { doc: { ...view!.winner, status: 'unknown' } }, 'phn1', NOW)).rejects.toBeInstanceOf(RecordValidationError);
		await resolveConflict(b, family._id, { doc: { ...view!.winner, district: '寺泊' } }, 'phn1', NOW);
		expect(await getRecord(b.db, family._id)).toMatchObject({ district: '寺泊' });
		expect((await b.db.get(family._id, { conflicts: true }))._conflicts).toBeUndefined();
	});

	it('passes over documents without conflicts', async () => {
		const family = familyRecord();
		const { b } = await twoTabletsAndAServer(family);
		expect(await detectConflicts(b, [family._id, 'family:mi7x3k2a00000000009'], 'phn1', NOW)).toEqual({ merged: [], conflicted: [] });
		expect(await b.userDb.journal.count()).toBe(0);
	});
});
