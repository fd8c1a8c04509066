import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-name';

describe('exportFileName', () => {
	it('names the subject and the period', () => {
		expect(exportFileName('visits', { from: '2026-10-01', to: '2026-10-31' })).toBe('yorisoi-visits-2026-10-01_2026-10-31.csv');
	});

	it('gives one date for a one-day period and takes another extension', () => {
		expect(exportFileName('screenings', { from: '2026-10-05', to: '2026-10-05' }, '.txt')).toBe('yorisoi-screenings-2026-10-05.txt');
	});

	it('keeps only safe characters of the subject', () => {
		expect(exportFileName('Visits / 訪問', { from: '2026-10-01', to: '2026-10-31' })).toBe('yorisoi-visits-2026-10-01_2026-10-31.csv');
		expect(exportFileName('訪問', { from: '2026-10-01', to: '2026-10-31' })).toBe('yorisoi-export-2026-10-01_2026-10-31.csv');
	});

	it('refuses dates that are not YYYY-MM-DD', () => {
		expect(() => exportFileName('visits', { from: '2026/10/01', to: '2026-10-31' })).toThrow(RangeError);
		expect(() => exportFileName('visits', { from: '2026-10-01', to: '../etc' })).toThrow(RangeError);
	});
});
