import { describe, expect, it } from 'vitest';
import { VISIT_FORMS } from '$lib/domain/forms/definitions';
import { mayAmend, mayFill } from './visit-access';

describe('who may fill a visit form', () => {
	it('lets clinical staff fill clinical forms and not the companion form', () => {
		expect(mayFill(['midwife', 'team:chuo'], VISIT_FORMS['postpartum-care'])).toBe(true);
		expect(mayFill(['phn'], VISIT_FORMS['pregnancy-interview'])).toBe(true);
		expect(mayFill(['midwife'], VISIT_FORMS.companion)).toBe(false);
	});

	it('lets a promoter fill only the companion form', () => {
		expect(mayFill(['promoter'], VISIT_FORMS.companion)).toBe(true);
		for (const kind of ['postpartum-care', 'universal', 'pregnancy-interview'] as const) expect(mayFill(['promoter'], VISIT_FORMS[kind])).toBe(false);
	});

	it('lets only the author amend a visit', () => {
		const visit = { createdBy: 'midwife1', kind: 'postpartum-care' };
		expect(mayAmend('midwife1', ['midwife'], visit, VISIT_FORMS['postpartum-care'])).toBe(true);
		expect(mayAmend('midwife2', ['midwife'], visit, VISIT_FORMS['postpartum-care'])).toBe(false);
	});
});
