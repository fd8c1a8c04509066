import { describe, expect, it } from 'vitest';
import { epdsPositionForScore } from '../screening/epds.ts';
import { DEFAULT_SCREENING_SETTINGS } from '../worklist/types.ts';
import { computeFigure } from './computed.ts';
import { VISIT_FORMS } from './definitions/index.ts';
import type { FormValues } from './types.ts';

const settings = DEFAULT_SCREENING_SETTINGS;
const epds = (scores: number[]): FormValues => Object.fromEntries(scores.map((score, i) => [`epds.${i + 1}`, String(epdsPositionForScore(i + 1, score))]));

describe('live figures on a visit form', () => {
	it('scores the EPDS against the postpartum cutoff and flags item 10 on its own', () => {
		const figure = computeFigure('epds-score', epds([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]), VISIT_FORMS['postpartum-care'], { settings });
		expect(figure).toMatchObject({ kind: 'epds', total: 1, positive: false, selfHarm: true, cutoff: 9, complete: true });
	});

	it('uses the antenatal cutoff on the pregnancy interview and a configured one when given', () => {
		const scores = epds([1, 1, 1, 1, 1, 1, 1, 1, 2, 0]);
		expect(computeFigure('epds-score', scores, VISIT_FORMS['pregnancy-interview'], { settings })).toMatchObject({ total: 10, cutoff: 13, positive: false });
		expect(computeFigure('epds-score', scores, VISIT_FORMS['postpartum-care'], { settings })).toMatchObject({ cutoff: 9, positive: true });
		const strict = { ...settings, epdsCutoffs: { postpartum: 13, antenatal: 15 } };
		expect(computeFigure('epds-score', scores, VISIT_FORMS['postpartum-care'], { settings: strict })).toMatchObject({ cutoff: 13, positive: false });
	});

	it('shows a partial total while answering', () => {
		expect(computeFigure('epds-score', { 'epds.1': '3' }, VISIT_FORMS['postpartum-care'], { settings })).toMatchObject({ total: 3, answered: 1, complete: false });
	});

	it('computes weight gain per day from the last weight, or from birth when there is none', () => {
		const values = { visitDate: '2026-11-24', 'baby.exam.weightG': '4250' };
		const sinceBirth = computeFigure('weight-gain', values, VISIT_FORMS['postpartum-care'], { settings, child: { birthDate: '2026-10-25', birthWeightG: 3050 } });
		expect(sinceBirth).toMatchObject({ kind: 'weight-gain', days: 30, gainPerDay: 40, since: { date: '2026-10-25', grams: 3050 }, status: 'typical' });
		const sinceLast = computeFigure('weight-gain', values, VISIT_FORMS['postpartum-care'], {
			settings,
			child: { birthDate: '2026-10-25', birthWeightG: 3050, lastWeight: { date: '2026-11-14', grams: 4100 } }
		});
		expect(sinceLast).toMatchObject({ days: 10, gainPerDay: 15, status: 'below-concern' });
	});

	it('shows nothing until weight, date and child are known', () => {
		expect(computeFigure('weight-gain', { visitDate: '2026-11-24', 'baby.exam.weightG': '' }, VISIT_FORMS.universal, { settings, child: { birthDate: '2026-10-25', birthWeightG: 3050 } })).toEqual({ kind: 'none' });
		expect(computeFigure('weight-gain', { visitDate: '2026-11-24', 'baby.exam.weightG': '4000' }, VISIT_FORMS.universal, { settings })).toEqual({ kind: 'none' });
	});

	it('lists checklist answers that point to a need for support', () => {
		const figure = computeFigure('checklist-risks', { 'checklist.someone-to-confide-in.answer': 'no', 'checklist.financial-worry.answer': 'no' }, VISIT_FORMS['postpartum-care'], { settings });
		expect(figure).toEqual({ kind: 'checklist', answered: 2, risks: ['someone-to-confide-in'] });
	});
});
