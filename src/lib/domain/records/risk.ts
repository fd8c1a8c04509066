// The risk record: a judgement that a mother is a 特定妊婦 or a child 要支援/要保護, with its reasons
// and date. It is a recorded decision (no numeric rule decides it), reviewed at case meetings.

import { z } from 'zod';
import { envelopeShape, recordRef } from './envelope.ts';
import { RISK_INDICATORS } from './risk-indicators.ts';
import { isoDate, lineText, noteText } from './text.ts';

export const RISK_CATEGORIES = [
	/** 特定妊婦 */
	'specified-pregnancy',
	/** 要支援児童 */
	'child-needing-support',
	/** 要保護児童 — finding one creates a duty to notify (児童福祉法 §25) */
	'child-needing-protection'
] as const;

/** Where the judgement was made: within the team, a joint case meeting, or the 要対協 council. */
export const RISK_FORUMS = ['team', 'case-meeting', 'council'] as const;

export const riskSchema = z.looseObject({
	...envelopeShape('risk', 1),
	category: z.enum(RISK_CATEGORIES),
	status: z.enum(['active', 'ended']),
	decidedOn: isoDate,
	forum: z.enum(RISK_FORUMS),
	reasons: z
		.array(
			z.looseObject({
				indicator: z.enum(RISK_INDICATORS),
				level: z.enum(['present', 'needs-support']),
				note: lineText({ max: 500 }).optional()
			})
		)
		.min(1)
		.max(20),
	note: noteText({ max: 2000 }).optional(),
	nextReviewOn: isoDate.optional(),
	endedOn: isoDate.optional(),
	endReason: lineText({ max: 200 }).optional(),
	pregnancyId: recordRef('pregnancy').optional(),
	childId: recordRef('child').optional(),
	/** the interview at which the judgement was recorded, if any */
	visitId: recordRef('visit').optional()
});

export type RiskRecord = z.infer<typeof riskSchema>;
