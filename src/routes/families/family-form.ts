// The family form's values and how they become a family record: the screen holds strings, the
// record holds tidied text and leaves empty optional fields out.
import { familySchema, newEnvelope, tidyText, type FamilyRecord } from '$lib/domain/records';
import { fieldMessages, type FieldMessage } from '$lib/ui/validation-message';
import { todayIn } from '$lib/domain/calendar';

export const FAMILY_TEXT_FIELDS = ['familyName', 'givenName', 'familyNameKana', 'givenNameKana', 'birthDate', 'phone', 'postalCode', 'address', 'district'] as const;

export type FamilyFormValues = Record<(typeof FAMILY_TEXT_FIELDS)[number] | 'promoter' | 'team' | 'status', string>;

export function emptyFamilyForm(team: string): FamilyFormValues {
	const values = Object.fromEntries(FAMILY_TEXT_FIELDS.map((field) => [field, ''])) as FamilyFormValues;
	return { ...values, promoter: '', team, status: 'active' };
}

export function familyFormFrom(record: FamilyRecord): FamilyFormValues {
	const values = emptyFamilyForm(record.team);
	for (const field of FAMILY_TEXT_FIELDS) values[field] = String(record[field] ?? '');
	return { ...values, promoter: record.assignedTo.promoter ?? '', status: record.status };
}

function fieldsFrom(values: FamilyFormValues) {
	const optional = (text: string) => (text ? text : undefined);
	const tidy = (field: (typeof FAMILY_TEXT_FIELDS)[number]) => tidyText(values[field]);
	return {
		familyName: tidy('familyName'),
		givenName: tidy('givenName'),
		familyNameKana: tidy('familyNameKana'),
		givenNameKana: tidy('givenNameKana'),
		birthDate: optional(tidy('birthDate')),
		phone: optional(tidy('phone')),
		postalCode: optional(tidy('postalCode')),
		address: optional(tidy('address')),
		district: tidy('district'),
		status: values.status
	};
}

export type FamilyFormResult = { ok: true; record: FamilyRecord } | { ok: false; errors: Record<string, FieldMessage> };

/** Builds the record to write (a new one, or `existing` amended) and checks it against the schema. */
export function familyRecordFrom(values: FamilyFormValues, options: { by: string; now: Date; existing?: FamilyRecord }): FamilyFormResult {
	const { existing, by, now } = options;
	const base = existing ?? newEnvelope('family', { team: values.team, by, at: now });
	const promoter = tidyText(values.promoter);
	const assignedTo = { ...(existing?.assignedTo ?? {}), promoter: promoter || undefined };
	const candidate = Object.fromEntries(
		Object.entries({ ...base, ...fieldsFrom(values), assignedTo, updatedAt: now.toISOString(), updatedBy: by }).filter(([, value]) => value !== undefined)
	);
	const parsed = familySchema.safeParse(candidate);
	const errors: Record<string, FieldMessage> = parsed.success ? {} : fieldMessages(parsed.error.issues);
	const birthDate = typeof candidate.birthDate === 'string' ? candidate.birthDate : undefined;
	if (birthDate && !errors.birthDate && birthDate > todayIn(undefined, now)) errors.birthDate = { key: 'validation.futureDate' };
	if (errors['assignedTo.promoter']) errors.promoter = errors['assignedTo.promoter'];
	if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
	return { ok: true, record: parsed.data };
}
