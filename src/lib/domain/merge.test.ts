import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differingFields, sameValue, threeWayMerge, valueAt, withValueAt, type JsonObject } from './merge.ts';

const IGNORE = ['_rev', 'updatedAt', 'updatedBy'];

// A small key space and value domain, so that generated documents overlap often enough for
// conflicts, equal changes and nested merges to actually occur.
const key = fc.constantFrom('a', 'b', 'c', 'updatedAt', '_rev');
const { doc } = fc.letrec<{ doc: JsonObject; value: unknown }>((tie) => ({
	value: fc.oneof(
		{ depthSize: 'small' },
		fc.constantFrom(0, 1, 'x', 'y', true, null),
		fc.array(fc.constantFrom(1, 2), { maxLength: 2 }),
		tie('doc')
	),
	doc: fc.dictionary(key, tie('value'), { maxKeys: 4 }) as fc.Arbitrary<JsonObject>
}));

describe('threeWayMerge', () => {
	it('keeps both sides when they changed different fields', () => {
		const ancestor = { status: 'submitted', note: 'first', mother: { weightKg: 60, bpSystolic: 120 } };
		const ours = { ...ancestor, note: 'amended', mother: { weightKg: 60, bpSystolic: 118 } };
		const theirs = { ...ancestor, status: 'approved', mother: { weightKg: 61, bpSystolic: 120 } };
		expect(threeWayMerge(ancestor, ours, theirs)).toEqual({
			ok: true,
			merged: { status: 'approved', note: 'amended', mother: { weightKg: 61, bpSystolic: 118 } }
		});
	});

	it('reports a field both sides changed differently, keeping ours in the partial result', () => {
		const result = threeWayMerge({ note: 'a', x: 1 }, { note: 'b', x: 1 }, { note: 'c', x: 2 });
		expect(result).toEqual({ ok: false, conflicts: ['note'], partial: { note: 'b', x: 2 } });
	});

	it('is not a conflict when both sides made the same change', () => {
		expect(threeWayMerge({ n: 1 }, { n: 2 }, { n: 2 })).toEqual({ ok: true, merged: { n: 2 } });
	});

	it('names nested paths and treats arrays as single values', () => {
		const result = threeWayMerge(
			{ mother: { exam: { weightKg: 60 } }, tags: [1] },
			{ mother: { exam: { weightKg: 61 } }, tags: [1, 2] },
			{ mother: { exam: { weightKg: 62 } }, tags: [1, 3] }
		);
		expect(result.ok === false && result.conflicts).toEqual(['mother.exam.weightKg', 'tags']);
	});

	it('applies a deletion made on one side, and conflicts a deletion against an edit', () => {
		expect(threeWayMerge({ a: 1, b: 2 }, { a: 1 }, { a: 1, b: 2 })).toEqual({ ok: true, merged: { a: 1 } });
		expect(threeWayMerge({ a: 1, b: 2 }, { a: 1 }, { a: 1, b: 3 })).toMatchObject({ ok: false, conflicts: ['b'] });
	});

	it('merges groups both sides added when their fields do not overlap', () => {
		expect(threeWayMerge({}, { g: { a: 1 } }, { g: { b: 2 } })).toEqual({ ok: true, merged: { g: { a: 1, b: 2 } } });
	});

	it('never reports ignored fields and takes them from ours', () => {
		const result = threeWayMerge(
			{ updatedAt: 't0', n: 1 },
			{ updatedAt: 't1', n: 1 },
			{ updatedAt: 't2', n: 2 },
			{ ignore: IGNORE }
		);
		expect(result).toEqual({ ok: true, merged: { updatedAt: 't1', n: 2 } });
	});

	it('merge(a, a, x) is x', () => {
		fc.assert(fc.property(doc, doc, (a, x) => {
				expect(threeWayMerge(a, a, x)).toEqual({ ok: true, merged: x });
			}));
	});

	it('merge(a, x, a) is x', () => {
		fc.assert(fc.property(doc, doc, (a, x) => {
				expect(threeWayMerge(a, x, a)).toEqual({ ok: true, merged: x });
			}));
	});

	it('merge(a, x, x) is x', () => {
		fc.assert(fc.property(doc, doc, (a, x) => {
				expect(threeWayMerge(a, x, x)).toEqual({ ok: true, merged: x });
			}));
	});

	it('detects the same conflicts whichever side is ours, and merges to the same document', () => {
		fc.assert(
			fc.property(doc, doc, doc, (a, o, t) => {
				const left = threeWayMerge(a, o, t);
				const right = threeWayMerge(a, t, o);
				expect(left.ok).toBe(right.ok);
				if (left.ok && right.ok) expect(left.merged).toEqual(right.merged);
				if (!left.ok && !right.ok) expect(left.conflicts).toEqual(right.conflicts);
			})
		);
	});

	it('never reports an ignored field as a conflict', () => {
		fc.assert(
			fc.property(doc, doc, doc, (a, o, t) => {
				const result = threeWayMerge(a, o, t, { ignore: IGNORE });
				if (!result.ok) for (const path of result.conflicts) expect(IGNORE).not.toContain(path);
			})
		);
	});

	it('keeps every edit when the two sides changed disjoint top-level fields', () => {
		fc.assert(
			fc.property(doc, doc, doc, (a, changesO, changesT) => {
				// theirs only touches keys ours did not.
				const t = Object.fromEntries(Object.entries(changesT).filter(([k]) => !(k in changesO)));
				const ours = { ...a, ...changesO };
				const theirs = { ...a, ...t };
				const result = threeWayMerge(a, ours, theirs);
				expect(result).toEqual({ ok: true, merged: { ...a, ...changesO, ...t } });
			})
		);
	});

	it('changes nothing when a conflict is found on a field (a conflict is reported, not decided)', () => {
		fc.assert(
			fc.property(doc, doc, doc, (a, o, t) => {
				const result = threeWayMerge(a, o, t);
				if (!result.ok) for (const path of result.conflicts) expect(sameValue(valueAt(result.partial, path), valueAt(o, path))).toBe(true);
			})
		);
	});
});

describe('differingFields and path helpers', () => {
	it('lists the deepest differing fields', () => {
		expect(differingFields({ a: 1, g: { x: 1, y: 2 }, updatedAt: 'p' }, { a: 1, g: { x: 2, y: 2 }, b: 3, updatedAt: 'q' }, { ignore: IGNORE })).toEqual([
			'b',
			'g.x'
		]);
	});

	it('reads and writes dotted paths without touching the original', () => {
		const original = { g: { x: 1 } };
		const written = withValueAt(original, 'g.y.z', 2);
		expect(written).toEqual({ g: { x: 1, y: { z: 2 } } });
		expect(original).toEqual({ g: { x: 1 } });
		expect(valueAt(written, 'g.y.z')).toBe(2);
		expect(withValueAt(written, 'g.x', undefined)).toEqual({ g: { y: { z: 2 } } });
	});
});
