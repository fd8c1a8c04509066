// Reading old documents: the v1 → v2 family migration, and that every valid old document upgrades.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { familySchemaV1, migrateFamilyV1ToV2 } from './family.ts';
import { validDoc } from './fixtures.ts';
import { parseRecord, recordMigrations } from './migrations.ts';
import { CURRENT_SCHEMA_VERSION, RECORD_TYPES } from './record-types.ts';

const V1 = 'family, schema v1 (one name field) is still accepted and read through the migration';

describe('parseRecord', () => {
	it('upgrades a v1 family: one name becomes family and given names', () => {
		const result = parseRecord(validDoc(V1));
		expect(result).toMatchObject({
			ok: true,
			migratedFrom: 1,
			record: { schemaVersion: 2, familyName: '小林', givenName: '美咲', familyNameKana: 'コバヤシ', givenNameKana: 'ミサキ' }
		});
		if (result.ok) expect(result.record).not.toHaveProperty('name');
	});

	it('keeps a name with no space whole, as the family name', () => {
		const doc = { ...validDoc(V1), name: 'マリア', nameKana: 'マリア' };
		expect(parseRecord(doc)).toMatchObject({ ok: true, record: { familyName: 'マリア', givenName: '', givenNameKana: '' } });
	});

	it('reports a malformed old document against its own version, before migrating', () => {
		const doc = { ...validDoc(V1), district: '' };
		expect(parseRecord(doc)).toEqual({
			ok: false,
			issues: [{ path: 'district', message: expect.stringMatching(/^\(as stored, v1\) /) }]
		});
	});

	it('leaves current documents untouched and says nothing about migration', () => {
		const doc = validDoc('family, full');
		expect(parseRecord(doc)).toEqual({ ok: true, record: doc });
	});

	it('refuses documents from a newer app, unknown types and non-objects', () => {
		expect(parseRecord({ ...validDoc('child'), schemaVersion: 2 })).toMatchObject({ ok: false, issues: [{ path: 'schemaVersion' }] });
		expect(parseRecord({ type: 'diary' })).toMatchObject({ ok: false, issues: [{ path: 'type' }] });
		expect(parseRecord(null)).toMatchObject({ ok: false, issues: [{ path: '' }] });
		expect(parseRecord([])).toMatchObject({ ok: false });
		expect(parseRecord({ ...validDoc('child'), schemaVersion: 0 })).toMatchObject({ ok: false });
	});
});

describe('the migration table', () => {
	it('has a step from every old version of every type', () => {
		for (const type of RECORD_TYPES) {
			for (let version = 1; version < CURRENT_SCHEMA_VERSION[type]; version++) {
				expect(recordMigrations[type]?.[version], `${type} v${version}`).toBeDefined();
			}
		}
	});

	it('turns every valid v1 family into a valid v2 family', () => {
		const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 45 });
		const kana = fc.array(fc.constantFrom('ア', 'ン', 'ー', 'は', '　', ' ', 'ゞ'), { maxLength: 45 }).map((c) => c.join(''));
		fc.assert(
			fc.property(text, kana, (name, nameKana) => {
				const doc = { ...validDoc(V1), name, nameKana };
				fc.pre(familySchemaV1.safeParse(doc).success);
				const result = parseRecord(doc);
				expect(result.ok ? [] : result.issues).toEqual([]);
			}),
			{ numRuns: 2000 }
		);
	});

	it('keeps fields it does not know about', () => {
		expect(migrateFamilyV1ToV2({ name: 'a b', nameKana: '', futureField: 1 })).toMatchObject({ futureField: 1 });
	});
});
