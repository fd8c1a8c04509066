// The pregnancy record: dates and facts of one pregnancy, from notification (妊娠届出) to its end.

import { z } from 'zod';
import { envelopeShape } from './envelope.ts';
import { stayWithParentsSchema } from './stay-with-parents.ts';
import { integerIn, isoDate, lineText } from './text.ts';

export const PREGNANCY_STATUSES = ['ongoing', 'delivered', 'ended'] as const;

export const pregnancySchema = z.looseObject({
	...envelopeShape('pregnancy', 1),
	status: z.enum(PREGNANCY_STATUSES),
	expectedDueDate: isoDate,
	/** 妊娠届出日 */
	notificationDate: isoDate.optional(),
	/** 母子健康手帳交付日; late issue (≥ 16 weeks) is itself a risk indicator */
	handbookIssuedDate: isoDate.optional(),
	gestationalWeeksAtNotification: integerIn(0, 45).optional(),
	/** earlier births (経産回数): 0 for a first-time mother */
	parity: integerIn(0, 20).optional(),
	/** number of babies expected */
	fetuses: integerIn(1, 5).optional(),
	plannedBirthPlace: lineText({ max: 100 }).optional(),
	stayWithParents: stayWithParentsSchema.optional(),
	/** when status is delivered or ended */
	endedOn: isoDate.optional()
});

export type PregnancyRecord = z.infer<typeof pregnancySchema>;
