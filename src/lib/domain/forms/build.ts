// Turns a filled visit form into the records it makes — the visit, and a screening record per
// questionnaire answered — checked field by field and against the record schemas.
import { CHECKLIST_ITEMS, newEnvelope, RISK_INDICATORS, riskSchema, screeningSchema, tidyText, visitSchema, type FamilyRecord, type RiskRecord, type ScreeningRecord, type VisitRecord } from '../records/index.ts';
import { epdsItemScore, scoreBonding, scoreEpds } from '../screening/index.ts';
import { checkField, isBlank, parseNumber, type FormIssue } from './checks.ts';
import type { FieldDefinition, FormValues, VisitFormDefinition } from './types.ts';
import { allFields, checklistKey, getPath, pruneEmpty, questionnaireKey, setPath, visibleSections } from './values.ts';

type Instrument = 'epds' | 'bonding' | 'checklist';

/** Fields under this path make the 特定妊婦 judgement's own risk record, not part of the visit. */
const JUDGEMENT = 'judgement.';

export interface VisitFormContext {
	family: Pick<FamilyRecord, '_id' | 'team'>;
	/** the author's user name */
	by: string;
	now: Date;
	/** YYYY-MM-DD in Japan: the limit for dates that cannot be in the future */
	today: string;
	/** ids fixed when the draft began, so submitting twice never makes two visits */
	ids: { visit: string } & Partial<Record<Instrument | 'risk', string>>;
	/** when amending: the visit as it was, and the screenings made with it */
	existing?: VisitRecord;
	existingScreenings?: readonly ScreeningRecord[];
	/** when amending an interview: the judgement recorded with it */
	existingRisk?: RiskRecord;
}

export type VisitFormResult =
	| { ok: true; visit: VisitRecord; screenings: ScreeningRecord[]; risk?: RiskRecord }
	| { ok: false; issues: FormIssue[] };

const STORED_ELSEWHERE = new Set(['computed', 'questionnaire', 'checklist']);
const storedInVisit = (field: FieldDefinition) => !STORED_ELSEWHERE.has(field.type) && !field.path.startsWith(JUDGEMENT);

function storedValue(field: FieldDefinition, values: FormValues): unknown {
	const value = values[field.path];
	if (isBlank(value)) return undefined;
	switch (field.type) {
		case 'number':
			return parseNumber(value as string);
		case 'choice':
			return field.numeric ? Number(value) : tidyText(value as string);
		case 'multi':
			return [...(value as string[])];
		case 'tick':
			return value === true;
		case 'note':
			return tidyText(value as string, { multiline: true });
		default:
			return tidyText(value as string);
	}
}

/** Answers of a questionnaire as option positions; `undefined` where not answered. */
export function questionnaireAnswers(instrument: 'epds' | 'bonding', values: FormValues): (number | undefined)[] {
	return Array.from({ length: 10 }, (_, i) => {
		const text = values[questionnaireKey(instrument, i + 1)];
		return typeof text === 'string' && /^[0-3]$/.test(text) ? Number(text) : undefined;
	});
}

export function checklistAnswers(values: FormValues): { item: (typeof CHECKLIST_ITEMS)[number]; answer: boolean; note?: string }[] {
	return CHECKLIST_ITEMS.flatMap((item) => {
		const answer = values[checklistKey(item, 'answer')];
		if (answer !== 'yes' && answer !== 'no') return [];
		const note = values[checklistKey(item, 'note')];
		const tidy = typeof note === 'string' ? tidyText(note) : '';
		return [{ item, answer: answer === 'yes', ...(tidy ? { note: tidy } : {}) }];
	});
}

function schemaIssues(path: string, issues: readonly { code: string; message: string; path: PropertyKey[] }[], known: Set<string>): FormIssue[] {
	return issues.map((issue) => {
		const issuePath = issue.path.map(String).join('.');
		// Point at the field the worker can fix: the issue's own path if it is a field, else the questionnaire.
		const field = known.has(issuePath) ? issuePath : [...known].find((candidate) => issuePath.startsWith(`${candidate}.`)) ?? path;
		return { path: field, code: 'schema' as const, schemaIssue: issue };
	});
}

