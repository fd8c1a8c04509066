// Where an open draft is resumed: the form it belongs to, from what the draft records.
import { VISIT_KINDS } from '$lib/domain/records/visit';
import type { Draft } from '$lib/data/user-db';

type DraftRef = Pick<Draft, 'form' | 'familyId' | 'recordId'>;

/** The app path of the form a draft belongs to, or undefined when it cannot be placed. */
export function draftPath(draft: DraftRef): string | undefined {
	const { form, familyId, recordId } = draft;
	if (form === 'family') return recordId ? `/families/${recordId}/edit` : '/families/new';
	if (!familyId) return undefined;
	if ((VISIT_KINDS as readonly string[]).includes(form)) return recordId ? `/families/${familyId}/visits/${recordId}/edit` : `/families/${familyId}/visits/new/${form}`;
	if (form === 'pregnancy') return recordId ? `/families/${familyId}/pregnancies/${recordId}/edit` : `/families/${familyId}/pregnancies/new`;
	if (form === 'child') return recordId ? `/families/${familyId}/children/${recordId}/edit` : `/families/${familyId}/children/new`;
	if (form === 'clinic-epds') return `/families/${familyId}/screenings/clinic-epds`;
	if (form === 'plan') return recordId ? `/families/${familyId}/plans/${recordId}/edit` : `/families/${familyId}/plans/new`;
	// A reviewer's comment on a visit, and a step on an alert, are typed where the record is shown.
	if (form === 'review' && recordId) return `/families/${familyId}/visits/${recordId}`;
	if (form === 'alert') return '/review/alerts';
	return undefined;
}
