import { describe, expect, it } from 'vitest';
import { isClinical, visitKindsFor } from './family-access';

describe('family page access by role', () => {
	it('lets clinical staff start the three staff visits, never a companion visit', () => {
		for (const role of ['midwife', 'phn', 'coordinator', 'supervisor', 'admin']) {
			expect(isClinical([role, 'team:chuo'])).toBe(true);
			expect(visitKindsFor([role, 'team:chuo'])).toEqual(['pregnancy-interview', 'postpartum-care', 'universal']);
		}
		expect(visitKindsFor(['promoter', 'phn'])).not.toContain('companion');
	});

	it('gives a promoter companion visits only and nothing clinical', () => {
		expect(isClinical(['promoter'])).toBe(false);
		expect(visitKindsFor(['promoter'])).toEqual(['companion']);
	});

	it('offers nothing to an account without a staff role', () => {
		expect(isClinical(['team:chuo'])).toBe(false);
		expect(visitKindsFor(['team:chuo'])).toEqual([]);
	});
});
