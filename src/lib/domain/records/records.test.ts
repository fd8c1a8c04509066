// Rules about the record set as a whole: what a family may hold, the envelope helper, and the
// JSON Schema the server checks being within what its checker understands.

import { describe, expect, it } from 'vitest';
import { newEnvelope } from './envelope.ts';
import { familySchema } from './family.ts';
import { parseRecord } from './migrations.ts';
import { JSON_SCHEMA_KEYWORDS, recordRules, type JsonSchema } from './record-rules.ts';
import { recordSchema } from './record.ts';
import { RECORD_TYPES } from './record-types.ts';
import { writeRightFor, WRITE_REFUSALS } from './write-rights.ts';

describe('the family record', () => {
	it('holds identity and contact only (it replicates to promoters): adding a field needs a look here', () => {
		expect(Object.keys(familySchema.shape).sort()).toEqual(
			[
				'_id', '_rev', 'type', 'schemaVersion', 'team', 'familyId', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy',
				'familyName', 'givenName', 'familyNameKana', 'givenNameKana', 'birthDate', 'phone', 'postalCode', 'address',
				'district', 'assignedTo', 'status', 'closedOn'
			].sort()
		);
	});
});

describe('newEnvelope', () => {
	const at = new Date('2026-11-20T01:30:00.000Z');

	it('makes a family point at itself and stamps author and time at the current version', () => {
		const envelope = newEnvelope('family', { team: 'chuo', by: 'midwife1', at });
		expect(envelope).toMatchObject({
			type: 'family',
			schemaVersion: 2,
			familyId: envelope._id,
			createdAt: '2026-11-20T01:30:00.000Z',
			createdBy: 'midwife1',
			updatedBy: 'midwife1'
		});
	});

	it('needs a family for every other type', () => {
		expect(() => newEnvelope('visit', { team: 'chuo', by: 'midwife1', at })).toThrow(/familyId/);
	});

	it('with a family, stamps a valid review', () => {
		const family = newEnvelope('family', { team: 'chuo', by: 'midwife1', at });
		const visit = newEnvelope('visit', { team: 'chuo', by: 'midwife1', at, familyId: family._id });
		const review = { ...newEnvelope('review', { team: 'chuo', by: 'phn1', at, familyId: family._id }), visitId: visit._id, decision: 'approved' };
		expect(parseRecord(review)).toMatchObject({ ok: true });
		expect(recordSchema.safeParse(review).success).toBe(true);
	});
});

describe('the JSON Schema the server checks against', () => {
	function keywordsOf(schema: JsonSchema | boolean, into: Set<string>): void {
		if (typeof schema !== 'object') return;
		for (const [keyword, value] of Object.entries(schema)) {
			into.add(keyword);
			if (keyword === 'properties') for (const sub of Object.values(value as Record<string, JsonSchema>)) keywordsOf(sub, into);
			else if (['anyOf', 'oneOf', 'allOf', 'prefixItems'].includes(keyword)) for (const sub of value as JsonSchema[]) keywordsOf(sub, into);
			else if (['items', 'additionalProperties', 'propertyNames', 'not'].includes(keyword)) keywordsOf(value as JsonSchema, into);
		}
	}

	it('uses only keywords the ES5 checker understands', () => {
		const used = new Set<string>();
		for (const type of RECORD_TYPES) for (const schema of Object.values(recordRules().schemas[type])) keywordsOf(schema, used);
		expect([...used].filter((keyword) => !(JSON_SCHEMA_KEYWORDS as readonly string[]).includes(keyword))).toEqual([]);
	});

	it('has patterns an ES5 engine can compile (no lookbehind, named groups or flags)', () => {
		const patterns = JSON.stringify(recordRules()).match(/"pattern":"(?:[^"\\]|\\.)*"/g) ?? [];
		expect(patterns.length).toBeGreaterThan(10);
		for (const pattern of patterns) expect(pattern).not.toMatch(/\(\?<|\\p\{|\\k</);
	});
});

describe('writeRightFor', () => {
	it('lets a promoter write companion visits and nothing else', () => {
		expect(writeRightFor(['promoter'], { type: 'visit', kind: 'companion' })).toEqual({ allowed: true });
		expect(writeRightFor(['promoter'], { type: 'visit', kind: 'universal' })).toEqual({ allowed: false, reason: WRITE_REFUSALS.promoterCompanionOnly });
		expect(writeRightFor(['promoter'], { type: 'family' })).toMatchObject({ allowed: false });
	});

	it('keeps reviews to reviewers', () => {
		expect(writeRightFor(['midwife'], { type: 'review' })).toEqual({ allowed: false, reason: WRITE_REFUSALS.reviewersOnly });
		for (const role of ['phn', 'coordinator', 'supervisor', '_admin']) expect(writeRightFor([role], { type: 'review' })).toEqual({ allowed: true });
	});
});
