// 里帰り (staying with the mother's parents around the birth): planned at the pregnancy interview,
// recorded on the pregnancy, and it decides which municipality visits the newborn.

import { z } from 'zod';
import { isoDate, lineText } from './text.ts';

export const stayWithParentsSchema = z.looseObject({
	planned: z.boolean(),
	/** where: town or prefecture */
	place: lineText({ max: 100 }).optional(),
	from: isoDate.optional(),
	until: isoDate.optional()
});

export type StayWithParents = z.infer<typeof stayWithParentsSchema>;
