// What the paper report of one visit holds, and who may print it: the visit page's own summary
// (visitSummary) split into the visit facts and the content, plus the records made with the visit.
import { visitFormFor } from '$lib/domain/forms/definitions';
import type { FieldDefinition, VisitFormDefinition } from '$lib/domain/forms/types';
import type { FamilyFile } from '$lib/domain/family-file/family-file';
import type { ReviewRecord, RiskRecord, ScreeningRecord, VisitRecord } from '$lib/domain/records';
import type { Locale } from '$lib/i18n/translate';
import { isClinical } from '../../../family-access';
import { mayFill } from '../../visit-access';
import { refOptionsOf } from '../../visit-form-context';
import { visitSummary, type SummarySection } from '../../visit-summary';

/**
 * Clinical staff print any visit they hold; a promoter only the companion visits they wrote
 * themselves (a paper copy leaves the device, so the narrower rule of amending applies).
 */
export function mayPrintVisit(user: string, roles: readonly string[], visit: Pick<VisitRecord, 'kind' | 'createdBy'>): boolean {
	if (isClinical(roles)) return true;
	const definition = visitFormFor(visit.kind);
	return !!definition && mayFill(roles, definition) && visit.createdBy === user;
}

export interface VisitReport {
	/** the form's opening section (date, time, duration, place, child or pregnancy) */
	facts?: SummarySection;
	/** every other section with a value, in the form's order */
	sections: SummarySection[];
	/** screenings answered at this visit, for clinical staff only */
	screenings: ScreeningRecord[];
	/** judgements recorded at this visit (the 特定妊婦 judgement of an interview), clinical only */
	risks: RiskRecord[];
	/** reviews of this visit, oldest first */
	reviews: ReviewRecord[];
}

const FACTS_SECTION = 'facts';

export function visitReport(file: FamilyFile, visit: VisitRecord, definition: VisitFormDefinition, roles: readonly string[], locale: Locale): VisitReport {
	const refs = refOptionsOf(file);
	const refLabels = Object.fromEntries([...refs.child, ...refs.pregnancy].map((option) => [option.value, option.label[locale]]));
	const summary = visitSummary(definition, visit as unknown as Record<string, unknown>, locale, refLabels);
	const clinical = isClinical(roles);
	const byCreation = <T extends { createdAt: string }>(a: T, b: T) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);
	const facts = summary.find((section) => section.id === FACTS_SECTION);
	return {
		...(facts ? { facts } : {}),
		sections: summary.filter((section) => section.id !== FACTS_SECTION),
		screenings: clinical ? file.screenings.filter((s) => s.source === 'visit' && s.visitId === visit._id).sort(byCreation) : [],
		risks: clinical ? file.risks.filter((risk) => risk.visitId === visit._id).sort(byCreation) : [],
		reviews: file.reviews.filter((review) => review.visitId === visit._id).sort(byCreation)
	};
}

export interface RiskReason {
	indicator: string;
	level: string;
	note?: string;
}

/** The interview form labels the indicators, their levels and the forums: one wording everywhere. */
function interviewField(path: string): Extract<FieldDefinition, { type: 'choice' }> | undefined {
	const field = visitFormFor('pregnancy-interview')
		?.sections.flatMap((section) => section.fields)
		.find((candidate) => candidate.path === path);
	return field?.type === 'choice' ? field : undefined;
}

export function riskReasons(risk: Pick<RiskRecord, 'reasons'>, locale: Locale): RiskReason[] {
	return risk.reasons.map((reason) => {
		const field = interviewField(`riskIndicators.${reason.indicator}`);
		return {
			indicator: field?.label[locale] ?? reason.indicator,
			level: field?.options.find((option) => option.value === reason.level)?.label[locale] ?? reason.level,
			...(reason.note ? { note: reason.note } : {})
		};
	});
}

export function riskForum(risk: Pick<RiskRecord, 'forum'>, locale: Locale): string {
	return interviewField('judgement.forum')?.options.find((option) => option.value === risk.forum)?.label[locale] ?? risk.forum;
}
