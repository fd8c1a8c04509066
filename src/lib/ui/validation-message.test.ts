import { describe, expect, it } from 'vitest';
import { familySchema } from '$lib/domain/records/family';
import { fieldMessages } from './validation-message';

const valid = {
	_id: 'family:0mwvb5hj7cyj9mn9tst',
	type: 'family',
	schemaVersion: 2,
	team: 'chuo',
	familyId: 'family:0mwvb5hj7cyj9mn9tst',
	createdAt: '2026-11-24T00:00:00.000Z',
	createdBy: 'midwife1',
	updatedAt: '2026-11-24T00:00:00.000Z',
	updatedBy: 'midwife1',
	familyName: '山田',
	givenName: '花子',
	familyNameKana: 'やまだ',
	givenNameKana: 'はなこ',
	district: '阪之上',
	assignedTo: {},
	status: 'active'
};

function messagesFor(changes: Record<string, unknown>) {
	const result = familySchema.safeParse({ ...valid, ...changes });
	return result.success ? {} : fieldMessages(result.error.issues);
}

describe('field messages', () => {
	it('has nothing to say about a valid record', () => {
		expect(familySchema.safeParse(valid).success).toBe(true);
		expect(messagesFor({})).toEqual({});
	});

	it('asks for what is missing, and says how long is too long', () => {
		expect(messagesFor({ familyName: '' })).toEqual({ familyName: { key: 'validation.required' } });
		expect(messagesFor({ familyName: '山'.repeat(41) })).toEqual({ familyName: { key: 'validation.tooLong', params: { max: 40 } } });
	});

	it('explains kana, phone, postal code and date formats', () => {
		expect(messagesFor({ familyNameKana: 'yamada' })).toEqual({ familyNameKana: { key: 'validation.kana' } });
		expect(messagesFor({ phone: 'call me' })).toEqual({ phone: { key: 'validation.phone' } });
		expect(messagesFor({ postalCode: '9400062' })).toEqual({ postalCode: { key: 'validation.postalCode' } });
		expect(messagesFor({ birthDate: '2026-02-30' })).toEqual({ birthDate: { key: 'validation.date' } });
	});

	it('accepts markup as plain text rather than refusing it', () => {
		expect(messagesFor({ address: '<script>alert(1)</script>' })).toEqual({});
	});

	it('asks for a choice when a value is not one of the options', () => {
		expect(messagesFor({ status: 'gone' })).toEqual({ status: { key: 'validation.choice' } });
	});
});
