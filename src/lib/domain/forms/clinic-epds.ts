// An EPDS result reported by a clinic (産婦健診 at 2 weeks or 1 month): date, clinic, total and
// item 10, without the answers. Its fields use the form engine's field types and checks.
import { newEnvelope, screeningSchema, tidyText, type FamilyRecord, type ScreeningRecord } from '../records/index.ts';
import { checkField, parseNumber, type FormIssue } from './checks.ts';
import { bi, options } from './definitions/labels.ts';
import type { FieldDefinition, FormValues } from './types.ts';

export const CLINIC_EPDS_FIELDS: readonly FieldDefinition[] = [
	{ type: 'date', path: 'screenedOn', label: bi('健診日', 'Checkup date'), required: true, notFuture: true },
	{ type: 'text', path: 'clinic.name', label: bi('医療機関名', 'Clinic'), required: true, maxLength: 100 },
	{
		type: 'choice',
		path: 'clinic.checkup',
		label: bi('健診', 'Checkup'),
		required: true,
		style: 'radio',
		options: options(['2-week', '産後2週間健診', '2-week checkup'], ['1-month', '産後1か月健診', '1-month checkup'], ['antenatal', '妊婦健診', 'Antenatal checkup'], ['other', 'その他', 'Other'])
	},
	{ type: 'number', path: 'total', label: bi('EPDS 合計点', 'EPDS total'), unit: '点', min: 0, max: 30, integer: true, required: true },
	{
		type: 'choice',
		path: 'item10',
		label: bi('項目10（自分を傷つける考え）の点数', 'Item 10 (self-harm) score'),
		required: true,
		numeric: true,
		style: 'radio',
		hint: bi('1点以上は合計点にかかわらず、すぐに対応が必要です。', 'One or more needs action at once, whatever the total.'),
		options: options(['0', '0', '0'], ['1', '1', '1'], ['2', '2', '2'], ['3', '3', '3'])
	}
];

export function emptyClinicEpds(today: string): FormValues {
	return { screenedOn: today, 'clinic.name': '', 'clinic.checkup': '', total: '', item10: '' };
}

export type ClinicEpdsResult = { ok: true; record: ScreeningRecord } | { ok: false; issues: FormIssue[] };

export function clinicEpdsRecord(
	values: FormValues,
	context: { family: Pick<FamilyRecord, '_id' | 'team'>; by: string; now: Date; today: string; id: string; childId?: string }
): ClinicEpdsResult {
	const issues = CLINIC_EPDS_FIELDS.flatMap((field) => checkField(field, values[field.path], context.today) ?? []);
	if (issues.length > 0) return { ok: false, issues };
	const total = parseNumber(String(values['total']))!;
	const item10 = Number(values['item10']);
	// Item 10 scores at most 3 and is part of the total: a total below it cannot be right.
	if (item10 > total) return { ok: false, issues: [{ path: 'total', code: 'range', params: { min: item10, max: 30, unit: '点' } }] };
	const checkup = String(values['clinic.checkup']);
	const candidate = {
		...newEnvelope('screening', { team: context.family.team, familyId: context.family._id, by: context.by, at: context.now, id: context.id }),
		instrument: 'epds',
		source: 'clinic',
		context: checkup === 'antenatal' ? 'antenatal' : 'postpartum',
		screenedOn: String(values['screenedOn']),
		clinic: { name: tidyText(String(values['clinic.name'])), checkup },
		total,
		item10,
		...(context.childId ? { childId: context.childId } : {})
	};
	const parsed = screeningSchema.safeParse(candidate);
	if (parsed.success) return { ok: true, record: parsed.data };
	return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), code: 'schema' as const, schemaIssue: issue })) };
}
