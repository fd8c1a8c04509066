// The support plan (支援プラン, サポートプラン since 2024, DOMAIN.md §5): made with the mother for
// intensive support, with planned and given support, evaluations on set dates, and closure.

import { z } from 'zod';
import { envelopeShape, recordRef, userName } from './envelope.ts';
import { NAGAOKA_SERVICES } from './services.ts';
import { isoDate, lineText, noteText } from './text.ts';

export const PLAN_METHODS = ['visit', 'interview', 'phone', 'mail'] as const;
export const SUPPORT_LEVELS = ['intensive', 'moderate', 'light'] as const;
export const PLAN_CLOSURE_REASONS = ['ended', 'continue-after-birth', 'transferred', 'other'] as const;

const note = noteText({ max: 2000 });

export const planEntrySchema = z.looseObject({
	date: isoDate,
	/** planned support, or support actually given */
	kind: z.enum(['planned', 'given']),
	method: z.enum([...PLAN_METHODS, 'service']),
	service: z.enum(NAGAOKA_SERVICES).optional(),
	staff: lineText({ max: 100 }).optional(),
	content: noteText({ min: 1, max: 1000 }),
	/** support given at a recorded visit */
	visitId: recordRef('visit').optional()
});

export const planEvaluationSchema = z.looseObject({
	date: isoDate,
	evaluator: lineText({ min: 1, max: 100 }),
	result: noteText({ min: 1, max: 2000 })
});

export const planSchema = z.looseObject({
	...envelopeShape('plan', 1),
	status: z.enum(['active', 'closed']),
	planDate: isoDate,
	method: z.enum(PLAN_METHODS),
	/** the staff member who drew up the plan (user name) */
	author: userName,
	supportLevel: z.enum(SUPPORT_LEVELS),
	/** made with the mother, as the guideline requires */
	madeWithMother: z.boolean(),
	/** shared with other agencies only with her consent */
	consentToShare: z.boolean(),
	issues: note,
	goals: note,
	measures: note.optional(),
	services: z.array(z.enum(NAGAOKA_SERVICES)).max(NAGAOKA_SERVICES.length).optional(),
	entries: z.array(planEntrySchema).max(300),
	evaluations: z.array(planEvaluationSchema).max(100),
	/** the evaluation and review date set in the plan */
	reviewDue: isoDate,
	closure: z
		.looseObject({
			date: isoDate,
			reason: z.enum(PLAN_CLOSURE_REASONS),
			note: lineText({ max: 500 }).optional()
		})
		.optional()
});

export type PlanRecord = z.infer<typeof planSchema>;
