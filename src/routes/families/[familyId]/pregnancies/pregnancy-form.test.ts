import { describe, expect, it } from 'vitest';
import { buildFamily } from '$lib/domain/records/factories';
import { emptyPregnancyForm, pregnancyFormFrom, pregnancyRecordFrom } from './pregnancy-form';

// 2026-11-24 08:00 in Nagaoka, still the 23rd in UTC: "today" is the Japanese day.
const now = new Date('2026-11-23T23:00:00Z');
const family = buildFamily();

function filled() {
	return {
		...emptyPregnancyForm(),
		expectedDueDate: '2027-05-20',
		notificationDate: '2026-11-24',
		handbookIssuedDate: '2026-11-24',
		gestationalWeeksAtNotification: '１０',
		parity: '0',
		plannedBirthPlace: ' 長岡赤十字病院 '
	};
}

describe('pregnancyRecordFrom', () => {
	it('makes a pregnancy record of the family, numbers typed as text (full-width too) become numbers', () => {
		const result = pregnancyRecordFrom(filled(), { by: 'midwife1', now, family });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.record).toMatchObject({
			type: 'pregnancy',
			familyId: family._id,
			team: family.team,
			status: 'ongoing',
			expectedDueDate: '2027-05-20',
			gestationalWeeksAtNotification: 10,
			parity: 0,
			fetuses: 1,
			plannedBirthPlace: '長岡赤十字病院',
			createdBy: 'midwife1'
		});
		expect('endedOn' in result.record).toBe(false);
	});

	it('asks for the required due date, and leaves empty optional fields out', () => {
		const values = { ...emptyPregnancyForm(), fetuses: '' };
		const result = pregnancyRecordFrom(values, { by: 'midwife1', now, family });
		expect(result).toEqual({ ok: false, errors: { expectedDueDate: { key: 'validation.required' } } });
	});

	it('says the range for numbers out of bounds, and what to type for text that is no number', () => {
		const values = { ...filled(), gestationalWeeksAtNotification: '46', parity: '1.5', fetuses: 'two' };
		const result = pregnancyRecordFrom(values, { by: 'midwife1', now, family });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual({
			gestationalWeeksAtNotification: { key: 'familyPage.range.integer', params: { min: 0, max: 45 } },
			parity: { key: 'familyPage.range.integer', params: { min: 0, max: 20 } },
			fetuses: { key: 'familyPage.validation.number' }
		});
	});

	it('refuses a notification or handbook date in the future but allows a due date ahead', () => {
		const values = { ...filled(), notificationDate: '2026-11-25', handbookIssuedDate: '2026-11-24' };
		const result = pregnancyRecordFrom(values, { by: 'midwife1', now, family });
		expect(result).toEqual({ ok: false, errors: { notificationDate: { key: 'validation.futureDate' } } });
	});

	it('keeps markup as plain text, and refuses a date that does not exist', () => {
		const script = '<script>alert(1)</script>';
		const result = pregnancyRecordFrom({ ...filled(), plannedBirthPlace: script }, { by: 'midwife1', now, family });
		expect(result.ok && result.record.plannedBirthPlace).toBe(script);
		const bad = pregnancyRecordFrom({ ...filled(), expectedDueDate: '2027-02-30' }, { by: 'midwife1', now, family });
		expect(bad).toEqual({ ok: false, errors: { expectedDueDate: { key: 'validation.date' } } });
	});

	it('amends an existing record: keeps its envelope, drops the end date when set back to ongoing', () => {
		const created = pregnancyRecordFrom({ ...filled(), status: 'delivered', endedOn: '2026-11-20' }, { by: 'midwife1', now, family });
		if (!created.ok) throw new Error('fixture invalid');
		expect(created.record.endedOn).toBe('2026-11-20');
		const later = new Date('2026-11-25T03:00:00Z');
		const values = { ...pregnancyFormFrom(created.record), status: 'ongoing', plannedBirthPlace: '' };
		const amended = pregnancyRecordFrom(values, { by: 'phn1', now: later, family, existing: created.record });
		expect(amended.ok).toBe(true);
		if (!amended.ok) return;
		expect(amended.record).toMatchObject({ _id: created.record._id, createdBy: 'midwife1', updatedBy: 'phn1', status: 'ongoing' });
		expect(amended.record.createdAt).toBe(created.record.createdAt);
		expect('endedOn' in amended.record).toBe(false);
		expect('plannedBirthPlace' in amended.record).toBe(false);
	});
});
