import { describe, expect, it } from 'vitest';
import { visitSchema } from '../../records/visit.ts';
import { buildFamily } from '../../records/factories.ts';
import { newRecordId } from '../../records/record-id.ts';
import { buildVisitRecords } from '../build.ts';
import type { FieldDefinition, FormValues, VisitFormDefinition } from '../types.ts';
import { allFields, emptyValues } from '../values.ts';
import { VISIT_FORMS, visitFormFor } from './index.ts';

const family = buildFamily();
const context = { family, by: 'midwife1', now: new Date('2026-11-25T01:00:00Z'), today: '2026-11-25', ids: { visit: newRecordId('visit') } };
const definitions = Object.values(VISIT_FORMS);

/** A valid value for every field, so the whole definition is exercised against the schema. */
function sample(field: FieldDefinition): FormValues[string] | undefined {
	switch (field.type) {
		case 'number':
			return String(field.min);
		case 'date':
			return '2026-11-20';
		case 'time':
			return '10:30';
		case 'choice':
			return field.options[0]!.value;
		case 'multi':
			return [field.options[0]!.value];
		case 'tick':
			return true;
		case 'text':
		case 'note':
			return 'テスト';
		default:
			return undefined;
	}
}

function filled(definition: VisitFormDefinition): FormValues {
	const values = emptyValues(definition);
	for (const field of allFields(definition)) {
		if (field.type === 'record-ref' || field.path.startsWith('judgement.')) continue;
		const value = sample(field);
		if (value !== undefined) values[field.path] = value;
	}
	return values;
}

describe.each(definitions.map((definition) => [definition.kind, definition] as const))('the %s form', (_kind, definition) => {
	it('maps every field into a record the schema accepts', () => {
		const result = buildVisitRecords(definition, filled(definition), context);
		expect(result.ok ? [] : result.issues).toEqual([]);
	});

	it('has unique field paths', () => {
		const paths = allFields(definition).map((field) => field.path);
		expect(new Set(paths).size).toBe(paths.length);
	});

	it('states number ranges the record schema agrees with, at both ends and just outside', () => {
		for (const field of allFields(definition)) {
			if (field.type !== 'number' || field.path.startsWith('judgement.')) continue;
			const base = filled(definition);
			for (const [value, ok] of [
				[field.min, true],
				[field.max, true],
				[field.min - 1, false],
				[field.max + 1, false]
			] as const) {
				const record = buildVisitRecords(definition, base, context);
				if (!record.ok) throw new Error('base record failed');
				const candidate = structuredClone(record.visit) as Record<string, unknown>;
				let node = candidate;
				const keys = field.path.split('.');
				for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
				node[keys.at(-1)!] = value;
				expect({ path: field.path, value, ok: visitSchema.safeParse(candidate).success }).toEqual({ path: field.path, value, ok });
			}
		}
	});
});

describe('the companion visit form', () => {
	it('asks nothing clinical: no mother, baby, screening or risk field', () => {
		const paths = allFields(VISIT_FORMS.companion).map((field) => field.path);
		expect(paths.filter((path) => /^(mother|baby|epds|bonding|checklist|riskIndicators|judgement)(\.|$)/.test(path))).toEqual([]);
		expect(allFields(VISIT_FORMS.companion).some((field) => field.type === 'questionnaire' || field.type === 'checklist' || field.type === 'record-ref')).toBe(false);
		expect(VISIT_FORMS.companion.audience).toBe('promoter');
	});
});

describe('finding a definition', () => {
	it('finds each kind and nothing else', () => {
		expect(visitFormFor('universal')?.kind).toBe('universal');
		expect(visitFormFor('toString')).toBeUndefined();
		expect(visitFormFor('<script>')).toBeUndefined();
	});
});
