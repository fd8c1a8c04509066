import { describe, expect, it } from 'vitest';
import { en } from './messages/en';
import { ja } from './messages/ja';
import { formatBytes, formatDate, formatEraDate, isLocale, translate } from './translate';

describe('message catalogue', () => {
	it('has an English message for every Japanese key and no extra ones', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
	});

	it('has no empty message in either language', () => {
		for (const catalogue of [ja, en]) {
			for (const [key, text] of Object.entries(catalogue)) {
				expect(text.trim(), key).not.toBe('');
			}
		}
	});

	it('uses the same placeholders in both languages', () => {
		const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(ja) as (keyof typeof ja)[]) {
			expect(placeholders(en[key]), key).toEqual(placeholders(ja[key]));
		}
	});
});

describe('translate', () => {
	it('fills placeholders as plain text', () => {
		expect(translate('ja', 'families.notFound', { query: '<script>' })).toBe('「<script>」に一致する家庭はありません。');
		expect(translate('en', 'families.notFound', { query: '山田' })).toBe('No family matches “山田”.');
	});

	it('leaves a placeholder visible when its value is missing rather than hiding the gap', () => {
		expect(translate('en', 'families.notFound')).toBe('No family matches “{query}”.');
	});

	it('recognises only the supported locales', () => {
		expect(isLocale('ja')).toBe(true);
		expect(isLocale('en')).toBe(true);
		expect(isLocale('fr')).toBe(false);
		expect(isLocale(undefined)).toBe(false);
	});
});

describe('dates the Japanese way', () => {
	const date = new Date('2026-11-24T01:00:00Z');

	it('writes year, month and day in kanji with the weekday', () => {
		expect(formatDate('ja', date)).toBe('2026年11月24日(火)');
	});

	it('uses Japan time, so a late-evening UTC time is already the next day', () => {
		expect(formatDate('ja', new Date('2026-11-24T16:00:00Z'))).toBe('2026年11月25日(水)');
	});

	it('writes the era for paperwork', () => {
		expect(formatEraDate(date)).toBe('令和8年11月24日');
	});

	it('writes English dates day first', () => {
		expect(formatDate('en', date)).toBe('Tue, 24 November 2026');
	});

	it('formats sizes', () => {
		expect(formatBytes('en', 512)).toBe('512 B');
		expect(formatBytes('ja', 1536)).toBe('1.5 KB');
	});
});
