// validate_doc_update beyond the shared fixtures: ES5 syntax, deletes, design documents, admins,
// edits by author and reviewer, and role rights agreeing with the domain's writeRightFor.

import { describe, expect, it } from 'vitest';
import { fixtureUsers, validDoc, validFixtures } from '../../src/lib/domain/records/fixtures.ts';
import { WRITE_REFUSALS, writeRightFor } from '../../src/lib/domain/records/write-rights.ts';
import { checkDocUpdate, validateDocUpdateSource, type UserCtx } from './validate-doc-update.ts';

// acorn is not a dependency of ours (eslint brings it); without it the syntax check is skipped.
const acorn = await import('acorn').catch(() => undefined);

const teamDb = { members: { names: [], roles: ['team:chuo'] }, admins: { names: [], roles: ['admin'] } };
const midwife: UserCtx = { name: 'midwife1', roles: ['midwife', 'team:chuo'] };
const later = '2026-11-22T03:00:00.000Z';

describe('the function text', () => {
	it.runIf(acorn !== undefined)('parses as ECMAScript 5 (CouchDB 3 may run SpiderMonkey 1.8.5)', () => {
		expect(() => acorn!.parse(`(${validateDocUpdateSource})`, { ecmaVersion: 5 })).not.toThrow();
	});

	it('is pure ASCII, so no encoding step can change it', () => {
		const outside = [...validateDocUpdateSource].filter((char) => char !== '\t' && char !== '\n' && (char < ' ' || char > '~'));
		expect(outside).toEqual([]);
	});

	it('uses none of the ES2015 forms a quick eye would miss', () => {
		expect(validateDocUpdateSource).not.toMatch(/=>|`|\blet\s|\bconst\s|\.startsWith\(|\.includes\(/);
	});
});

describe('deletes and design documents', () => {
	const tombstone = { _id: validDoc('family, full')._id, _rev: '1-abc', _deleted: true };

	it('refuses a delete by staff', () => {
		expect(checkDocUpdate(tombstone, validDoc('family, full'), midwife, teamDb)).toEqual({
			ok: false,
			forbidden: WRITE_REFUSALS.deleteAdminsOnly
		});
	});

	it('lets the server admin and the app admin delete', () => {
		expect(checkDocUpdate(tombstone, validDoc('family, full'), { name: null, roles: ['_admin'] })).toEqual({ ok: true });
		expect(checkDocUpdate(tombstone, validDoc('family, full'), { name: 'boss', roles: ['admin'] }, teamDb)).toEqual({ ok: true });
	});

	it('lets staff delete a revision only to resolve a conflict, in their own name, on a record they may write', () => {
		const resolution = { ...tombstone, resolvesConflict: true, updatedBy: 'midwife1', updatedAt: later };
		expect(checkDocUpdate(resolution, validDoc('family, full'), midwife, teamDb)).toEqual({ ok: true });
		expect(checkDocUpdate({ ...resolution, updatedBy: 'phn1' }, validDoc('family, full'), midwife, teamDb)).toEqual({
			ok: false,
			forbidden: WRITE_REFUSALS.updatedByOther
		});
		// No revision to delete: nothing to resolve.
		expect(checkDocUpdate(resolution, null, midwife, teamDb)).toEqual({ ok: false, forbidden: WRITE_REFUSALS.deleteAdminsOnly });
		// A promoter may resolve a companion visit, never a family record.
		const promoter: UserCtx = { name: 'promoter1', roles: ['promoter'] };
		expect(checkDocUpdate({ ...resolution, updatedBy: 'promoter1' }, validDoc('family, full'), promoter)).toEqual({
			ok: false,
			forbidden: WRITE_REFUSALS.promoterCompanionOnly
		});
	});

	it('refuses design documents from staff, accepts them from admins', () => {
		const design = { _id: '_design/sneaky', validate_doc_update: 'function () {}' };
		expect(checkDocUpdate(design, null, { name: 'supervisor1', roles: ['supervisor'] })).toEqual({
			ok: false,
			forbidden: WRITE_REFUSALS.designAdminsOnly
		});
		expect(checkDocUpdate(design, null, { name: null, roles: ['_admin'] })).toEqual({ ok: true });
	});

	it('treats a write over a deleted record as a new record', () => {
		const family = validDoc('family, full');
		expect(checkDocUpdate(family, tombstone, midwife, teamDb)).toEqual({ ok: true });
		expect(checkDocUpdate({ ...family, createdBy: 'phn1' }, tombstone, midwife, teamDb)).toMatchObject({
			forbidden: WRITE_REFUSALS.createdByOther
		});
	});
});

describe('edits', () => {
	const visit = validDoc('visit, universal (全戸訪問) with every block');

	it('lets the author amend a visit', () => {
		const amended = { ...visit, outcome: { advice: '追記あり' }, updatedAt: later };
		expect(checkDocUpdate(amended, visit, midwife, teamDb)).toEqual({ ok: true });
	});

	it('refuses a reviewer setting the visit status: the decision is a review record', () => {
		const approved = { ...visit, status: 'approved', updatedAt: later, updatedBy: 'phn1' };
		expect(checkDocUpdate(approved, visit, fixtureUsers.phn1 as unknown as UserCtx, teamDb)).toEqual({ ok: false, forbidden: WRITE_REFUSALS.visitOthers });
	});

	it('lets staff other than the creator edit a family (contact details change)', () => {
		const family = validDoc('family, full');
		const moved = { ...family, address: '長岡市宮内3丁目1-2', updatedAt: later, updatedBy: 'phn1' };
		expect(checkDocUpdate(moved, family, { name: 'phn1', roles: ['phn', 'team:chuo'] }, teamDb)).toEqual({ ok: true });
	});

	it('refuses an edit of a review by anyone but its author', () => {
		const review = validDoc('review, approved without comment');
		const edited = { ...review, updatedBy: 'phn1', updatedAt: later };
		expect(checkDocUpdate(edited, review, { name: 'phn1', roles: ['phn', 'team:chuo'] }, teamDb)).toEqual({
			ok: false,
			forbidden: WRITE_REFUSALS.reviewOthers
		});
	});

	it('accepts a write into a database with no team role (a promoter’s own database)', () => {
		const companion = validDoc('visit, companion (by a promoter) with markup, emoji and line breaks');
		const promoterDb = { members: { names: ['promoter1'], roles: [] }, admins: { names: [], roles: ['admin'] } };
		expect(checkDocUpdate(companion, null, fixtureUsers.promoter1 as unknown as UserCtx, promoterDb)).toEqual({ ok: true });
	});
});

describe('messages the app can show', () => {
	it('names the record type, the field and what is wrong', () => {
		const child = { ...validDoc('child'), birthWeightG: 12000 };
		expect(checkDocUpdate(child, null, midwife, teamDb)).toEqual({
			ok: false,
			forbidden: 'Invalid child record: birthWeightG must be at most 6000.'
		});
		const family = { ...validDoc('family, full'), familyNameKana: '長岡' };
		expect(checkDocUpdate(family, null, midwife, teamDb)).toMatchObject({
			forbidden: 'Invalid family record: familyNameKana must be written in kana (ひらがな or カタカナ).'
		});
	});

	it('names the allowed kinds when the kind is unknown, and the real fault when it is known', () => {
		const visit = validDoc('visit, universal (全戸訪問) with every block');
		expect(checkDocUpdate({ ...visit, kind: 'x' }, null, midwife, teamDb)).toMatchObject({
			forbidden: 'Invalid visit record: kind must be one of "pregnancy-interview", "postpartum-care", "universal", "companion".'
		});
		const { doneTogether: _dropped, ...companion } = validDoc('visit, companion (by a promoter) with markup, emoji and line breaks');
		expect(checkDocUpdate(companion, null, { name: null, roles: ['_admin'] })).toMatchObject({
			forbidden: 'Invalid visit record: doneTogether is missing.'
		});
	});
});

describe('role rights agree with writeRightFor', () => {
	const roleSets = [
		['midwife'], ['phn'], ['promoter'], ['coordinator'], ['supervisor'], ['admin'], [], ['team:chuo'], ['_admin'], ['promoter', 'phn']
	];
	it.each(roleSets.map((roles) => [roles.join('+') || 'no role', roles] as const))('%s', (_label, roles) => {
		for (const fixture of validFixtures) {
			const user: UserCtx = { name: 'someone', roles: [...roles] };
			const doc = { ...fixture.doc, createdBy: 'someone', updatedBy: 'someone' };
			const expected = writeRightFor(roles, doc);
			const verdict = checkDocUpdate(doc, null, user, {});
			expect(verdict, fixture.name).toEqual(expected.allowed ? { ok: true } : { ok: false, forbidden: expected.reason });
		}
	});
});
