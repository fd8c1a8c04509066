// Every visit form, by visit kind: adding a kind of visit means adding a definition here.
import type { VisitKind } from '../../records/visit.ts';
import type { VisitFormDefinition } from '../types.ts';
import { companionVisitForm } from './companion.ts';
import { postpartumCareVisitForm } from './postpartum-care.ts';
import { pregnancyInterviewForm } from './pregnancy-interview.ts';
import { universalVisitForm } from './universal.ts';

export const VISIT_FORMS: Readonly<Record<VisitKind, VisitFormDefinition>> = {
	'pregnancy-interview': pregnancyInterviewForm,
	'postpartum-care': postpartumCareVisitForm,
	universal: universalVisitForm,
	companion: companionVisitForm
};

export function visitFormFor(kind: string): VisitFormDefinition | undefined {
	return Object.hasOwn(VISIT_FORMS, kind) ? VISIT_FORMS[kind as VisitKind] : undefined;
}
