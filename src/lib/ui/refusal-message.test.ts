import { describe, expect, it } from 'vitest';
import { WRITE_REFUSALS } from '$lib/domain/records/write-rights';
import { ja } from '$lib/i18n/messages/ja';
import { refusalMessage } from './refusal-message';

describe('refusalMessage', () => {
	it('has a Japanese message for every reason the server gives', () => {
		for (const key of Object.keys(WRITE_REFUSALS)) expect(ja, key).toHaveProperty(`refusal.${key}`);
	});

	it('translates a known reason and keeps the detail the server appended', () => {
		expect(refusalMessage('ja', WRITE_REFUSALS.noStaffRole)).toBe(ja['refusal.noStaffRole']);
		expect(refusalMessage('ja', `${WRITE_REFUSALS.wrongTeam}kita.`)).toContain('kita.');
	});

	it('shows an unknown reason as the server wrote it', () => {
		expect(refusalMessage('ja', 'Invalid family record: phone must be …')).toBe('Invalid family record: phone must be …');
		expect(refusalMessage('en', undefined)).toBe('');
	});
});
