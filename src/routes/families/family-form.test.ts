import { describe, expect, it } from 'vitest';
import { emptyFamilyForm, familyFormFrom, familyRecordFrom } from './family-form';

const now = new Date('2026-11-24T03:00:00Z');

function filled() {
	return { ...emptyFamilyForm('chuo'), familyName: ' 山田 ', givenName: '花子', familyNameKana: 'やまだ', givenNameKana: 'はなこ', district: '阪之上', phone: '0258-12-3456' };
}

describe('familyRecordFrom', () => {
	it('makes a new family record from the form, tidied, with empty optional fields left out', () => {
		const result = familyRecordFrom(filled(), { by: 'midwife1', now });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.record).toMatchObject({ type: 'family', team: 'chuo', familyName: '山田', createdBy: 'midwife1', status: 'active' });
		expect(result.record.familyId).toBe(result.record._id);
		expect('address' in result.record).toBe(false);
	});

	it('says which fields to fix, and loses none of the values', () => {
		const values = { ...filled(), familyName: '', familyNameKana: 'yamada', birthDate: '2027-01-01', address: '<script>alert(1)</script>' };
		const result = familyRecordFrom(values, { by: 'midwife1', now });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual({
			familyName: { key: 'validation.required' },
			familyNameKana: { key: 'validation.kana' },
			birthDate: { key: 'validation.futureDate' }
		});
		expect(values.address).toBe('<script>alert(1)</script>');
	});

	it('amends an existing record, keeping its envelope', () => {
		const created = familyRecordFrom(filled(), { by: 'midwife1', now });
		if (!created.ok) throw new Error('fixture invalid');
		const later = new Date('2026-11-25T03:00:00Z');
		const values = { ...familyFormFrom(created.record), phone: '090-1234-5678', promoter: 'promoter1' };
		const amended = familyRecordFrom(values, { by: 'phn1', now: later, existing: created.record });
		expect(amended.ok).toBe(true);
		if (!amended.ok) return;
		expect(amended.record).toMatchObject({ _id: created.record._id, createdBy: 'midwife1', updatedBy: 'phn1', phone: '090-1234-5678', assignedTo: { promoter: 'promoter1' } });
		expect(amended.record.createdAt).toBe(created.record.createdAt);
	});
});
