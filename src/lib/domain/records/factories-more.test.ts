// The extra builders make valid records, and a file holds exactly the records given.

import { describe, expect, it } from 'vitest';
import { buildCareVisit, buildFamily } from './factories.ts';
import { buildBonding, buildChecklist, buildFamilyFile } from './factories-more.ts';
import { parseRecord } from './migrations.ts';

describe('more builders', () => {
	it('build valid bonding and checklist screenings', () => {
		const family = buildFamily();
		for (const doc of [buildBonding(family), buildBonding(family, { answers: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3] }), buildChecklist(family)]) {
			const result = parseRecord(JSON.parse(JSON.stringify(doc)));
			expect(result.ok ? [] : result.issues).toEqual([]);
		}
	});

	it('score the bonding total from the answers', () => {
		const family = buildFamily();
		expect(buildBonding(family).total).toBe(0);
		expect(buildBonding(family, { total: 12 }).total).toBe(12);
	});

	it('group a family and its records into one file', () => {
		const family = buildFamily();
		const visit = buildCareVisit(family);
		const file = buildFamilyFile(family, visit, buildChecklist(family));
		expect(file.family).toBe(family);
		expect(file.visits).toEqual([visit]);
		expect(file.screenings).toHaveLength(1);
	});
});
