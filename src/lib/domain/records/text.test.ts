// tidyText turns anything typed into text the record schemas accept, and leaves good text alone.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineText, noteText, tidyText } from './text.ts';

const line = lineText({ max: 2000 });
const note = noteText({ max: 2000 });

describe('tidyText', () => {
	it('makes any typed text acceptable to the schemas', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (typed) => {
				expect(line.safeParse(tidyText(typed)).success).toBe(true);
				expect(note.safeParse(tidyText(typed, { multiline: true })).success).toBe(true);
			})
		);
	});

	it('leaves text that is already acceptable alone', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (typed) => {
				fc.pre(note.safeParse(typed).success);
				expect(tidyText(typed, { multiline: true })).toBe(typed);
			})
		);
	});

	it('keeps line breaks in notes, folds them in single lines, and drops control characters', () => {
		expect(tidyText('  一行目\r\n二行目\u0007 ', { multiline: true })).toBe('一行目\n二行目');
		expect(tidyText('一行目\n二行目')).toBe('一行目 二行目');
		expect(tidyText('\u3000長岡\u3000')).toBe('長岡');
	});

	it('leaves markup as text: escaping is the screen’s job', () => {
		expect(tidyText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
	});
});
