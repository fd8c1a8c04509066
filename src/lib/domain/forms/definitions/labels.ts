// Small builders that keep definitions readable: bilingual text and option lists.
import type { Bilingual, Option } from '../types.ts';

export function bi(ja: string, en: string): Bilingual {
	return { ja, en };
}

/** Options from `[value, ja, en]` triples, in the order a worker reads them. */
export function options(...entries: readonly (readonly [string, string, string])[]): Option[] {
	return entries.map(([value, ja, en]) => ({ value, label: { ja, en } }));
}

export const YES_NO = options(['yes', 'はい', 'Yes'], ['no', 'いいえ', 'No']);
