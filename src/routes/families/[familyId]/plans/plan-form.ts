// The support plan form's values and how they become a plan record (DOMAIN.md §5): the screen
// holds strings, ticks and lists of rows; the record holds tidied text, leaves empty optional
// fields out, and is closed (status 'closed') exactly when it carries a closure.
import { addMonths, todayIn } from '$lib/domain/calendar';
import { newEnvelope, planSchema, tidyText, type PlanRecord } from '$lib/domain/records';
import type { FieldMessage } from '$lib/ui/validation-message';
import { formMessages, withoutUndefined } from '../form-values';

export interface PlanEntryValues {
	date: string;
	/** 'planned' or 'given' */
	kind: string;
	method: string;
	service: string;
	staff: string;
	content: string;
	/** a recorded visit of the family, for support given; '' for none */
	visitId: string;
}

export interface PlanEvaluationValues {
	date: string;
	evaluator: string;
	result: string;
}

export type PlanFormValues = {
	planDate: string;
	method: string;
	author: string;
	supportLevel: string;
	madeWithMother: boolean;
	consentToShare: boolean;
	issues: string;
	goals: string;
	measures: string;
	services: string[];
	entries: PlanEntryValues[];
	evaluations: PlanEvaluationValues[];
	reviewDue: string;
	/** the worker is closing the plan: the closure fields below apply */
	closed: boolean;
	closureDate: string;
	closureReason: string;
	closureNote: string;
};

/** Plans are reviewed on a date they set; three months is the usual interval offered. */
export const DEFAULT_REVIEW_MONTHS = 3;

/** A new plan: drawn up today by the worker, to be reviewed in three months. */
export function emptyPlanForm(defaults: { author: string; today: string }): PlanFormValues {
	return {
		planDate: defaults.today,
		method: 'visit',
		author: defaults.author,
		supportLevel: '',
		madeWithMother: false,
		consentToShare: false,
		issues: '',
		goals: '',
		measures: '',
		services: [],
		entries: [],
		evaluations: [],
		reviewDue: addMonths(defaults.today, DEFAULT_REVIEW_MONTHS),
		closed: false,
		closureDate: '',
		closureReason: '',
		closureNote: ''
	};
}

export function emptyPlanEntry(kind: 'planned' | 'given', defaults: { today: string; staff: string }): PlanEntryValues {
	return { date: defaults.today, kind, method: 'visit', service: '', staff: defaults.staff, content: '', visitId: '' };
}

export function emptyPlanEvaluation(defaults: { today: string; evaluator: string }): PlanEvaluationValues {
	return { date: defaults.today, evaluator: defaults.evaluator, result: '' };
}

export function planFormFrom(record: PlanRecord): PlanFormValues {
	return {
		planDate: record.planDate,
		method: record.method,
		author: record.author,
		supportLevel: record.supportLevel,
		madeWithMother: record.madeWithMother,
		consentToShare: record.consentToShare,
		issues: record.issues,
		goals: record.goals,
		measures: record.measures ?? '',
		services: [...(record.services ?? [])],
		entries: record.entries.map((entry) => ({
			date: entry.date,
			kind: entry.kind,
			method: entry.method,
			service: entry.service ?? '',
			staff: entry.staff ?? '',
			content: entry.content,
			visitId: entry.visitId ?? ''
		})),
		evaluations: record.evaluations.map((evaluation) => ({ ...evaluation })),
		reviewDue: record.reviewDue,
		closed: record.status === 'closed',
		closureDate: record.closure?.date ?? '',
		closureReason: record.closure?.reason ?? '',
		closureNote: record.closure?.note ?? ''
	};
}

export type PlanFormResult = { ok: true; record: PlanRecord } | { ok: false; errors: Record<string, FieldMessage> };

const optional = (text: string) => tidyText(text) || undefined;
const optionalNote = (text: string) => tidyText(text, { multiline: true }) || undefined;

function entryFrom(entry: PlanEntryValues): Record<string, unknown> {
	return withoutUndefined({
		date: tidyText(entry.date),
		kind: entry.kind,
		method: entry.method,
		service: optional(entry.service),
		staff: optional(entry.staff),
		content: tidyText(entry.content, { multiline: true }),
		// Only support given happens at a visit; a planned row keeps no link.
		visitId: entry.kind === 'given' ? optional(entry.visitId) : undefined
	});
}

