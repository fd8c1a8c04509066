// Looks up messages and formats dates for a locale; pure, so screens and tests share it.
import { en } from './messages/en';
import { ja, type Catalogue, type MessageKey } from './messages/ja';

export const locales = ['ja', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'ja';

const catalogues: Record<Locale, Catalogue> = { ja, en };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** `{name}` placeholders are replaced as plain text; the UI renders results as text, never HTML. */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
	const template = catalogues[locale][key];
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const intlLocale: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };

/** Dates the way each reader expects: 2026年11月24日(火) in Japanese. */
export function formatDate(locale: Locale, date: Date): string {
	return new Intl.DateTimeFormat(intlLocale[locale], {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		weekday: 'short',
		timeZone: 'Asia/Tokyo'
	}).format(date);
}

/** The Japanese era form (令和8年11月24日) used on official paperwork. */
export function formatEraDate(date: Date): string {
	return new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
		era: 'long',
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		timeZone: 'Asia/Tokyo'
	}).format(date);
}

export function formatDateTime(locale: Locale, date: Date): string {
	return new Intl.DateTimeFormat(intlLocale[locale], {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Asia/Tokyo'
	}).format(date);
}

export function formatBytes(locale: Locale, bytes: number): string {
	const units = ['B', 'KB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit += 1;
	}
	const digits = unit === 0 ? 0 : 1;
	return `${new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
