// A reviewer's decision on a visit and a step on an alert, built as records from what was typed:
// the text tidied the way every form's text is (tidyText), each problem named by a code the screen words.

import { newEnvelope } from '../records/envelope.ts';
import { tidyText } from '../records/text.ts';
import type { AlertAction, AlertRecord, ReviewRecord, VisitRecord } from '../records/index.ts';
import { recordSchemas } from '../records/record.ts';
import type { Alert } from './types.ts';

export const NOTE_MAX = 2000;
export const NAME_MAX = 64;

export type ReviewIssue =
	/** a return must say what to fix */
	| 'comment-required'
	| 'comment-too-long'
	/** a reviewer does not review their own report */
	| 'own-visit';

export type AlertIssue =
	/** closing says what was done */
	| 'action-required'
	| 'action-too-long'
	| 'assignee-required'
	| 'assignee-too-long'
	| 'note-too-long';

export type Built<R, I> = { ok: true; record: R } | { ok: false; issues: I[] };

interface Context {
	by: string;
	now: Date;
	/** a fixed id (a retried save must not make a second record) */
	id?: string;
}

export interface ReviewInput {
	decision: ReviewRecord['decision'];
	comment: string;
}

export function reviewRecordFor(visit: VisitRecord, input: ReviewInput, context: Context): Built<ReviewRecord, ReviewIssue> {
	const comment = tidyText(input.comment, { multiline: true });
	const issues: ReviewIssue[] = [];
	if (visit.createdBy === context.by) issues.push('own-visit');
	if (input.decision === 'returned' && comment === '') issues.push('comment-required');
	if (comment.length > NOTE_MAX) issues.push('comment-too-long');
	if (issues.length > 0) return { ok: false, issues };
	const record = {
		...newEnvelope('review', { team: visit.team, familyId: visit.familyId, by: context.by, at: context.now, ...(context.id ? { id: context.id } : {}) }),
		visitId: visit._id,
		// The version read: an amendment after this is a resubmission.
		visitUpdatedAt: visit.updatedAt,
		visitBy: visit.createdBy,
		decision: input.decision,
		...(comment === '' ? {} : { comment })
	};
	return { ok: true, record: recordSchemas.review.parse(record) };
}

export interface AlertStepInput {
	action: AlertAction;
	assignee?: string;
	actionTaken?: string;
	note?: string;
}

export function alertStepFor(alert: Pick<Alert, 'kind' | 'sourceId' | 'familyId' | 'team'>, input: AlertStepInput, context: Context): Built<AlertRecord, AlertIssue> {
	const note = tidyText(input.note ?? '', { multiline: true });
	const assignee = tidyText(input.assignee ?? '');
	const actionTaken = tidyText(input.actionTaken ?? '', { multiline: true });
	const issues: AlertIssue[] = [];
	if (input.action === 'assigned' && assignee === '') issues.push('assignee-required');
	if (assignee.length > NAME_MAX) issues.push('assignee-too-long');
	if (input.action === 'closed' && actionTaken === '') issues.push('action-required');
	if (actionTaken.length > NOTE_MAX) issues.push('action-too-long');
	if (note.length > NOTE_MAX) issues.push('note-too-long');
	if (issues.length > 0) return { ok: false, issues };
	const record = {
		...newEnvelope('alert', { team: alert.team, familyId: alert.familyId, by: context.by, at: context.now, ...(context.id ? { id: context.id } : {}) }),
		alertKind: alert.kind,
		sourceId: alert.sourceId,
		action: input.action,
		...(input.action === 'assigned' ? { assignee } : {}),
		...(input.action === 'closed' ? { actionTaken } : {}),
		...(note === '' ? {} : { note })
	};
	return { ok: true, record: recordSchemas.alert.parse(record) };
}