/** Builds the record to write (a new plan of the family, or `existing` amended) and checks it. */
export function planRecordFrom(
	values: PlanFormValues,
	options: { by: string; now: Date; family: { _id: string; team: string }; existing?: PlanRecord }
): PlanFormResult {
	const { by, now, family, existing } = options;
	const base = existing ?? newEnvelope('plan', { team: family.team, familyId: family._id, by, at: now });
	const closure = values.closed
		? withoutUndefined({ date: tidyText(values.closureDate), reason: values.closureReason, note: optional(values.closureNote) })
		: undefined;
	const fields = {
		status: closure ? 'closed' : 'active',
		planDate: optional(values.planDate),
		method: values.method,
		author: optional(values.author),
		supportLevel: optional(values.supportLevel),
		madeWithMother: values.madeWithMother,
		consentToShare: values.consentToShare,
		issues: tidyText(values.issues, { multiline: true }),
		goals: tidyText(values.goals, { multiline: true }),
		measures: optionalNote(values.measures),
		services: values.services.length ? [...values.services] : undefined,
		entries: values.entries.map(entryFrom),
		evaluations: values.evaluations.map((evaluation) => ({
			date: tidyText(evaluation.date),
			evaluator: tidyText(evaluation.evaluator),
			result: tidyText(evaluation.result, { multiline: true })
		})),
		reviewDue: optional(values.reviewDue),
		closure
	};
	const candidate = withoutUndefined({ ...base, ...fields, updatedAt: now.toISOString(), updatedBy: by });
	const parsed = planSchema.safeParse(candidate);
	const today = todayIn('Asia/Tokyo', now);
	const errors = formMessages({
		issues: parsed.success ? [] : parsed.error.issues,
		numbers: {},
		required: ['planDate', 'method', 'author', 'supportLevel', 'issues', 'goals', 'reviewDue'],
		values: candidate,
		pastDates: ['planDate'],
		today
	});
	for (const [field, message] of Object.entries(rowMessages(candidate, today))) errors[field] = message;
	if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
	return { ok: true, record: parsed.data };
}

type Row = Record<string, unknown>;

/** What the schema cannot say: rows' required fields, dates to come, and dates in the wrong order. */
function rowMessages(candidate: Row, today: string): Record<string, FieldMessage> {
	const messages: Record<string, FieldMessage> = {};
	const required = (path: string, value: unknown) => {
		if (value === undefined || value === '') messages[path] = { key: 'validation.required' };
	};
	const notAhead = (path: string, value: unknown) => {
		if (typeof value === 'string' && value > today && !messages[path]) messages[path] = { key: 'validation.futureDate' };
	};
	const planDate = candidate['planDate'];
	const reviewDue = candidate['reviewDue'];
	if (typeof planDate === 'string' && typeof reviewDue === 'string' && reviewDue <= planDate) {
		messages['reviewDue'] = { key: 'plan.validation.reviewAfterPlan' };
	}
	(candidate['entries'] as Row[]).forEach((entry, i) => {
		for (const field of ['date', 'method', 'content']) required(`entries.${i}.${field}`, entry[field]);
		if (entry['method'] === 'service' && entry['service'] === undefined) messages[`entries.${i}.service`] = { key: 'plan.validation.chooseService' };
		// Support can be planned ahead; support given has happened.
		if (entry['kind'] === 'given') notAhead(`entries.${i}.date`, entry['date']);
	});
	(candidate['evaluations'] as Row[]).forEach((evaluation, i) => {
		for (const field of ['date', 'evaluator', 'result']) required(`evaluations.${i}.${field}`, evaluation[field]);
		notAhead(`evaluations.${i}.date`, evaluation['date']);
	});
	const closure = candidate['closure'] as Row | undefined;
	if (closure) {
		required('closure.date', closure['date']);
		required('closure.reason', closure['reason']);
		notAhead('closure.date', closure['date']);
		const date = closure['date'];
		if (typeof planDate === 'string' && typeof date === 'string' && date !== '' && date < planDate && !messages['closure.date']) {
			messages['closure.date'] = { key: 'plan.validation.afterPlanDate' };
		}
	}
	return messages;
}

/** The review date `DEFAULT_REVIEW_MONTHS` after the plan date, for the form's one-tap default. */
export function defaultReviewDue(planDate: string): string | undefined {
	try {
		return addMonths(planDate, DEFAULT_REVIEW_MONTHS);
	} catch {
		// Not a calendar date yet (still being typed, or 30 February): no default to offer.
		return undefined;
	}
}

/** Whether an active plan's review date has passed. */
export function reviewOverdue(plan: Pick<PlanRecord, 'status' | 'reviewDue'>, today: string): boolean {
	return plan.status === 'active' && plan.reviewDue < today;
}
