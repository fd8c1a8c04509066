// The server's refusal reasons are stable English sentences (WRITE_REFUSALS); workers read them in
// their own language. An unknown reason is shown as the server wrote it, never hidden.
import { WRITE_REFUSALS } from '$lib/domain/records/write-rights';
import { translate, type Locale } from '$lib/i18n/translate';
import type { MessageKey } from '$lib/i18n/messages/ja';

type RefusalKey = keyof typeof WRITE_REFUSALS;

export function refusalMessage(locale: Locale, reason: string | undefined): string {
	if (!reason) return '';
	for (const [key, text] of Object.entries(WRITE_REFUSALS) as [RefusalKey, string][]) {
		// Two refusals end with the name of what was wrong: keep that part.
		if (reason === text || (text.endsWith(': ') && reason.startsWith(text))) {
			return translate(locale, `refusal.${key}` as MessageKey, { detail: reason.slice(text.length) });
		}
	}
	return reason;
}
