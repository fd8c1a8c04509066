// The clinical blocks of a home visit (DOMAIN.md §3): mother, baby, home environment and outcome.
// All optional: a visitor fills what the visit covered; the form engine may grow them.

import { z } from 'zod';
import { REFERRAL_TARGETS } from './services.ts';
import { integerIn, isoDate, lineText, noteText, numberIn } from './text.ts';

export const FEEDING_METHODS = ['breast', 'mixed', 'formula'] as const;
/** urine dipstick readings */
export const DIPSTICK_READINGS = ['-', '±', '+', '2+', '3+'] as const;
export const JAUNDICE_LEVELS = ['none', 'mild', 'marked'] as const;

const note = noteText({ max: 2000 });

export const motherHistorySchema = z.looseObject({
	complications: z.array(z.enum(['hypertension', 'diabetes', 'other'])).max(3).optional(),
	complicationsNote: note.optional(),
	deliveryMode: z.enum(['vaginal', 'assisted', 'caesarean']).optional(),
	deliveryCourse: note.optional(),
	postpartumProblems: note.optional(),
	familyHealth: note.optional()
});

export const motherExamSchema = z.looseObject({
	weightKg: numberIn(25, 200).optional(),
	bloodPressure: z
		.looseObject({ systolic: integerIn(50, 260), diastolic: integerIn(20, 160) })
		.optional(),
	urineProtein: z.enum(DIPSTICK_READINGS).optional(),
	urineGlucose: z.enum(DIPSTICK_READINGS).optional(),
	uterineInvolution: z.enum(['good', 'delayed', 'not-assessed']).optional(),
	lochia: z.enum(['normal', 'abnormal', 'not-assessed']).optional(),
	breasts: lineText({ max: 500 }).optional(),
	feedingMethod: z.enum(FEEDING_METHODS).optional(),
	sleep: z.enum(['enough', 'short', 'poor']).optional(),
	/** free description; the EPDS itself is a screening record */
	mood: lineText({ max: 500 }).optional()
});

export const motherCareGivenSchema = z.looseObject({
	physicalCare: z.boolean().optional(),
	psychologicalCare: z.boolean().optional(),
	breastCare: z.boolean().optional(),
	babyCareTeaching: z.boolean().optional(),
	dailyLifeAdvice: z.boolean().optional(),
	note: note.optional()
});

export const babyHistorySchema = z.looseObject({
	growth: note.optional(),
	jaundice: z.enum(JAUNDICE_LEVELS).optional(),
	feeding: note.optional()
});

export const babyExamSchema = z.looseObject({
	/** grams, on the visit date; weight gain per day is computed against earlier weights */
	weightG: integerIn(500, 20000).optional(),
	lengthCm: numberIn(30, 100).optional(),
	headCm: numberIn(20, 60).optional(),
	chestCm: numberIn(20, 70).optional(),
	generalState: lineText({ max: 500 }).optional(),
	feeding: z
		.looseObject({
			method: z.enum(FEEDING_METHODS).optional(),
			timesPerDay: integerIn(0, 30).optional(),
			/** formula or expressed milk per feed */
			amountMl: integerIn(0, 400).optional()
		})
		.optional(),
	/** ≥ 5 soaked diapers a day is the usual adequacy sign */
	wetDiapersPerDay: integerIn(0, 40).optional(),
	/** number on the 7-colour stool card of the 母子健康手帳 (1–3 pale: needs prompt review) */
	stoolColour: integerIn(1, 7).optional(),
	umbilicus: z.enum(['healed', 'moist', 'inflamed', 'not-assessed']).optional(),
	skin: lineText({ max: 500 }).optional(),
	jaundice: z.enum(JAUNDICE_LEVELS).optional()
});

export const homeEnvironmentSchema = z.looseObject({
	home: note.optional(),
	/** who looks after the baby day to day */
	caregivers: lineText({ max: 500 }).optional(),
	supportPersons: lineText({ max: 500 }).optional(),
	stayingWithParents: z.boolean().optional()
});

export const nextVisitSchema = z.looseObject({
	date: isoDate.optional(),
	note: lineText({ max: 200 }).optional()
});

export const visitOutcomeSchema = z.looseObject({
	advice: note.optional(),
	referrals: z.array(z.enum(REFERRAL_TARGETS)).max(REFERRAL_TARGETS.length).optional(),
	referralNote: lineText({ max: 500 }).optional(),
	/** raise the family at the next joint case meeting */
	caseConference: z.boolean().optional(),
	nextVisit: nextVisitSchema.optional()
});

/** What a postpartum-care or universal visit records besides the envelope and visit facts. */
export const careVisitShape = {
	mother: z
		.looseObject({
			history: motherHistorySchema.optional(),
			exam: motherExamSchema.optional(),
			careGiven: motherCareGivenSchema.optional()
		})
		.optional(),
	baby: z
		.looseObject({ history: babyHistorySchema.optional(), exam: babyExamSchema.optional() })
		.optional(),
	environment: homeEnvironmentSchema.optional(),
	outcome: visitOutcomeSchema.optional()
};