function screeningOf(
	instrument: Instrument,
	visit: VisitRecord,
	values: FormValues,
	definition: VisitFormDefinition,
	context: VisitFormContext
): { record: Record<string, unknown> } | { issue: FormIssue } | undefined {
	const previous = context.existingScreenings?.find((screening) => screening.instrument === instrument);
	const id = previous?._id ?? context.ids[instrument];
	const base = {
		...(previous ?? newEnvelope('screening', { team: context.family.team, familyId: context.family._id, by: context.by, at: context.now, ...(id ? { id } : {}) })),
		updatedAt: context.now.toISOString(),
		updatedBy: context.by,
		instrument,
		context: definition.screeningContext,
		screenedOn: visit.visitDate,
		source: 'visit',
		visitId: visit._id,
		...(visit.childId ? { childId: visit.childId } : {}),
		...(visit.pregnancyId ? { pregnancyId: visit.pregnancyId } : {})
	};
	if (instrument === 'checklist') {
		const answers = checklistAnswers(values);
		return answers.length === 0 ? undefined : { record: { ...base, answers } };
	}
	const answers = questionnaireAnswers(instrument, values);
	const answered = answers.filter((answer) => answer !== undefined).length;
	if (answered === 0) return undefined;
	// Half-answered questionnaires were refused with the fields (buildVisitRecords).
	if (answered < 10) return undefined;
	const positions = answers as number[];
	if (instrument === 'epds') {
		return { record: { ...base, answers: positions, total: scoreEpds(positions).total, item10: epdsItemScore(10, positions[9]!) } };
	}
	return { record: { ...base, answers: positions, total: scoreBonding(positions).total } };
}

/** Checks every shown field and builds the records; hidden fields (skip logic) are left out. */
export function buildVisitRecords(definition: VisitFormDefinition, values: FormValues, context: VisitFormContext): VisitFormResult {
	const issues: FormIssue[] = [];
	const shown = visibleSections(definition, values).flatMap((section) => section.fields);
	const known = new Set(allFields(definition).map((field) => field.path));

	// Start from the record being amended so fields this form does not own survive; then the
	// form's own fields are taken out and written back from the values.
	const base = context.existing
		? structuredClone(context.existing)
		: newEnvelope('visit', { team: context.family.team, familyId: context.family._id, by: context.by, at: context.now, id: context.ids.visit });
	const draft = base as unknown as Record<string, unknown>;
	for (const field of allFields(definition)) if (storedInVisit(field)) setPath(draft, field.path, undefined);
	for (const field of shown) {
		if (STORED_ELSEWHERE.has(field.type)) {
			if (field.type === 'questionnaire') {
				// Checked with the fields, so the worker hears of a half-answered questionnaire at once.
				const answered = questionnaireAnswers(field.instrument, values).filter((answer) => answer !== undefined).length;
				if (answered === 0 && field.required) issues.push({ path: field.path, code: 'required' });
				if (answered > 0 && answered < 10) issues.push({ path: field.path, code: 'incomplete', params: { answered } });
			}
			continue;
		}
		const issue = checkField(field, values[field.path], context.today);
		if (issue) issues.push(issue);
		else if (storedInVisit(field)) setPath(draft, field.path, storedValue(field, values));
	}
	pruneEmpty(draft);
	Object.assign(draft, { kind: definition.kind, status: 'submitted', updatedAt: context.now.toISOString(), updatedBy: context.by });
	if (context.existing) keepEarlierVersion(draft, context.existing, context);

	const checkedFields = new Set(issues.map((issue) => issue.path));
	const parsed = visitSchema.safeParse(draft);
	if (!parsed.success) issues.push(...schemaIssues('visit', parsed.error.issues, known).filter((issue) => !checkedFields.has(issue.path)));
	if (issues.length > 0 || !parsed.success) return { ok: false, issues };

	const visit = parsed.data;
	const screenings: ScreeningRecord[] = [];
	const instruments = shown.flatMap((field) => (field.type === 'questionnaire' ? [field.instrument] : field.type === 'checklist' ? ['checklist' as const] : []));
	for (const instrument of instruments) {
		const built = screeningOf(instrument, visit, values, definition, context);
		if (built === undefined) continue;
		if ('issue' in built) {
			issues.push(built.issue);
			continue;
		}
		const screening = screeningSchema.safeParse(built.record);
		if (screening.success) screenings.push(screening.data);
		else issues.push(...schemaIssues(instrument, screening.error.issues, new Set([instrument])));
	}
	const judgement = values[`${JUDGEMENT}decided`] === true && shown.some((field) => field.path.startsWith(JUDGEMENT)) ? judgementOf(visit, values, context) : undefined;
	if (judgement && 'issue' in judgement) issues.push(judgement.issue);
	if (issues.length > 0) return { ok: false, issues };
	return { ok: true, visit, screenings, ...(judgement && 'risk' in judgement ? { risk: judgement.risk } : {}) };
}

