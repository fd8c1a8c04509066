import { describe, expect, it } from 'vitest';
import { newRecordId } from '$lib/domain/records';
import { buildFamily, buildPlan } from '$lib/domain/records/factories';
import { addMonths } from '$lib/domain/calendar';
import { emptyPlanEntry, emptyPlanEvaluation, emptyPlanForm, planFormFrom, planRecordFrom, reviewOverdue, type PlanFormValues } from './plan-form';

// 2026-11-24 08:00 in Nagaoka, still the 23rd in UTC: "today" is the Japanese day.
const now = new Date('2026-11-23T23:00:00Z');
const today = '2026-11-24';
const family = buildFamily();
const visitId = newRecordId('visit', now);

function filled(): PlanFormValues {
	return {
		...emptyPlanForm({ author: 'coordinator1', today }),
		supportLevel: 'intensive',
		madeWithMother: true,
		issues: ' 近くに支援者がいない。\r\n夜間の授乳がつらい。 ',
		goals: '産後の生活リズムを整える。',
		services: ['mamarira', 'companion-visit'],
		entries: [
			{ ...emptyPlanEntry('planned', { today: '2026-12-01', staff: 'phn1' }), method: 'service', service: 'mamarira', content: 'ままりら 週1回' },
			{ ...emptyPlanEntry('given', { today: '2026-11-20', staff: 'midwife1' }), content: '訪問で授乳を確認', visitId }
		],
		evaluations: [emptyPlanEvaluation({ today, evaluator: 'phn1' })].map((evaluation) => ({ ...evaluation, result: '継続' }))
	};
}

describe('emptyPlanForm', () => {
	it('starts today, by the worker, to be reviewed three months on', () => {
		expect(emptyPlanForm({ author: 'phn1', today })).toMatchObject({ planDate: today, author: 'phn1', reviewDue: '2027-02-24', closed: false });
	});

	it('adds months to the end of a shorter month', () => {
		expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
		expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
		expect(addMonths('2026-01-15', 12)).toBe('2027-01-15');
	});
});

