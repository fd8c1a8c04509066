// The UI's current language as rune state, remembered on this device.
import { defaultLocale, formatDate, isLocale, translate, type Locale } from './translate';
import type { MessageKey } from './messages/ja';

const storageKey = 'yorisoi.locale';

/*
 * The language is a UI preference with no personal data, and it must be known synchronously
 * before the first paint (no flash of the wrong language), so it lives in localStorage rather
 * than in the Dexie settings table.
 */
function storedLocale(): Locale {
	try {
		const value = globalThis.localStorage?.getItem(storageKey);
		return isLocale(value) ? value : defaultLocale;
	} catch {
		return defaultLocale;
	}
}

class LocaleState {
	#current = $state<Locale>(storedLocale());

	get current(): Locale {
		return this.#current;
	}

	set current(locale: Locale) {
		this.#current = locale;
		try {
			globalThis.localStorage?.setItem(storageKey, locale);
		} catch {
			// Private mode or a full disk: the choice still applies until the page closes.
		}
		if (typeof document !== 'undefined') document.documentElement.lang = locale;
	}
}

export const locale = new LocaleState();

/** Translate in the current language; reading `locale.current` makes callers reactive. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
	return translate(locale.current, key, params);
}

export function date(value: Date): string {
	return formatDate(locale.current, value);
}

export type { Locale, MessageKey };
