// The support checklist's questions and risk answers.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_ITEMS } from '../records/screening.ts';
import { CHECKLIST_QUESTIONS, checklistRisks } from './checklist.ts';

describe('CHECKLIST_QUESTIONS', () => {
	it('asks one question per checklist item, in order', () => {
		expect(CHECKLIST_QUESTIONS.map((q) => q.item)).toEqual([...CHECKLIST_ITEMS]);
		for (const q of CHECKLIST_QUESTIONS) expect(q.question.ja && q.question.en).toBeTruthy();
	});

	it('takes "no" as the risk answer only for someone to confide in', () => {
		expect(CHECKLIST_QUESTIONS.filter((q) => !q.riskAnswer).map((q) => q.item)).toEqual(['someone-to-confide-in']);
	});
});

describe('checklistRisks', () => {
	it('lists the items answered with their risk answer', () => {
		expect(
			checklistRisks([
				{ item: 'someone-to-confide-in', answer: true },
				{ item: 'financial-worry', answer: true },
				{ item: 'urge-to-hit-baby', answer: false }
			])
		).toEqual(['financial-worry']);
		expect(checklistRisks([{ item: 'someone-to-confide-in', answer: false }])).toEqual(['someone-to-confide-in']);
		expect(checklistRisks([])).toEqual([]);
	});

	it('flags every item when each is answered with its risk answer, none when answered the other way', () => {
		expect(checklistRisks(CHECKLIST_QUESTIONS.map((q) => ({ item: q.item, answer: q.riskAnswer })))).toEqual([...CHECKLIST_ITEMS]);
		expect(checklistRisks(CHECKLIST_QUESTIONS.map((q) => ({ item: q.item, answer: !q.riskAnswer })))).toEqual([]);
	});

	it('reads each item on its own: in checklist order, the last answer to an item counting', () => {
		const answer = fc.record({ item: fc.constantFrom(...CHECKLIST_ITEMS), answer: fc.boolean() });
		fc.assert(
			fc.property(fc.array(answer, { maxLength: 20 }), (answers) => {
				const risks = checklistRisks(answers);
				expect(risks).toEqual(CHECKLIST_ITEMS.filter((item) => risks.includes(item)));
				for (const item of CHECKLIST_ITEMS) {
					const last = answers.findLast((a) => a.item === item);
					const risk = CHECKLIST_QUESTIONS.find((q) => q.item === item)?.riskAnswer;
					expect(risks.includes(item)).toBe(last !== undefined && last.answer === risk);
				}
			})
		);
	});
});