describe('planRecordFrom', () => {
	it('makes an active plan of the family with its rows, text tidied, and reads back the same form', () => {
		const result = planRecordFrom(filled(), { by: 'coordinator1', now, family });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.record).toMatchObject({
			type: 'plan',
			familyId: family._id,
			team: family.team,
			status: 'active',
			planDate: today,
			method: 'visit',
			author: 'coordinator1',
			supportLevel: 'intensive',
			madeWithMother: true,
			consentToShare: false,
			issues: '近くに支援者がいない。\n夜間の授乳がつらい。',
			services: ['mamarira', 'companion-visit'],
			reviewDue: '2027-02-24',
			createdBy: 'coordinator1'
		});
		expect(result.record.entries).toEqual([
			{ date: '2026-12-01', kind: 'planned', method: 'service', service: 'mamarira', staff: 'phn1', content: 'ままりら 週1回' },
			{ date: '2026-11-20', kind: 'given', method: 'visit', staff: 'midwife1', content: '訪問で授乳を確認', visitId }
		]);
		expect('measures' in result.record).toBe(false);
		expect('closure' in result.record).toBe(false);
		const again = planRecordFrom(planFormFrom(result.record), { by: 'coordinator1', now, family, existing: result.record });
		expect(again.ok && again.record).toEqual(result.record);
	});

	it('asks for every required field, in the rows too', () => {
		const values = {
			...emptyPlanForm({ author: '', today }),
			planDate: '',
			reviewDue: '',
			entries: [{ ...emptyPlanEntry('planned', { today: '', staff: '' }), method: 'service' }],
			evaluations: [{ date: '', evaluator: '', result: ' ' }]
		};
		const result = planRecordFrom(values, { by: 'phn1', now, family });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const required = { key: 'validation.required' };
		expect(result.errors).toEqual({
			planDate: required,
			author: required,
			supportLevel: required,
			issues: required,
			goals: required,
			reviewDue: required,
			'entries.0.date': required,
			'entries.0.content': required,
			'entries.0.service': { key: 'plan.validation.chooseService' },
			'evaluations.0.date': required,
			'evaluations.0.evaluator': required,
			'evaluations.0.result': required
		});
	});

	it('says how long text may be', () => {
		const values = filled();
		values.goals = 'あ'.repeat(2001);
		values.entries[0]!.content = 'い'.repeat(1001);
		const result = planRecordFrom(values, { by: 'phn1', now, family });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual({
			goals: { key: 'validation.tooLong', params: { max: 2000 } },
			'entries.0.content': { key: 'validation.tooLong', params: { max: 1000 } }
		});
	});

	it('keeps markup as plain text', () => {
		const script = '<script>alert(1)</script>';
		const values = filled();
		values.issues = script;
		values.entries[0]!.content = script;
		const result = planRecordFrom(values, { by: 'phn1', now, family });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.record.issues).toBe(script);
		expect(result.record.entries[0]!.content).toBe(script);
	});

	it('refuses dates in the wrong order and support given or evaluated in the future, but plans ahead', () => {
		const values = filled();
		values.reviewDue = today;
		values.entries[0]!.date = '2027-03-01';
		values.entries[1]!.date = '2026-11-25';
		values.evaluations[0]!.date = '2026-11-25';
		const result = planRecordFrom(values, { by: 'phn1', now, family });
		expect(result).toEqual({
			ok: false,
			errors: {
				reviewDue: { key: 'plan.validation.reviewAfterPlan' },
				'entries.1.date': { key: 'validation.futureDate' },
				'evaluations.0.date': { key: 'validation.futureDate' }
			}
		});
	});

	it('drops a visit link from planned support', () => {
		const values = filled();
		values.entries[0]!.visitId = visitId;
		const result = planRecordFrom(values, { by: 'phn1', now, family });
		expect(result.ok && 'visitId' in result.record.entries[0]!).toBe(false);
	});

	it('closes the plan with a closure, keeping its envelope, and reopens it when the closure is taken back', () => {
		const existing = buildPlan(family, { planDate: '2026-08-01', reviewDue: '2026-11-01' });
		const later = new Date('2026-11-25T03:00:00Z');
		const closing = { ...planFormFrom(existing), closed: true, closureDate: '2026-11-25', closureReason: 'transferred', closureNote: ' 上越市へ転出 ' };
		const closed = planRecordFrom(closing, { by: 'coordinator1', now: later, family, existing });
		expect(closed.ok).toBe(true);
		if (!closed.ok) return;
		expect(closed.record).toMatchObject({
			_id: existing._id,
			createdBy: existing.createdBy,
			updatedBy: 'coordinator1',
			status: 'closed',
			closure: { date: '2026-11-25', reason: 'transferred', note: '上越市へ転出' }
		});
		expect(closed.record.createdAt).toBe(existing.createdAt);

		const reopened = planRecordFrom({ ...planFormFrom(closed.record), closed: false }, { by: 'coordinator1', now: later, family, existing: closed.record });
		expect(reopened.ok && reopened.record.status).toBe('active');
		expect(reopened.ok && 'closure' in reopened.record).toBe(false);
	});

	it('asks for a closing date and reason, not before the plan and not in the future', () => {
		const existing = buildPlan(family, { planDate: '2026-08-01', reviewDue: '2026-11-01' });
		const base = { ...planFormFrom(existing), closed: true };
		const empty = planRecordFrom(base, { by: 'phn1', now, family, existing });
		expect(empty).toEqual({ ok: false, errors: { 'closure.date': { key: 'validation.required' }, 'closure.reason': { key: 'validation.required' } } });
		const early = planRecordFrom({ ...base, closureDate: '2026-07-31', closureReason: 'ended' }, { by: 'phn1', now, family, existing });
		expect(early).toEqual({ ok: false, errors: { 'closure.date': { key: 'plan.validation.afterPlanDate' } } });
		const ahead = planRecordFrom({ ...base, closureDate: '2026-11-25', closureReason: 'ended' }, { by: 'phn1', now, family, existing });
		expect(ahead).toEqual({ ok: false, errors: { 'closure.date': { key: 'validation.futureDate' } } });
	});
});

describe('reviewOverdue', () => {
	it('marks an active plan past its review date, never a closed one', () => {
		expect(reviewOverdue({ status: 'active', reviewDue: '2026-11-23' }, today)).toBe(true);
		expect(reviewOverdue({ status: 'active', reviewDue: today }, today)).toBe(false);
		expect(reviewOverdue({ status: 'closed', reviewDue: '2026-11-01' }, today)).toBe(false);
	});
});
