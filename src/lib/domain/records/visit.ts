// The visit record, one document per visit, discriminated by `kind`. A companion visit (by a
// promoter, a volunteer) holds nothing clinical: it replicates to the promoter's own database.

import { z } from 'zod';
import { envelopeShape, recordRef, userName } from './envelope.ts';
import { integerIn, isoDate, isoTimestamp, lineText, noteText, timeOfDay } from './text.ts';
import { careVisitShape, nextVisitSchema } from './visit-care.ts';
import { pregnancyInterviewShape } from './visit-interview.ts';

export const VISIT_KINDS = ['pregnancy-interview', 'postpartum-care', 'universal', 'companion'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

/** submitted by the visitor → approved or returned by a reviewer (the decision is a review record). */
export const VISIT_STATUSES = ['submitted', 'approved', 'returned'] as const;

export const VISIT_PLACES = ['home', 'centre', 'branch-office', 'phone', 'other'] as const;

/** What a promoter and mother did together (free text carries the rest). */
export const COMPANION_ACTIVITIES = [
	'bathing',
	'feeding',
	'nappies',
	'housework',
	'outing',
	'talking',
	'other'
] as const;

const visitFacts = {
	status: z.enum(VISIT_STATUSES),
	visitDate: isoDate,
	startTime: timeOfDay.optional(),
	durationMinutes: integerIn(1, 600).optional(),
	place: z.enum(VISIT_PLACES).optional(),
	pregnancyId: recordRef('pregnancy').optional(),
	childId: recordRef('child').optional(),
	/**
	 * Earlier versions, kept when the author amends: each holds the visit's content as it was
	 * before that amendment (CouchDB compaction would drop old revisions' bodies).
	 */
	amendments: z
		.array(z.looseObject({ amendedAt: isoTimestamp, amendedBy: userName, previous: z.looseObject({}) }))
		.max(50)
		.optional()
};

const envelope = envelopeShape('visit', 1);

export const pregnancyInterviewVisitSchema = z.looseObject({
	...envelope,
	kind: z.literal('pregnancy-interview'),
	...visitFacts,
	...pregnancyInterviewShape
});

export const postpartumCareVisitSchema = z.looseObject({
	...envelope,
	kind: z.literal('postpartum-care'),
	...visitFacts,
	...careVisitShape
});

export const universalVisitSchema = z.looseObject({
	...envelope,
	kind: z.literal('universal'),
	...visitFacts,
	...careVisitShape
});

export const companionVisitSchema = z.looseObject({
	...envelope,
	kind: z.literal('companion'),
	...visitFacts,
	durationMinutes: integerIn(1, 600),
	activities: z.array(z.enum(COMPANION_ACTIVITIES)).max(COMPANION_ACTIVITIES.length).optional(),
	/** what was done together */
	doneTogether: noteText({ min: 1, max: 2000 }),
	/** how the mother seemed, in the promoter's words */
	motherSeemed: noteText({ min: 1, max: 2000 }),
	/** anything the public health nurse should know */
	concernsForPhn: noteText({ max: 2000 }).optional(),
	nextVisit: nextVisitSchema.optional(),
	/** free-form remark on the visit itself (place, who else was there) */
	note: lineText({ max: 500 }).optional()
});

export const visitSchema = z.discriminatedUnion('kind', [
	pregnancyInterviewVisitSchema,
	postpartumCareVisitSchema,
	universalVisitSchema,
	companionVisitSchema
]);

export type VisitRecord = z.infer<typeof visitSchema>;
export type CompanionVisitRecord = z.infer<typeof companionVisitSchema>;
export type CareVisitRecord = z.infer<typeof postpartumCareVisitSchema> | z.infer<typeof universalVisitSchema>;
export type PregnancyInterviewVisitRecord = z.infer<typeof pregnancyInterviewVisitSchema>;
