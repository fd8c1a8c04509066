// The pregnancy form's values and how they become a pregnancy record: the screen holds strings,
// the record holds numbers and tidied text and leaves empty optional fields out.
import { todayIn } from '$lib/domain/calendar';
import { newEnvelope, pregnancySchema, tidyText, type PregnancyRecord } from '$lib/domain/records';
import type { FieldMessage } from '$lib/ui/validation-message';
import { formMessages, numberBounds, parseNumber, withoutUndefined } from '../form-values';

export const PREGNANCY_DATE_FIELDS = ['expectedDueDate', 'notificationDate', 'handbookIssuedDate', 'endedOn'] as const;
export const PREGNANCY_NUMBER_FIELDS = ['gestationalWeeksAtNotification', 'parity', 'fetuses'] as const;
const TEXT_FIELDS = [...PREGNANCY_DATE_FIELDS, ...PREGNANCY_NUMBER_FIELDS, 'plannedBirthPlace'] as const;

export type PregnancyFormValues = Record<(typeof TEXT_FIELDS)[number] | 'status', string>;

/** Dates that cannot lie ahead; the due date usually does. */
const PAST_DATES = ['notificationDate', 'handbookIssuedDate', 'endedOn'] as const;

export const PREGNANCY_NUMBER_BOUNDS = Object.fromEntries(
	PREGNANCY_NUMBER_FIELDS.map((field) => [field, numberBounds(pregnancySchema.shape[field])])
) as Record<(typeof PREGNANCY_NUMBER_FIELDS)[number], ReturnType<typeof numberBounds>>;

export function emptyPregnancyForm(): PregnancyFormValues {
	const values = Object.fromEntries(TEXT_FIELDS.map((field) => [field, ''])) as PregnancyFormValues;
	return { ...values, status: 'ongoing', fetuses: '1' };
}

export function pregnancyFormFrom(record: PregnancyRecord): PregnancyFormValues {
	const values = emptyPregnancyForm();
	for (const field of TEXT_FIELDS) values[field] = record[field] === undefined ? '' : String(record[field]);
	return { ...values, status: record.status };
}

export type PregnancyFormResult = { ok: true; record: PregnancyRecord } | { ok: false; errors: Record<string, FieldMessage> };

/** Builds the record to write (a new one for the family, or `existing` amended) and checks it. */
export function pregnancyRecordFrom(
	values: PregnancyFormValues,
	options: { by: string; now: Date; family: { _id: string; team: string }; existing?: PregnancyRecord }
): PregnancyFormResult {
	const { by, now, family, existing } = options;
	const base = existing ?? newEnvelope('pregnancy', { team: family.team, familyId: family._id, by, at: now });
	const optional = (text: string) => tidyText(text) || undefined;
	const typed = Object.fromEntries(PREGNANCY_NUMBER_FIELDS.map((field) => [field, parseNumber(values[field])]));
	const numbers = Object.fromEntries(Object.entries(typed).map(([field, value]) => [field, value === 'invalid' ? undefined : value]));
	const fields = {
		status: values.status,
		expectedDueDate: optional(values.expectedDueDate),
		notificationDate: optional(values.notificationDate),
		handbookIssuedDate: optional(values.handbookIssuedDate),
		...numbers,
		plannedBirthPlace: optional(values.plannedBirthPlace),
		// An end date belongs to a pregnancy that has ended; switching back to ongoing drops it.
		endedOn: values.status === 'ongoing' ? undefined : optional(values.endedOn)
	};
	const candidate = withoutUndefined({ ...base, ...fields, updatedAt: now.toISOString(), updatedBy: by });
	const parsed = pregnancySchema.safeParse(candidate);
	const errors = formMessages({
		issues: parsed.success ? [] : parsed.error.issues,
		numbers: Object.fromEntries(PREGNANCY_NUMBER_FIELDS.map((field) => [field, { typed: typed[field], bounds: PREGNANCY_NUMBER_BOUNDS[field] }])),
		required: ['status', 'expectedDueDate'],
		values: candidate,
		pastDates: PAST_DATES,
		today: todayIn('Asia/Tokyo', now)
	});
	if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
	return { ok: true, record: parsed.data };
}
