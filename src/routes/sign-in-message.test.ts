import { describe, expect, it } from 'vitest';
import { translate } from '$lib/i18n/translate';
import type { MessageKey } from '$lib/i18n/index.svelte';
import { attemptMessage } from './sign-in-message';

const ja = (key: MessageKey, params?: Record<string, string | number>) => translate('ja', key, params);
const context = { name: 'midwife1', waitSeconds: 0, wrongPassword: 'lock.wrongPassword' as const };

describe('attemptMessage', () => {
	it('warns how many attempts are left from the fifth wrong one', () => {
		expect(attemptMessage(ja, { kind: 'wrong-password', failedAttempts: 4, attemptsLeft: 6 }, context)).toBe('パスワードが違います。確認してもう一度入力してください。');
		expect(attemptMessage(ja, { kind: 'wrong-password', failedAttempts: 5, attemptsLeft: 5 }, { ...context, waitSeconds: 20 })).toBe(
			'パスワードが違います。確認してもう一度入力してください。 あと5回間違えると、この端末のmidwife1さんのデータは消去されます。 続けて間違えたため、20秒後にもう一度お試しください。'
		);
	});

	it('says nothing for a successful attempt', () => {
		expect(attemptMessage(ja, undefined, context)).toBeUndefined();
	});
});
