// Who may fill and amend which visit form: the form's audience against the user's roles, and
// amending only by the visit's author.
import type { VisitFormDefinition } from '$lib/domain/forms/types';
import { isClinical } from '../family-access';

export function mayFill(roles: readonly string[], definition: Pick<VisitFormDefinition, 'audience'>): boolean {
	return definition.audience === 'clinical' ? isClinical(roles) : roles.includes('promoter') && !isClinical(roles);
}

export function mayAmend(user: string, roles: readonly string[], visit: { createdBy: string; kind: string }, definition: Pick<VisitFormDefinition, 'audience'>): boolean {
	return visit.createdBy === user && mayFill(roles, definition);
}
