// The union of all record schemas, keyed by `type`, and the inferred record types.

import { z } from 'zod';
import { alertSchema } from './alert.ts';
import { childSchema } from './child.ts';
import { familySchema } from './family.ts';
import { planSchema } from './plan.ts';
import { pregnancySchema } from './pregnancy.ts';
import type { RecordType } from './record-types.ts';
import { reviewSchema } from './review.ts';
import { riskSchema } from './risk.ts';
import { screeningSchema } from './screening.ts';
import { visitSchema } from './visit.ts';

/** The current schema of each type. */
export const recordSchemas = {
	family: familySchema,
	pregnancy: pregnancySchema,
	child: childSchema,
	visit: visitSchema,
	screening: screeningSchema,
	risk: riskSchema,
	plan: planSchema,
	review: reviewSchema,
	alert: alertSchema
} as const satisfies Record<RecordType, z.ZodType>;

export const recordSchema = z.discriminatedUnion('type', [
	familySchema,
	pregnancySchema,
	childSchema,
	visitSchema,
	screeningSchema,
	riskSchema,
	planSchema,
	reviewSchema,
	alertSchema
]);

export type YorisoiRecord = z.infer<typeof recordSchema>;
export type RecordOfType<T extends RecordType> = Extract<YorisoiRecord, { type: T }>;
