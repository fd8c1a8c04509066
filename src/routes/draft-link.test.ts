import { describe, expect, it } from 'vitest';
import { draftPath } from './draft-link';

describe('where a draft is resumed', () => {
	it('opens a new visit or an amendment of one', () => {
		expect(draftPath({ form: 'postpartum-care', familyId: 'family:a' })).toBe('/families/family:a/visits/new/postpartum-care');
		expect(draftPath({ form: 'companion', familyId: 'family:a', recordId: 'visit:b' })).toBe('/families/family:a/visits/visit:b/edit');
	});

	it('opens the family, pregnancy, child and clinic-result forms', () => {
		expect(draftPath({ form: 'family' })).toBe('/families/new');
		expect(draftPath({ form: 'family', recordId: 'family:a' })).toBe('/families/family:a/edit');
		expect(draftPath({ form: 'pregnancy', familyId: 'family:a' })).toBe('/families/family:a/pregnancies/new');
		expect(draftPath({ form: 'child', familyId: 'family:a', recordId: 'child:c' })).toBe('/families/family:a/children/child:c/edit');
		expect(draftPath({ form: 'clinic-epds', familyId: 'family:a' })).toBe('/families/family:a/screenings/clinic-epds');
	});

	it('opens a plan, the visit under review, and the 支援台帳 for an alert step', () => {
		expect(draftPath({ form: 'plan', familyId: 'family:a' })).toBe('/families/family:a/plans/new');
		expect(draftPath({ form: 'plan', familyId: 'family:a', recordId: 'plan:p' })).toBe('/families/family:a/plans/plan:p/edit');
		expect(draftPath({ form: 'review', familyId: 'family:a', recordId: 'visit:v' })).toBe('/families/family:a/visits/visit:v');
		expect(draftPath({ form: 'alert', familyId: 'family:a' })).toBe('/review/alerts');
	});

	it('places nothing it does not know', () => {
		expect(draftPath({ form: 'unknown', familyId: 'family:a' })).toBeUndefined();
		expect(draftPath({ form: 'universal' })).toBeUndefined();
	});
});
