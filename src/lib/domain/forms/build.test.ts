import { describe, expect, it } from 'vitest';
import { buildChild, buildFamily, buildPregnancy } from '../records/factories.ts';
import { newRecordId } from '../records/record-id.ts';
import { epdsPositionForScore } from '../screening/epds.ts';
import { buildVisitRecords, type VisitFormContext } from './build.ts';
import { VISIT_FORMS } from './definitions/index.ts';
import type { CareVisitRecord, VisitRecord } from '../records/visit.ts';
import type { FormValues } from './types.ts';

/** The care blocks of a visit the test knows is a care visit. */
const care = (visit: VisitRecord) => visit as CareVisitRecord;
import { emptyValues, valuesFromRecord } from './values.ts';

const family = buildFamily();
const child = buildChild(family, { birthDate: '2026-10-20' });
const context: VisitFormContext = {
	family,
	by: 'midwife1',
	now: new Date('2026-11-25T01:00:00Z'),
	today: '2026-11-25',
	ids: { visit: newRecordId('visit'), epds: newRecordId('screening'), bonding: newRecordId('screening'), checklist: newRecordId('screening'), risk: newRecordId('risk') }
};

/** EPDS answers (option positions) giving these item scores. */
function epdsValues(scores: number[]): FormValues {
	return Object.fromEntries(scores.map((score, i) => [`epds.${i + 1}`, String(epdsPositionForScore(i + 1, score))]));
}

function postpartum(extra: FormValues = {}): FormValues {
	return { ...emptyValues(VISIT_FORMS['postpartum-care']), visitDate: '2026-11-24', childId: child._id, ...extra };
}

describe('building a postpartum-care visit from its form', () => {
	it('makes the visit and an EPDS scored by the scoring module, with item 10 kept apart', () => {
		const values = postpartum({ 'baby.exam.weightG': '4,250', ...epdsValues([1, 1, 2, 1, 1, 2, 1, 1, 0, 2]) });
		const result = buildVisitRecords(VISIT_FORMS['postpartum-care'], values, context);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.visit).toMatchObject({ kind: 'postpartum-care', status: 'submitted', visitDate: '2026-11-24', childId: child._id, baby: { exam: { weightG: 4250 } } });
		expect(result.visit._id).toBe(context.ids.visit);
		expect(result.screenings).toHaveLength(1);
		expect(result.screenings[0]).toMatchObject({ _id: context.ids.epds, instrument: 'epds', total: 12, item10: 2, visitId: context.ids.visit, screenedOn: '2026-11-24', context: 'postpartum', childId: child._id });
	});

	it('refuses a weight of 40 kg, a future date and words in a number field, each on its field', () => {
		const result = buildVisitRecords(VISIT_FORMS['postpartum-care'], postpartum({ 'baby.exam.weightG': '40000', visitDate: '2026-11-26', 'baby.exam.lengthCm': 'abc' }), context);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const byPath = Object.fromEntries(result.issues.map((issue) => [issue.path, issue.code]));
		expect(byPath).toMatchObject({ 'baby.exam.weightG': 'range', visitDate: 'futureDate', 'baby.exam.lengthCm': 'number' });
	});

	it('asks for the visit date when it is empty', () => {
		const result = buildVisitRecords(VISIT_FORMS['postpartum-care'], postpartum({ visitDate: '' }), context);
		expect(result.ok ? [] : result.issues).toContainEqual({ path: 'visitDate', code: 'required' });
	});

	it('refuses a half-answered EPDS rather than scoring it', () => {
		const values = postpartum({ 'epds.1': '0', 'epds.2': '1' });
		const result = buildVisitRecords(VISIT_FORMS['postpartum-care'], values, context);
		expect(result.ok ? [] : result.issues).toContainEqual({ path: 'epds', code: 'incomplete', params: { answered: 2 } });
	});

	it('keeps <script> as plain text, and tidies control characters and line breaks out of one-line fields', () => {
		const ok = buildVisitRecords(VISIT_FORMS['postpartum-care'], postpartum({ 'outcome.advice': '<script>alert(1)</script>', 'baby.exam.skin': ' red\u0007\nspots ' }), context);
		expect(ok.ok && care(ok.visit).outcome?.advice).toBe('<script>alert(1)</script>');
		expect(ok.ok && care(ok.visit).baby?.exam?.skin).toBe('red spots');
	});

	it('refuses a choice that is not among the options (a forged value)', () => {
		const result = buildVisitRecords(VISIT_FORMS['postpartum-care'], postpartum({ 'baby.exam.umbilicus': '<img onerror=x>' }), context);
		expect(result.ok ? [] : result.issues).toContainEqual({ path: 'baby.exam.umbilicus', code: 'choice' });
	});

	it('refuses text longer than the field allows', () => {
		const result = buildVisitRecords(VISIT_FORMS['postpartum-care'], postpartum({ 'baby.exam.skin': 'あ'.repeat(501) }), context);
		expect(result.ok ? [] : result.issues).toContainEqual({ path: 'baby.exam.skin', code: 'tooLong', params: { max: 500 } });
	});

	it('leaves out fields hidden by skip logic', () => {
		const values = postpartum({ 'baby.exam.feeding.method': 'breast', 'baby.exam.feeding.amountMl': '80' });
		const result = buildVisitRecords(VISIT_FORMS['postpartum-care'], values, context);
		expect(result.ok && care(result.visit).baby?.exam?.feeding).toEqual({ method: 'breast' });
	});

	it('makes checklist and bonding records only when answered', () => {
		const values = postpartum({ 'checklist.someone-to-confide-in.answer': 'no', 'checklist.financial-worry.answer': 'no', 'checklist.financial-worry.note': '特になし' });
		const result = buildVisitRecords(VISIT_FORMS['postpartum-care'], values, context);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.screenings.map((s) => s.instrument)).toEqual(['checklist']);
		expect(result.screenings[0]).toMatchObject({
			answers: [
				{ item: 'someone-to-confide-in', answer: false },
				{ item: 'financial-worry', answer: false, note: '特になし' }
			]
		});
	});
});

