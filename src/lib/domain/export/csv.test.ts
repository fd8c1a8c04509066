import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSV_BOM, neutraliseFormula, toCsv } from './csv';

/** RFC 4180 reader written for these tests only: BOM off, records split on CRLF outside quotes. */
function parseCsv(text: string): string[][] {
	expect(text.startsWith(CSV_BOM)).toBe(true);
	const body = text.slice(CSV_BOM.length);
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let inQuotes = false;
	for (let i = 0; i < body.length; i++) {
		const char = body[i];
		if (inQuotes) {
			if (char === '"' && body[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') inQuotes = false;
			else field += char;
		} else if (char === '"') {
			if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
			inQuotes = true;
		} else if (char === ',') {
			record.push(field);
			field = '';
		} else if (char === '\r' && body[i + 1] === '\n') {
			record.push(field);
			records.push(record);
			record = [];
			field = '';
			i++;
		} else if (char === '\r' || char === '\n') {
			throw new Error(`bare line break outside quotes at ${i}`);
		} else field += char;
	}
	if (inQuotes) throw new Error('unterminated quote');
	if (field !== '' || record.length) throw new Error('last record without CRLF');
	return records;
}

describe('toCsv', () => {
	it('starts with one BOM and ends every line, the last too, with CRLF', () => {
		const text = toCsv(['a', 'b'], [[1, 2], [3, 4]]);
		expect(text).toBe('\uFEFFa,b\r\n1,2\r\n3,4\r\n');
		expect(text.match(/\uFEFF/g)).toHaveLength(1);
		expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});

	it('quotes fields with a comma, quote, CR or LF and doubles their quotes', () => {
		const text = toCsv(['note'], [['a,b'], ['say "hi"'], ['line1\nline2'], ['cr\rhere'], ['plain']]);
		expect(text).toBe('\uFEFFnote\r\n"a,b"\r\n"say ""hi"""\r\n"line1\nline2"\r\n"cr\rhere"\r\nplain\r\n');
	});

	it('round-trips Japanese text, notes with line breaks and markup unchanged', () => {
		const rows = [
			['長岡 花子', 'ながおか はなこ', '阪之上', '授乳は3時間ごと。\r\n夜は「眠れない」と話す。'],
			['山田　太郎', 'やまだ たろう', '川口', '<script>alert("x")</script>'],
			['髙橋（はしごだか）', '𠮷野', '〒940-0062', 'カンマ、読点,半角カンマ']
		];
		const parsed = parseCsv(toCsv(['氏名', 'ふりがな', '地区', 'メモ'], rows));
		expect(parsed).toEqual([['氏名', 'ふりがな', '地区', 'メモ'], ...rows]);
	});

	it('neutralises text that a spreadsheet would run as a formula', () => {
		const texts = ['=HYPERLINK("http://x.example","click")', '+1', '@SUM(A1:A2)', '-2+3', '\t=1', '\r=1', '＝１＋１', '＋1', '－2', '＠SUM(A1)'];
		const parsed = parseCsv(toCsv(['value'], texts.map((text) => [text])));
		expect(parsed.slice(1).map(([cell]) => cell)).toEqual(texts.map((text) => `'${text}`));
	});

	it('leaves numbers as numbers, even negative ones, and text that only contains a sign later', () => {
		const parsed = parseCsv(toCsv(['n', 'text'], [[-3, 'a-b'], [0, 'x=1'], [1.5, ' =1'], [-0.25, '3-2']]));
		expect(parsed.slice(1)).toEqual([['-3', 'a-b'], ['0', 'x=1'], ['1.5', ' =1'], ['-0.25', '3-2']]);
	});

	it('writes null, undefined and non-finite numbers as empty cells and booleans as TRUE/FALSE', () => {
		const parsed = parseCsv(toCsv(['a', 'b', 'c', 'd', 'e'], [[null, undefined, Number.NaN, true, false], ['', Infinity]]));
		expect(parsed.slice(1)).toEqual([['', '', '', 'TRUE', 'FALSE'], ['', '', '', '', '']]);
	});

	it('writes a header alone when there are no rows, and neutralises header text too', () => {
		expect(toCsv(['=cmd', '氏名'], [])).toBe("\uFEFF'=cmd,氏名\r\n");
	});

	it('refuses a row longer than the header', () => {
		expect(() => toCsv(['a'], [['1', '2']])).toThrow(RangeError);
	});

	it('reads back any text as written, apart from the apostrophe before a formula start', () => {
		fc.assert(
			fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
				const parsed = parseCsv(toCsv(['x', 'y'], rows));
				expect(parsed.slice(1)).toEqual(rows.map((row) => row.map(neutraliseFormula)));
			})
		);
	});
});

describe('neutraliseFormula', () => {
	it('prefixes only the dangerous first characters', () => {
		expect(neutraliseFormula('=1')).toBe("'=1");
		expect(neutraliseFormula('1=1')).toBe('1=1');
		expect(neutraliseFormula('')).toBe('');
		expect(neutraliseFormula('ー長音')).toBe('ー長音');
	});
});
