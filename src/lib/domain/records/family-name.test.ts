import { describe, expect, it } from 'vitest';
import { familyDisplayName } from './family-name.ts';

describe('familyDisplayName', () => {
	it('writes family name then given name, and no trailing space when the given name is not known yet', () => {
		expect(familyDisplayName({ familyName: '長岡', givenName: '花子' })).toBe('長岡 花子');
		expect(familyDisplayName({ familyName: '佐藤', givenName: '' })).toBe('佐藤');
	});
});
