import { describe, expect, it } from 'vitest';
import { forgetMemoryFields, MemoryField, removeStoredFields } from './memory-field.svelte';

describe('MemoryField', () => {
	it('gives a screen opened again the value it had, until the user changes', () => {
		const first = new MemoryField('families.search');
		first.value = 'やまだ';
		expect(new MemoryField('families.search').value).toBe('やまだ');
		forgetMemoryFields();
		expect(new MemoryField('families.search').value).toBe('');
	});

	it('never writes to sessionStorage, and clears what older versions left there', () => {
		const stored = new Map<string, string>([
			['yorisoi.field.families.search', '山田 花子'],
			['yorisoi.activeUser', 'midwife1']
		]);
		const storage = {
			get length() {
				return stored.size;
			},
			key: (i: number) => [...stored.keys()][i] ?? null,
			removeItem: (key: string) => void stored.delete(key)
		} as unknown as Storage;
		new MemoryField('families.search').value = '石田';
		removeStoredFields(storage);
		expect([...stored.keys()]).toEqual(['yorisoi.activeUser']);
	});
});
