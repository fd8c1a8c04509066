// The review record: a reviewer's decision on one visit. Its own document, never an edit of the
// visit, so visitor and reviewer never write the same document (no conflicts).

import { z } from 'zod';
import { envelopeShape, recordRef, userName } from './envelope.ts';
import { isoTimestamp, noteText } from './text.ts';

const common = {
	...envelopeShape('review', 1),
	visitId: recordRef('visit'),
	/**
	 * The `updatedAt` of the visit version reviewed: a later amendment is a resubmission awaiting
	 * review, whatever the two devices' clocks say.
	 */
	visitUpdatedAt: isoTimestamp.optional(),
	/**
	 * The visit's author: lets the server's filter send the review of a promoter's companion visit
	 * to that promoter's database (a filter cannot look up the visit).
	 */
	visitBy: userName.optional()
};

export const reviewSchema = z.discriminatedUnion('decision', [
	z.looseObject({ ...common, decision: z.literal('approved'), comment: noteText({ max: 2000 }).optional() }),
	// A returned visit needs a reason the visitor can act on.
	z.looseObject({ ...common, decision: z.literal('returned'), comment: noteText({ min: 1, max: 2000 }) })
]);

export type ReviewRecord = z.infer<typeof reviewSchema>;