/** The 特定妊婦 judgement as a risk record, its reasons being the indicators marked at the interview. */
function judgementOf(visit: VisitRecord, values: FormValues, context: VisitFormContext): { risk: RiskRecord } | { issue: FormIssue } {
	const reasons = RISK_INDICATORS.flatMap((indicator) => {
		const level = values[`riskIndicators.${indicator}`];
		return level === 'present' || level === 'needs-support' ? [{ indicator, level }] : [];
	});
	if (reasons.length === 0) return { issue: { path: `${JUDGEMENT}decided`, code: 'noReasons' } };
	const previous = context.existingRisk;
	const text = (key: string) => {
		const value = values[`${JUDGEMENT}${key}`];
		const tidy = typeof value === 'string' ? tidyText(value, { multiline: key === 'note' }) : '';
		return tidy || undefined;
	};
	const candidate = Object.fromEntries(
		Object.entries({
			...(previous ?? newEnvelope('risk', { team: context.family.team, familyId: context.family._id, by: context.by, at: context.now, ...(context.ids.risk ? { id: context.ids.risk } : {}) })),
			updatedAt: context.now.toISOString(),
			updatedBy: context.by,
			category: 'specified-pregnancy',
			status: previous?.status ?? 'active',
			decidedOn: text('decidedOn'),
			forum: text('forum'),
			reasons,
			note: text('note'),
			nextReviewOn: text('nextReviewOn'),
			pregnancyId: visit.pregnancyId,
			visitId: visit._id
		}).filter(([, value]) => value !== undefined)
	);
	const parsed = riskSchema.safeParse(candidate);
	if (parsed.success) return { risk: parsed.data };
	const issue = parsed.error.issues[0]!;
	return { issue: { path: `${JUDGEMENT}${String(issue.path[0] ?? 'decided')}`, code: 'schema', schemaIssue: issue } };
}

/** What a visit says, without who stored it when: the part an amendment changes. */
function content(visit: Record<string, unknown>): Record<string, unknown> {
	const { _id, _rev, type, schemaVersion, team, familyId, createdAt, createdBy, updatedAt, updatedBy, amendments, status, ...rest } = visit;
	void [_id, _rev, type, schemaVersion, team, familyId, createdAt, createdBy, updatedAt, updatedBy, amendments, status];
	return rest;
}

/** JSON with object keys sorted, so two records compare by content, not by key order. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, node: unknown) =>
		node !== null && typeof node === 'object' && !Array.isArray(node)
			? Object.fromEntries(Object.entries(node as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: node
	);
}

/** An amendment keeps the version it replaces inside the record, unless nothing changed. */
function keepEarlierVersion(draft: Record<string, unknown>, existing: VisitRecord, context: VisitFormContext): void {
	const previous = content(existing as unknown as Record<string, unknown>);
	if (canonical(previous) === canonical(content(draft))) return;
	const earlier = existing.amendments ?? [];
	draft['amendments'] = [...earlier, { amendedAt: context.now.toISOString(), amendedBy: context.by, previous: { ...previous, status: existing.status, updatedAt: existing.updatedAt } }];
}

/** Whether the value at `path` of a built visit is what the form shows (used by tests and the view page). */
export function recordValue(record: VisitRecord, path: string): unknown {
	return getPath(record as unknown as Record<string, unknown>, path);
}
