// The one place the zod schemas and the server's validate_doc_update meet: the same fixtures and
// the same generated variations go through both, so the two cannot drift apart.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	forbiddenFixtures,
	malformedFixtures,
	SCRIPT_TEXT,
	validFixtures,
	type FixtureDoc
} from '../../src/lib/domain/records/fixtures.ts';
import { parseRecord } from '../../src/lib/domain/records/migrations.ts';
import { checkDocUpdate, type UserCtx } from './validate-doc-update.ts';

const admin: UserCtx = { name: null, roles: ['_admin'] };
const teamDb = { members: { roles: ['team:chuo'] }, admins: { roles: ['admin'] } };
const userCtx = (user: { name: string | null; roles: readonly string[] }): UserCtx => ({ name: user.name, roles: [...user.roles] });
const asStored = <T>(doc: T): T => JSON.parse(JSON.stringify(doc)) as T;

describe('valid fixtures pass both checkers', () => {
	it.each(validFixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
		const parsed = parseRecord(asStored(fixture.doc));
		expect(parsed.ok ? [] : parsed.issues).toEqual([]);
		expect(checkDocUpdate(fixture.doc, null, userCtx(fixture.user), teamDb)).toEqual({ ok: true });
		expect(checkDocUpdate(fixture.doc, null, admin)).toEqual({ ok: true });
	});

	it('keeps markup as the plain text it was typed as', () => {
		const withMarkup = validFixtures.filter((f) => JSON.stringify(f.doc).includes('<script>'));
		expect(withMarkup.length).toBeGreaterThanOrEqual(2);
		for (const fixture of withMarkup) {
			const parsed = parseRecord(asStored(fixture.doc));
			if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
			expect(JSON.stringify(parsed.record)).toContain(JSON.stringify(SCRIPT_TEXT).slice(1, -1));
			expect(parsed.record).toEqual(fixture.doc);
		}
	});
});

describe('malformed fixtures are refused by both, at the same field', () => {
	it.each(malformedFixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
		const parsed = parseRecord(asStored(fixture.doc));
		expect(parsed.ok, fixture.why).toBe(false);
		if (!parsed.ok) expect(parsed.issues.map((issue) => issue.path)).toContain(fixture.path);

		for (const user of [userCtx(fixture.user), admin]) {
			const verdict = checkDocUpdate(fixture.doc, null, user, teamDb);
			expect(verdict.ok, fixture.why).toBe(false);
			if (!verdict.ok) expect(verdict.forbidden).toContain(fixture.path);
		}
	});
});

describe('forbidden writes: well-formed, refused by the server for who wrote them', () => {
	it.each(forbiddenFixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
		expect(parseRecord(asStored(fixture.doc)).ok).toBe(true);
		const verdict = checkDocUpdate(fixture.doc, fixture.oldDoc ?? null, userCtx(fixture.user), fixture.secObj ?? {});
		expect(verdict).toMatchObject({ ok: false });
		if (!verdict.ok) expect(verdict.forbidden.startsWith(fixture.refusal), verdict.forbidden).toBe(true);
		// Server-side replication runs as admin and must carry the same document through.
		expect(checkDocUpdate(fixture.doc, fixture.oldDoc ?? null, admin)).toEqual({ ok: true });
	});
});

/** Every path to a value inside a document, objects and arrays alike. */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
	if (typeof value !== 'object' || value === null) return [prefix];
	const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
	return [prefix, ...entries.flatMap(([key, v]) => pathsOf(v, [...prefix, key]))];
}

function valueAt(doc: unknown, path: Array<string | number>): unknown {
	return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], doc);
}

type Mutation = { mode: 'set' | 'remove' | 'add'; key: string; value: unknown };

/** The document with one field set, removed, or (on an object) one more field added. */
function mutate(doc: FixtureDoc, path: Array<string | number>, { mode, key, value }: Mutation): unknown {
	if (path.length === 0 && mode !== 'add') return value;
	const copy = structuredClone(doc);
	const target = valueAt(copy, path);
	if (mode === 'add' && typeof target === 'object' && target !== null && !Array.isArray(target)) {
		(target as Record<string, unknown>)[key] = value;
		return copy;
	}
	if (path.length === 0) return value;
	const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
	const last = path[path.length - 1]!;
	if (mode === 'remove') delete parent[last];
	else parent[last] = value;
	return copy;
}

const fixturePaths = validFixtures.flatMap((fixture) => pathsOf(fixture.doc).map((path) => ({ fixture, path })));
// Values and keys that occur somewhere in the fixtures: ids of other types, other fields' enum
// values and dates, field names that belong elsewhere (answers on a clinic result …).
const knownValues = [...new Set(fixturePaths.map(({ fixture, path }) => valueAt(fixture.doc, path)).filter((v) => typeof v !== 'object'))];
const knownKeys = [...new Set(fixturePaths.map(({ path }) => path[path.length - 1]).filter((k): k is string => typeof k === 'string'))];
const nearLimits = [0, 1, 2, 9, 10, 11, 39, 40, 41, 63, 64, 65, 79, 80, 81, 99, 100, 101, 199, 200, 201, 499, 500, 501, 999, 1000, 1001, 1999, 2000, 2001];

// Values that probe each rule's edges: text of every kind and length, numbers at and past ranges, other types.
const probe = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 50 }),
	fc.tuple(fc.constantFrom('あ', 'a', ' ', '\n', '😊', 'ア'), fc.constantFrom(...nearLimits)).map(([char, n]) => char.repeat(n)),
	fc.constantFrom(...knownValues),
	fc.constantFrom('', ' ', 'x ', '2026-02-29', '2028-02-29', '2026-11-20T01:30:00Z', '12:60', 'Chuo', 'visit:mi7x3k2a00000000001'),
	fc.integer({ min: -10, max: 7000 }),
	fc.double({ noNaN: true, noDefaultInfinity: true }),
	fc.boolean(),
	fc.constant(null),
	fc.jsonValue({ maxDepth: 2 })
);

const mutation = fc.record({
	mode: fc.constantFrom('set', 'remove', 'add'),
	key: fc.constantFrom(...knownKeys),
	value: probe
}) as fc.Arbitrary<Mutation>;

describe('zod and validate_doc_update agree on any variation of a valid document', () => {
	it('set, remove or add any field, to anything: both accept or both refuse', () => {
		let accepted = 0;
		let refused = 0;
		fc.assert(
			fc.property(fc.constantFrom(...fixturePaths), mutation, ({ fixture, path }, change) => {
				const doc = asStored(mutate(fixture.doc, path, change));
				const byZod = parseRecord(doc).ok;
				const byServer = typeof doc === 'object' && doc !== null && !Array.isArray(doc) && checkDocUpdate(doc, null, admin).ok;
				expect({ path: path.join('.'), byServer }).toEqual({ path: path.join('.'), byServer: byZod });
				if (byZod) accepted++;
				else refused++;
			}),
			{ numRuns: 5000 }
		);
		// Both outcomes must be common, or the property proves little.
		expect(Math.min(accepted, refused)).toBeGreaterThan(500);
	});
});
