import { describe, expect, it } from 'vitest';
import { buildFamily, buildPregnancy } from '$lib/domain/records/factories';
import { childFormFrom, childRecordFrom, emptyChildForm } from './child-form';

// 2026-11-24 08:00 in Nagaoka, still the 23rd in UTC: a baby born today is not in the future.
const now = new Date('2026-11-23T23:00:00Z');
const family = buildFamily();
const pregnancy = buildPregnancy(family, { expectedDueDate: '2026-11-30' });

function filled() {
	return {
		...emptyChildForm({ familyName: family.familyName, pregnancies: [pregnancy] }),
		sex: 'female',
		birthDate: '2026-11-24',
		birthWeightG: '３，０５０',
		gestationalWeeks: '39',
		gestationalDays: '2',
		birthLengthCm: '49.5',
		birthOrder: '1'
	};
}

describe('childRecordFrom', () => {
	it('makes a child record with the birth facts as numbers and the chosen pregnancy', () => {
		const result = childRecordFrom(filled(), { by: 'midwife1', now, family });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.record).toMatchObject({
			type: 'child',
			familyId: family._id,
			pregnancyId: pregnancy._id,
			familyName: '長岡',
			sex: 'female',
			birthDate: '2026-11-24',
			birthWeightG: 3050,
			gestationalWeeks: 39,
			gestationalDays: 2,
			birthLengthCm: 49.5,
			birthOrder: 1
		});
		expect('givenName' in result.record).toBe(false);
		expect('birthHeadCm' in result.record).toBe(false);
	});

	it('asks for every required birth fact left empty', () => {
		const result = childRecordFrom(emptyChildForm(), { by: 'midwife1', now, family });
		expect(result).toEqual({
			ok: false,
			errors: {
				sex: { key: 'validation.required' },
				birthDate: { key: 'validation.required' },
				birthWeightG: { key: 'validation.required' },
				gestationalWeeks: { key: 'validation.required' }
			}
		});
	});

	it('gives the range for a birth weight, weeks or length out of bounds, and refuses a decimal where whole numbers go', () => {
		const values = { ...filled(), birthWeightG: '250', gestationalWeeks: '39.5', gestationalDays: '7', birthLengthCm: '70' };
		const result = childRecordFrom(values, { by: 'midwife1', now, family });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual({
			birthWeightG: { key: 'familyPage.range.integer', params: { min: 300, max: 6000 } },
			gestationalWeeks: { key: 'familyPage.range.integer', params: { min: 22, max: 44 } },
			gestationalDays: { key: 'familyPage.range.integer', params: { min: 0, max: 6 } },
			birthLengthCm: { key: 'familyPage.range.decimal', params: { min: 20, max: 65 } }
		});
	});

	it('refuses a birth date in the future', () => {
		const result = childRecordFrom({ ...filled(), birthDate: '2026-11-25' }, { by: 'midwife1', now, family });
		expect(result).toEqual({ ok: false, errors: { birthDate: { key: 'validation.futureDate' } } });
	});

	it('keeps markup in a name as plain text; a reading must be kana', () => {
		const script = '<script>alert(1)</script>';
		const asName = childRecordFrom({ ...filled(), givenName: script }, { by: 'midwife1', now, family });
		expect(asName.ok && asName.record.givenName).toBe(script);
		const asKana = childRecordFrom({ ...filled(), givenNameKana: script }, { by: 'midwife1', now, family });
		expect(asKana).toEqual({ ok: false, errors: { givenNameKana: { key: 'validation.kana' } } });
		const notSex = childRecordFrom({ ...filled(), sex: 'unknown' }, { by: 'midwife1', now, family });
		expect(notSex).toEqual({ ok: false, errors: { sex: { key: 'validation.choice' } } });
	});

	it('amends an existing record, keeping its envelope and unknown fields', () => {
		const created = childRecordFrom(filled(), { by: 'midwife1', now, family });
		if (!created.ok) throw new Error('fixture invalid');
		const existing = { ...created.record, status: 'active' as const, futureField: 'kept' };
		const values = { ...childFormFrom(existing), givenName: 'さくら', pregnancyId: '' };
		const amended = childRecordFrom(values, { by: 'phn1', now: new Date('2026-11-26T03:00:00Z'), family, existing });
		expect(amended.ok).toBe(true);
		if (!amended.ok) return;
		expect(amended.record).toMatchObject({ _id: existing._id, createdBy: 'midwife1', updatedBy: 'phn1', givenName: 'さくら', status: 'active', futureField: 'kept' });
		expect('pregnancyId' in amended.record).toBe(false);
	});
});
