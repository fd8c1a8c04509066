// Schemas only grow: fails when a shipped field is renamed, removed or retyped, or an enum value is
// dropped; additions pass and print how to record them in the committed snapshot.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareFieldLists, schemaFieldList, type FieldList } from './schema-fields.ts';

const snapshotFile = fileURLToPath(new URL('./schema-snapshot.json', import.meta.url));
const updateCommand = 'UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run src/lib/domain/records/schema-snapshot.test.ts';

describe('the record schema snapshot', () => {
	it('still has every shipped field', () => {
		const current = schemaFieldList();
		const shipped = existsSync(snapshotFile) ? (JSON.parse(readFileSync(snapshotFile, 'utf8')) as FieldList) : {};
		const { removed, added } = compareFieldLists(shipped, current);
		expect(
			removed,
			'A shipped field was renamed, removed or retyped, or an enum value dropped. Old documents ' +
				'and old app versions still use it: add a new field (and a migration) instead. ' +
				'See DESIGN.md, Records.'
		).toEqual([]);
		if (added.length > 0 && process.env['UPDATE_SCHEMA_SNAPSHOT']) {
			writeFileSync(snapshotFile, `${JSON.stringify(current, null, '\t')}\n`);
		} else if (added.length > 0) {
			console.warn(`Record schemas grew by ${added.length} entries; record them with:\n  ${updateCommand}\n  ${added.slice(0, 20).join('\n  ')}`);
		}
	});
});

describe('compareFieldLists', () => {
	const shipped: FieldList = { family: ['familyName: string', 'status = "active"', 'status: string'] };

	it('reports a rename as a removal', () => {
		const renamed = { family: ['surname: string', 'status = "active"', 'status: string'] };
		expect(compareFieldLists(shipped, renamed)).toEqual({ removed: ['family: familyName: string'], added: ['family: surname: string'] });
	});

	it('reports a dropped enum value and a retyped field', () => {
		const changed = { family: ['familyName: integer', 'status: string'] };
		expect(compareFieldLists(shipped, changed).removed).toEqual(['family: familyName: string', 'family: status = "active"']);
	});

	it('allows additions', () => {
		const grown = { family: [...shipped['family']!, 'nickname: string'], plan: ['goals: string'] };
		expect(compareFieldLists(shipped, grown)).toEqual({ removed: [], added: ['family: nickname: string', 'plan: goals: string'] });
	});

	it('reports a vanished variant', () => {
		expect(compareFieldLists(shipped, {}).removed).toEqual(['family (the whole variant)']);
	});
});
