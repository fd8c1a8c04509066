// The pregnancy interview (妊娠届出時面談 and the later 妊婦等包括相談支援 interviews, DOMAIN.md §4):
// what was asked, and the risk indicators as present / absent / needs support.

import { z } from 'zod';
import { RISK_INDICATOR_LEVELS, RISK_INDICATORS, type RiskIndicator } from './risk-indicators.ts';
import { stayWithParentsSchema } from './stay-with-parents.ts';
import { integerIn, lineText, noteText } from './text.ts';
import { visitOutcomeSchema } from './visit-care.ts';

/** At notification, in late pregnancy (~8 months), after birth, or on request (since 2025). */
export const INTERVIEW_TIMINGS = ['notification', 'late-pregnancy', 'after-birth', 'on-request'] as const;

const indicatorLevel = z.enum(RISK_INDICATOR_LEVELS);
const riskIndicatorsShape = Object.fromEntries(
	RISK_INDICATORS.map((indicator) => [indicator, indicatorLevel.optional()])
) as Record<RiskIndicator, z.ZodOptional<typeof indicatorLevel>>;

const note = noteText({ max: 2000 });

export const pregnancyInterviewShape = {
	timing: z.enum(INTERVIEW_TIMINGS),
	gestationalWeeks: integerIn(0, 45).optional(),
	feelingsAboutPregnancy: note.optional(),
	health: note.optional(),
	familySituation: note.optional(),
	/** who will help after the birth */
	helpAfterBirth: lineText({ max: 500 }).optional(),
	stayWithParents: stayWithParentsSchema.optional(),
	riskIndicators: z.looseObject(riskIndicatorsShape).optional(),
	riskNote: note.optional(),
	outcome: visitOutcomeSchema.optional()
};
