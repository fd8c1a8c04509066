// Register search treats kana scripts, widths, spaces and hyphens alike, and needs every term.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFamily } from '../records/factories.ts';
import { familySearchKeys, foldForSearch, phoneDigits, queryMatches, searchTerms } from './japanese-fold.ts';

/** Hiragana ぁ … ゖ, written both ways: katakana sits 0x60 above. */
const hiraganaCodes = fc.integer({ min: 0x3041, max: 0x3096 });
const kanaName = fc.array(hiraganaCodes, { minLength: 1, maxLength: 8 }).map((codes) => ({
	hiragana: String.fromCharCode(...codes),
	katakana: String.fromCharCode(...codes.map((c) => c + 0x60))
}));

/** Half-width katakana ｦ … ﾝ with an optional (handa)dakuten, and the half-width long mark. */
const halfWidthKana = fc
	.array(
		fc.oneof(
			fc.integer({ min: 0xff66, max: 0xff9d }).map((c) => String.fromCharCode(c)),
			fc.constantFrom('ｶﾞ', 'ﾊﾟ', 'ｳﾞ', 'ﾄﾞ', 'ｰ')
		),
		{ minLength: 1, maxLength: 8 }
	)
	.map((parts) => parts.join(''));

const toFullWidthDigits = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

describe('foldForSearch', () => {
	it('turns katakana into hiragana, with ヴ, small kana and iteration marks, and keeps ー', () => {
		expect(foldForSearch('ナガオカ')).toBe('ながおか');
		expect(foldForSearch('ヴィヴィアン')).toBe('ゔぃゔぃあん');
		expect(foldForSearch('ァッャヵヶ')).toBe('ぁっゃゕゖ');
		expect(foldForSearch('ヽヾ')).toBe('ゝゞ');
		expect(foldForSearch('ユーリ')).toBe('ゆーり');
	});

	it('widens half-width katakana, composing voiced marks', () => {
		expect(foldForSearch('ﾅｶﾞｵｶ ﾊﾅｺ')).toBe('ながおかはなこ');
		expect(foldForSearch('ﾊﾟｰﾙ')).toBe('ぱーる');
	});

	it('narrows full-width ASCII, lower-cases, and drops spaces and hyphens', () => {
		expect(foldForSearch('ＡＢＣ　ｄｅｆ')).toBe('abcdef');
		expect(foldForSearch('大手通１丁目２－３')).toBe('大手通1丁目23');
		expect(foldForSearch('940‐0062 / 940–0062 / 940−0062')).toBe('9400062/9400062/9400062');
		expect(foldForSearch('長岡\t花子\n')).toBe('長岡花子');
	});

	it('is idempotent on any text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
				const once = foldForSearch(text);
				expect(foldForSearch(once)).toBe(once);
			}),
			{ numRuns: 2000 }
		);
	});

	it('folds the katakana and hiragana spelling of a name alike', () => {
		fc.assert(
			fc.property(kanaName, ({ hiragana, katakana }) => {
				expect(foldForSearch(katakana)).toBe(foldForSearch(hiragana));
			})
		);
	});
});

describe('phoneDigits', () => {
	it('keeps digits, full-width ones too, and writes +81 numbers in domestic form', () => {
		expect(phoneDigits('0258-12-3456')).toBe('0258123456');
		expect(phoneDigits('０９０－１２３４－５６７８')).toBe('09012345678');
		expect(phoneDigits('+81-90-1234-5678')).toBe('09012345678');
	});
});

describe('queryMatches', () => {
	const family = buildFamily({
		familyName: '長岡',
		givenName: '花子',
		familyNameKana: 'ナガオカ',
		givenNameKana: 'ハナコ',
		phone: '090-1234-5678',
		postalCode: '940-0062',
		address: '長岡市大手通1丁目2-3',
		district: '阪之上'
	});
	const keys = familySearchKeys(family);
	const matches = (query: string) => queryMatches(keys, query);

	it('finds a family by name, reading in either script and order, address, district and postal code', () => {
		for (const query of ['長岡', '花子', '長岡花子', '長岡 花子', 'ながおか', 'はなこながおか', 'ﾅｶﾞｵｶﾊﾅｺ', 'ナガオカ　ハナコ', '大手通', '阪之上', '940-0062', '９４０００６２']) {
			expect(matches(query), query).toBe(true);
		}
	});

	it('finds a family by part of its phone number, hyphens and widths aside', () => {
		for (const query of ['090', '1234-5678', '０９０－１２３４', '12345678']) {
			expect(matches(query), query).toBe(true);
		}
	});

	it('needs every term to match, and never matches across two fields', () => {
		expect(matches('長岡 阪之上')).toBe(true);
		expect(matches('長岡 北町')).toBe(false);
		// the name ends in 子 and the reading starts with な: no term spans the two
		expect(matches('子な')).toBe(false);
		// two digits are too few to mean a phone number
		expect(matches('56')).toBe(false);
	});

	it('matches everything on an empty query, and accepts terms prepared once', () => {
		expect(matches('')).toBe(true);
		expect(matches(' 　 ')).toBe(true);
		expect(queryMatches(keys, searchTerms('ﾊﾅｺ 090'))).toBe(true);
	});

	it('matches a reading typed in the other script or half-width', () => {
		fc.assert(
			fc.property(kanaName, kanaName, (family, given) => {
				const stored = familySearchKeys(
					buildFamily({ familyNameKana: family.katakana, givenNameKana: given.katakana })
				);
				expect(queryMatches(stored, family.hiragana)).toBe(true);
				expect(queryMatches(stored, `${given.hiragana} ${family.katakana}`)).toBe(true);
				const hiraganaStored = familySearchKeys(
					buildFamily({ familyNameKana: family.hiragana, givenNameKana: given.hiragana })
				);
				expect(queryMatches(hiraganaStored, given.katakana)).toBe(true);
			})
		);
	});

	it('matches a half-width katakana query against a full-width reading', () => {
		fc.assert(
			fc.property(halfWidthKana, (half) => {
				const stored = familySearchKeys(buildFamily({ familyNameKana: half.normalize('NFKC'), givenNameKana: 'ハナコ' }));
				expect(queryMatches(stored, half)).toBe(true);
			})
		);
	});

	it('matches any three or more consecutive phone digits typed full-width', () => {
		fc.assert(
			fc.property(
				fc.stringMatching(/^0\d{9,10}$/),
				fc.nat(),
				fc.integer({ min: 3, max: 11 }),
				(digits, start, length) => {
					const phone = `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`;
					const stored = familySearchKeys(buildFamily({ phone }));
					const from = start % (digits.length - 2);
					const part = digits.slice(from, from + length);
					if (part.length < 3) return;
					expect(queryMatches(stored, toFullWidthDigits(part))).toBe(true);
				}
			)
		);
	});
});