describe('amending a visit', () => {
	it('round-trips a record through the form and keeps fields the form does not own', () => {
		const first = buildVisitRecords(VISIT_FORMS['postpartum-care'], postpartum({ 'baby.exam.weightG': '4100', 'mother.careGiven.breastCare': true, 'outcome.referrals': ['mamarira'] }), context);
		if (!first.ok) throw new Error('first build failed');
		const stored = { ...first.visit, _rev: '1-abc', futureField: 'kept' };
		const values = valuesFromRecord(VISIT_FORMS['postpartum-care'], stored);
		expect(values).toMatchObject({ 'baby.exam.weightG': '4100', 'mother.careGiven.breastCare': true, 'outcome.referrals': ['mamarira'] });
		const amended = buildVisitRecords(VISIT_FORMS['postpartum-care'], { ...values, 'baby.exam.weightG': '4150', 'mother.careGiven.breastCare': false }, { ...context, by: 'midwife1', existing: stored });
		expect(amended.ok).toBe(true);
		if (!amended.ok) return;
		expect(amended.visit).toMatchObject({ _id: first.visit._id, _rev: '1-abc', futureField: 'kept', baby: { exam: { weightG: 4150 } }, createdAt: first.visit.createdAt });
		expect(care(amended.visit).mother?.careGiven?.breastCare).toBeUndefined();
		// The version it replaces is kept in the record.
		expect(amended.visit.amendments).toHaveLength(1);
		expect(amended.visit.amendments?.[0]).toMatchObject({ amendedBy: 'midwife1', previous: { baby: { exam: { weightG: 4100 } }, mother: { careGiven: { breastCare: true } }, status: 'submitted' } });
		// Resubmitting without a change adds no version.
		const unchanged = buildVisitRecords(VISIT_FORMS['postpartum-care'], valuesFromRecord(VISIT_FORMS['postpartum-care'], amended.visit), { ...context, existing: amended.visit });
		expect(unchanged.ok && unchanged.visit.amendments).toHaveLength(1);
	});
});

