// The child record: a baby's identity and birth facts, the baseline for growth and visit schedules.

import { z } from 'zod';
import { envelopeShape, recordRef } from './envelope.ts';
import { integerIn, isoDate, kanaText, lineText, numberIn } from './text.ts';

export const CHILD_SEXES = ['female', 'male', 'undetermined'] as const;

export const childSchema = z.looseObject({
	...envelopeShape('child', 1),
	pregnancyId: recordRef('pregnancy').optional(),
	// A baby often has no registered name at the first visit.
	familyName: lineText({ max: 40 }).optional(),
	givenName: lineText({ max: 40 }).optional(),
	givenNameKana: kanaText({ max: 40 }).optional(),
	sex: z.enum(CHILD_SEXES),
	birthDate: isoDate,
	/** grams; 300–6000 covers extremely preterm to large-for-date babies */
	birthWeightG: integerIn(300, 6000),
	/** completed weeks of gestation at birth */
	gestationalWeeks: integerIn(22, 44),
	gestationalDays: integerIn(0, 6).optional(),
	birthLengthCm: numberIn(20, 65).optional(),
	birthHeadCm: numberIn(15, 45).optional(),
	/** 1 for the first child of the mother, 2 for the second … */
	birthOrder: integerIn(1, 20).optional(),
	status: z.enum(['active', 'closed']).optional()
});

export type ChildRecord = z.infer<typeof childSchema>;
