// The child form's values and how they become a child record: birth facts typed as text become
// numbers, names are optional (a baby often has none registered yet), dates cannot lie ahead.
import { todayIn } from '$lib/domain/calendar';
import { childSchema, newEnvelope, tidyText, type ChildRecord, type PregnancyRecord } from '$lib/domain/records';
import type { FieldMessage } from '$lib/ui/validation-message';
import { formMessages, numberBounds, parseNumber, withoutUndefined } from '../form-values';

export const CHILD_NUMBER_FIELDS = ['birthWeightG', 'gestationalWeeks', 'gestationalDays', 'birthLengthCm', 'birthHeadCm', 'birthOrder'] as const;
const NAME_FIELDS = ['familyName', 'givenName', 'givenNameKana'] as const;
const TEXT_FIELDS = [...NAME_FIELDS, 'birthDate', ...CHILD_NUMBER_FIELDS, 'pregnancyId'] as const;

export type ChildFormValues = Record<(typeof TEXT_FIELDS)[number] | 'sex', string>;

export const CHILD_NUMBER_BOUNDS = Object.fromEntries(
	CHILD_NUMBER_FIELDS.map((field) => [field, numberBounds(childSchema.shape[field])])
) as Record<(typeof CHILD_NUMBER_FIELDS)[number], ReturnType<typeof numberBounds>>;

/** A new child's form: the family's surname and its latest pregnancy chosen to start with. */
export function emptyChildForm(defaults: { familyName?: string; pregnancies?: readonly PregnancyRecord[] } = {}): ChildFormValues {
	const values = Object.fromEntries(TEXT_FIELDS.map((field) => [field, ''])) as ChildFormValues;
	const latest = [...(defaults.pregnancies ?? [])].sort((a, b) => (a.expectedDueDate < b.expectedDueDate ? 1 : -1))[0];
	return { ...values, sex: '', familyName: defaults.familyName ?? '', pregnancyId: latest?._id ?? '' };
}

export function childFormFrom(record: ChildRecord): ChildFormValues {
	const values = emptyChildForm();
	for (const field of TEXT_FIELDS) values[field] = record[field] === undefined ? '' : String(record[field]);
	return { ...values, sex: record.sex };
}

export type ChildFormResult = { ok: true; record: ChildRecord } | { ok: false; errors: Record<string, FieldMessage> };

export function childRecordFrom(
	values: ChildFormValues,
	options: { by: string; now: Date; family: { _id: string; team: string }; existing?: ChildRecord }
): ChildFormResult {
	const { by, now, family, existing } = options;
	const base = existing ?? newEnvelope('child', { team: family.team, familyId: family._id, by, at: now });
	const optional = (text: string) => tidyText(text) || undefined;
	const typed = Object.fromEntries(CHILD_NUMBER_FIELDS.map((field) => [field, parseNumber(values[field])]));
	const numbers = Object.fromEntries(Object.entries(typed).map(([field, value]) => [field, value === 'invalid' ? undefined : value]));
	const fields = {
		pregnancyId: optional(values.pregnancyId),
		familyName: optional(values.familyName),
		givenName: optional(values.givenName),
		givenNameKana: optional(values.givenNameKana),
		sex: optional(values.sex),
		birthDate: optional(values.birthDate),
		...numbers
	};
	const candidate = withoutUndefined({ ...base, ...fields, updatedAt: now.toISOString(), updatedBy: by });
	const parsed = childSchema.safeParse(candidate);
	const errors = formMessages({
		issues: parsed.success ? [] : parsed.error.issues,
		numbers: Object.fromEntries(CHILD_NUMBER_FIELDS.map((field) => [field, { typed: typed[field], bounds: CHILD_NUMBER_BOUNDS[field] }])),
		required: ['sex', 'birthDate', 'birthWeightG', 'gestationalWeeks'],
		values: candidate,
		pastDates: ['birthDate'],
		today: todayIn('Asia/Tokyo', now)
	});
	if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
	return { ok: true, record: parsed.data };
}