describe('the pregnancy interview', () => {
	const pregnancy = buildPregnancy(family);
	const interview = (extra: FormValues) => ({ ...emptyValues(VISIT_FORMS['pregnancy-interview']), visitDate: '2026-11-24', pregnancyId: pregnancy._id, timing: 'notification', ...extra });

	it('records a 特定妊婦 judgement as a risk record with the indicators as reasons', () => {
		const values = interview({ 'riskIndicators.young-mother': 'present', 'riskIndicators.economic-hardship': 'needs-support', 'riskIndicators.domestic-violence': 'absent', 'judgement.decided': true, 'judgement.decidedOn': '2026-11-24', 'judgement.forum': 'team' });
		const result = buildVisitRecords(VISIT_FORMS['pregnancy-interview'], values, context);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.visit).not.toHaveProperty('judgement');
		expect(result.risk).toMatchObject({
			category: 'specified-pregnancy',
			status: 'active',
			decidedOn: '2026-11-24',
			forum: 'team',
			pregnancyId: pregnancy._id,
			visitId: result.visit._id,
			reasons: [
				{ indicator: 'young-mother', level: 'present' },
				{ indicator: 'economic-hardship', level: 'needs-support' }
			]
		});
	});

	it('refuses a judgement with no reason, and asks for its date and forum', () => {
		const result = buildVisitRecords(VISIT_FORMS['pregnancy-interview'], interview({ 'judgement.decided': true }), context);
		const codes = result.ok ? [] : result.issues.map((issue) => [issue.path, issue.code]);
		expect(codes).toContainEqual(['judgement.decidedOn', 'required']);
		expect(codes).toContainEqual(['judgement.forum', 'required']);
		const noReason = buildVisitRecords(VISIT_FORMS['pregnancy-interview'], interview({ 'judgement.decided': true, 'judgement.decidedOn': '2026-11-24', 'judgement.forum': 'team' }), context);
		expect(noReason.ok ? [] : noReason.issues).toContainEqual({ path: 'judgement.decided', code: 'noReasons' });
	});

	it('makes no risk record without a judgement', () => {
		const result = buildVisitRecords(VISIT_FORMS['pregnancy-interview'], interview({ 'riskIndicators.young-mother': 'present' }), context);
		expect(result.ok && result.risk).toBeUndefined();
		expect(result.ok && result.visit.kind === 'pregnancy-interview' && result.visit.riskIndicators).toEqual({ 'young-mother': 'present' });
	});
});

describe('the companion visit', () => {
	it('needs what was done together, how the mother seemed and the duration', () => {
		const result = buildVisitRecords(VISIT_FORMS.companion, { ...emptyValues(VISIT_FORMS.companion), visitDate: '2026-11-24' }, { ...context, by: 'promoter1' });
		const paths = result.ok ? [] : result.issues.map((issue) => issue.path);
		expect(paths).toEqual(expect.arrayContaining(['durationMinutes', 'doneTogether', 'motherSeemed']));
	});

	it('builds a companion visit with no screening', () => {
		const values = { ...emptyValues(VISIT_FORMS.companion), visitDate: '2026-11-24', durationMinutes: '60', doneTogether: '沐浴を一緒にしました', motherSeemed: '笑顔が多かった', activities: ['bathing'] };
		const result = buildVisitRecords(VISIT_FORMS.companion, values, { ...context, by: 'promoter1' });
		expect(result.ok).toBe(true);
		expect(result.ok && result.screenings).toEqual([]);
		expect(result.ok && result.visit).toMatchObject({ kind: 'companion', durationMinutes: 60, activities: ['bathing'], createdBy: 'promoter1' });
	});
});
