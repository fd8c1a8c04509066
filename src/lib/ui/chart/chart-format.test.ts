import { describe, expect, it } from 'vitest';
import { chartNumberFormats } from './chart-format';

describe('chartNumberFormats', () => {
	it('groups digits and keeps small ticks whole', () => {
		const format = chartNumberFormats('ja', [{ name: 'a', values: [1234, 5] }]);
		expect(format.value(1234)).toBe('1,234');
		expect(format.tick(1500)).toBe('1,500');
		expect(format.value(2.5)).toBe('2.5');
	});

	it('shortens ticks of large values in each language, never the values', () => {
		const ja = chartNumberFormats('ja', [{ name: 'a', values: [250_000] }]);
		expect(ja.tick(200_000)).toBe('20万');
		expect(ja.tick(150_000_000)).toBe('1.5億');
		expect(ja.value(250_000)).toBe('250,000');
		expect(chartNumberFormats('en', [{ name: 'a', values: [250_000] }]).tick(200_000)).toMatch(/^200k$/i);
	});
});
