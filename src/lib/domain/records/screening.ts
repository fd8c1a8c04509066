// The screening record: one questionnaire (EPDS, bonding, support checklist), answered at a visit or
// reported by a clinic (産婦健診) as a total without the answers. Totals are stored as computed at
// save time by the scoring rules; positivity is not stored, because cutoffs are configurable.

import { z } from 'zod';
import { envelopeShape, recordRef } from './envelope.ts';
import { integerIn, isoDate, lineText } from './text.ts';

export const SCREENING_INSTRUMENTS = ['epds', 'bonding', 'checklist'] as const;
export type ScreeningInstrument = (typeof SCREENING_INSTRUMENTS)[number];
export const SCREENING_CONTEXTS = ['postpartum', 'antenatal'] as const;

/** 育児支援チェックリスト items (wording unverified, DOMAIN.md §2); the risk answer is the scoring rules' business. */
export const CHECKLIST_ITEMS = [
	'pregnancy-or-birth-problems',
	'past-pregnancy-loss',
	'past-psychiatric-care',
	'someone-to-confide-in',
	'financial-worry',
	'housing-dissatisfaction',
	'major-life-events',
	'unsure-why-baby-cries',
	'urge-to-hit-baby'
] as const;

const common = {
	...envelopeShape('screening', 1),
	context: z.enum(SCREENING_CONTEXTS),
	/** the day the questionnaire was answered (for a clinic result, the checkup day) */
	screenedOn: isoDate,
	pregnancyId: recordRef('pregnancy').optional(),
	childId: recordRef('child').optional()
};

const fromVisit = {
	source: z.literal('visit'),
	visitId: recordRef('visit').optional()
};

const fromClinic = {
	source: z.literal('clinic'),
	clinic: z.looseObject({
		name: lineText({ min: 1, max: 100 }),
		checkup: z.enum(['2-week', '1-month', 'antenatal', 'other']).optional()
	}),
	// A clinic reports totals only; answers from elsewhere would be unverifiable.
	answers: z.never().optional()
};

/**
 * Ten answers as the 0-based position of the option chosen (0 = first option as printed), so a
 * correction to an item's keying can rescore old records.
 */
const tenAnswers = z.array(integerIn(0, 3)).length(10);
const total30 = integerIn(0, 30);
/** EPDS item 10 (thoughts of self-harm) as scored: ≥ 1 is an urgent flag whatever the total. */
const item10 = integerIn(0, 3);

const epdsSchema = z.discriminatedUnion('source', [
	z.looseObject({ ...common, instrument: z.literal('epds'), ...fromVisit, answers: tenAnswers, total: total30, item10 }),
	z.looseObject({ ...common, instrument: z.literal('epds'), ...fromClinic, total: total30, item10 })
]);

const bondingSchema = z.discriminatedUnion('source', [
	z.looseObject({ ...common, instrument: z.literal('bonding'), ...fromVisit, answers: tenAnswers, total: total30 }),
	z.looseObject({ ...common, instrument: z.literal('bonding'), ...fromClinic, total: total30 })
]);

const checklistSchema = z.looseObject({
	...common,
	instrument: z.literal('checklist'),
	...fromVisit,
	// Not summed (DOMAIN.md §2): each item is yes/no with a note.
	answers: z
		.array(
			z.looseObject({
				item: z.enum(CHECKLIST_ITEMS),
				answer: z.boolean(),
				note: lineText({ max: 500 }).optional()
			})
		)
		.max(20)
});

export const screeningSchema = z.discriminatedUnion('instrument', [epdsSchema, bondingSchema, checklistSchema]);

export type ScreeningRecord = z.infer<typeof screeningSchema>;
export type EpdsScreeningRecord = Extract<ScreeningRecord, { instrument: 'epds' }>;
