import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VISIT_FORMS } from './definitions/index.ts';
import { conditionHolds, getPath, pruneEmpty, setPath, visibleSections } from './values.ts';

describe('paths in records', () => {
	it('sets and reads back any nested path', () => {
		fc.assert(
			fc.property(fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 4 }), fc.integer(), (keys, value) => {
				const record: Record<string, unknown> = {};
				setPath(record, keys.join('.'), value);
				expect(getPath(record, keys.join('.'))).toBe(value);
			})
		);
	});

	it('removes a value without creating empty objects, and prunes what is left empty', () => {
		const record: Record<string, unknown> = { baby: { exam: { weightG: 4000 } } };
		setPath(record, 'mother.exam.weightKg', undefined);
		expect(record).not.toHaveProperty('mother');
		setPath(record, 'baby.exam.weightG', undefined);
		expect(pruneEmpty(record)).toEqual({});
	});
});

describe('skip logic', () => {
	it('evaluates each kind of condition', () => {
		expect(conditionHolds({ path: 'a', in: ['mixed', 'formula'] }, { a: 'mixed' })).toBe(true);
		expect(conditionHolds({ path: 'a', in: ['mixed'] }, { a: 'breast' })).toBe(false);
		expect(conditionHolds({ path: 'a', in: ['true'] }, { a: true })).toBe(true);
		expect(conditionHolds({ path: 'a', filled: true }, { a: ' ' })).toBe(false);
		expect(conditionHolds({ path: 'a', filled: true }, { a: ['x'] })).toBe(true);
		expect(conditionHolds({ path: 'a', includes: 'other' }, { a: ['hypertension', 'other'] })).toBe(true);
		expect(conditionHolds(undefined, {})).toBe(true);
	});

	it('shows the formula amount only for mixed or formula feeding', () => {
		const paths = (method: string) => visibleSections(VISIT_FORMS['postpartum-care'], { 'baby.exam.feeding.method': method }).flatMap((s) => s.fields.map((f) => f.path));
		expect(paths('breast')).not.toContain('baby.exam.feeding.amountMl');
		expect(paths('formula')).toContain('baby.exam.feeding.amountMl');
	});
});
