// Test-data builders: a realistic record, or a family's whole file in one call, varied by
// overrides. Deterministic: ids come from a counter and times from `at` (default FACTORY_NOW).

import { scoreEpds } from '../screening/epds.ts';
import type { ChildRecord } from './child.ts';
import { newEnvelope } from './envelope.ts';
import type { FamilyRecord } from './family.ts';
import type { PlanRecord } from './plan.ts';
import type { PregnancyRecord } from './pregnancy.ts';
import { newRecordId } from './record-id.ts';
import type { RecordType } from './record-types.ts';
import type { ReviewRecord } from './review.ts';
import type { RiskRecord } from './risk.ts';
import type { EpdsScreeningRecord, ScreeningRecord } from './screening.ts';
import type { CareVisitRecord, CompanionVisitRecord, PregnancyInterviewVisitRecord, VisitRecord } from './visit.ts';

export const FACTORY_NOW = new Date('2026-11-20T01:30:00.000Z');
const DAY = 86_400_000;

export interface BuildContext {
	team?: string;
	/** the author (createdBy and updatedBy) */
	by?: string;
	/** creation time; default FACTORY_NOW */
	at?: Date;
}

let sequence = 0;

/** Digits of a counter as the id's random part: unique and repeatable within a test file. */
function counterRandom(): () => number {
	let n = ++sequence;
	return () => {
		const digit = n % 36;
		n = Math.floor(n / 36);
		return digit / 36;
	};
}

function envelopeFor<T extends RecordType>(type: T, familyId: string | undefined, context: BuildContext) {
	const at = context.at ?? FACTORY_NOW;
	return newEnvelope(type, {
		team: context.team ?? 'chuo',
		by: context.by ?? 'midwife1',
		at,
		id: newRecordId(type, at, counterRandom()),
		...(familyId === undefined ? {} : { familyId })
	});
}

/** `days` before or after `at`, as a calendar date. */
export function dateFrom(at: Date, days: number): string {
	return new Date(at.getTime() + days * DAY).toISOString().slice(0, 10);
}

/** Same team, same author, same time as the family unless the context says otherwise. */
function contextOf(family: FamilyRecord, context: BuildContext): BuildContext {
	return { team: family.team, by: family.createdBy, at: new Date(family.createdAt), ...context };
}

export function buildFamily(overrides: Partial<FamilyRecord> = {}, context: BuildContext = {}): FamilyRecord {
	return {
		...envelopeFor('family', undefined, context),
		familyName: '長岡',
		givenName: '花子',
		familyNameKana: 'ナガオカ',
		givenNameKana: 'ハナコ',
		birthDate: '1995-04-18',
		phone: '090-1234-5678',
		address: '長岡市大手通1丁目2-3',
		district: '阪之上',
		assignedTo: { midwife: 'midwife1', phn: 'phn1' },
		status: 'active',
		...overrides
	};
}

export function buildPregnancy(family: FamilyRecord, overrides: Partial<PregnancyRecord> = {}, context: BuildContext = {}): PregnancyRecord {
	const ctx = contextOf(family, context);
	const at = ctx.at ?? FACTORY_NOW;
	return {
		...envelopeFor('pregnancy', family._id, ctx),
		status: 'ongoing',
		expectedDueDate: dateFrom(at, 150),
		notificationDate: dateFrom(at, -10),
		handbookIssuedDate: dateFrom(at, -10),
		gestationalWeeksAtNotification: 10,
		parity: 0,
		fetuses: 1,
		...overrides
	};
}

export function buildChild(family: FamilyRecord, overrides: Partial<ChildRecord> = {}, context: BuildContext = {}): ChildRecord {
	const ctx = contextOf(family, context);
	return {
		...envelopeFor('child', family._id, ctx),
		familyName: family.familyName,
		sex: 'female',
		birthDate: dateFrom(ctx.at ?? FACTORY_NOW, -21),
		birthWeightG: 3050,
		gestationalWeeks: 39,
		birthOrder: 1,
		...overrides
	};
}

export function buildCareVisit(family: FamilyRecord, overrides: Partial<CareVisitRecord> = {}, context: BuildContext = {}): CareVisitRecord {
	const ctx = contextOf(family, context);
	return {
		...envelopeFor('visit', family._id, ctx),
		kind: 'universal',
		status: 'submitted',
		visitDate: dateFrom(ctx.at ?? FACTORY_NOW, 0),
		startTime: '10:00',
		durationMinutes: 60,
		place: 'home',
		mother: { exam: { bloodPressure: { systolic: 114, diastolic: 70 }, feedingMethod: 'breast', sleep: 'short' } },
		baby: { exam: { weightG: 4210, lengthCm: 53.5, wetDiapersPerDay: 7, stoolColour: 5, umbilicus: 'healed' } },
		outcome: { advice: '授乳は順調。', nextVisit: { note: '4か月頃に推進員訪問' } },
		...overrides
	} as CareVisitRecord;
}

export function buildInterviewVisit(
	family: FamilyRecord,
	overrides: Partial<PregnancyInterviewVisitRecord> = {},
	context: BuildContext = {}
): PregnancyInterviewVisitRecord {
	const ctx = contextOf(family, context);
	return {
		...envelopeFor('visit', family._id, ctx),
		kind: 'pregnancy-interview',
		status: 'submitted',
		visitDate: dateFrom(ctx.at ?? FACTORY_NOW, 0),
		place: 'centre',
		timing: 'notification',
		gestationalWeeks: 10,
		feelingsAboutPregnancy: 'うれしい',
		helpAfterBirth: '夫、実母',
		stayWithParents: { planned: false },
		riskIndicators: { 'family-change': 'absent', 'economic-hardship': 'absent' },
		...overrides
	};
}

export function buildCompanionVisit(
	family: FamilyRecord,
	overrides: Partial<CompanionVisitRecord> = {},
	context: BuildContext = {}
): CompanionVisitRecord {
	const ctx = contextOf(family, { by: family.assignedTo.promoter ?? 'promoter1', ...context });
	return {
		...envelopeFor('visit', family._id, ctx),
		kind: 'companion',
		status: 'submitted',
		visitDate: dateFrom(ctx.at ?? FACTORY_NOW, 0),
		durationMinutes: 90,
		activities: ['bathing', 'talking'],
		doneTogether: '沐浴を一緒にした。',
		motherSeemed: '笑顔が多かった。',
		...overrides
	};
}

/** An EPDS at a visit; pass `answers` (option positions) and the totals follow. */
export function buildEpds(
	family: FamilyRecord,
	overrides: Partial<Extract<EpdsScreeningRecord, { source: 'visit' }>> = {},
	context: BuildContext = {}
): EpdsScreeningRecord {
	const ctx = contextOf(family, context);
	const answers = overrides.answers ?? [0, 1, 3, 1, 3, 2, 3, 3, 3, 3];
	const { total, item10 = 0 } = scoreEpds(answers);
	return {
		...envelopeFor('screening', family._id, ctx),
		instrument: 'epds',
		context: 'postpartum',
		screenedOn: dateFrom(ctx.at ?? FACTORY_NOW, 0),
		source: 'visit',
		answers,
		total,
		item10,
		...overrides
	};
}

/** An EPDS result reported by a clinic: totals only. */
export function buildClinicEpds(
	family: FamilyRecord,
	overrides: Partial<Extract<EpdsScreeningRecord, { source: 'clinic' }>> = {},
	context: BuildContext = {}
): EpdsScreeningRecord {
	const ctx = contextOf(family, context);
	return {
		...envelopeFor('screening', family._id, ctx),
		instrument: 'epds',
		context: 'postpartum',
		screenedOn: dateFrom(ctx.at ?? FACTORY_NOW, -14),
		source: 'clinic',
		clinic: { name: '長岡赤十字病院', checkup: '2-week' },
		total: 4,
		item10: 0,
		...overrides
	};
}

export function buildRisk(family: FamilyRecord, overrides: Partial<RiskRecord> = {}, context: BuildContext = {}): RiskRecord {
	const ctx = contextOf(family, { by: family.assignedTo.phn ?? 'phn1', ...context });
	return {
		...envelopeFor('risk', family._id, ctx),
		category: 'specified-pregnancy',
		status: 'active',
		decidedOn: dateFrom(ctx.at ?? FACTORY_NOW, 0),
		forum: 'case-meeting',
		reasons: [{ indicator: 'family-change', level: 'needs-support', note: '支援者なし' }],
		nextReviewOn: dateFrom(ctx.at ?? FACTORY_NOW, 60),
		...overrides
	};
}

export function buildPlan(family: FamilyRecord, overrides: Partial<PlanRecord> = {}, context: BuildContext = {}): PlanRecord {
	const ctx = contextOf(family, { by: family.assignedTo.phn ?? 'phn1', ...context });
	const at = ctx.at ?? FACTORY_NOW;
	return {
		...envelopeFor('plan', family._id, ctx),
		status: 'active',
		planDate: dateFrom(at, 0),
		method: 'visit',
		author: ctx.by ?? 'phn1',
		supportLevel: 'intensive',
		madeWithMother: true,
		consentToShare: true,
		issues: '近くに支援者がいない。',
		goals: '産後の生活リズムを整える。',
		services: ['companion-visit'],
		entries: [{ date: dateFrom(at, 14), kind: 'planned', method: 'service', service: 'companion-visit', content: '寄り添い訪問 月2回' }],
		evaluations: [],
		reviewDue: dateFrom(at, 60),
		...overrides
	};
}

export function buildReview(visit: VisitRecord, overrides: Partial<ReviewRecord> = {}, context: BuildContext = {}): ReviewRecord {
	const ctx: BuildContext = { team: visit.team, by: 'supervisor1', at: new Date(visit.createdAt), ...context };
	return {
		...envelopeFor('review', visit.familyId, ctx),
		visitId: visit._id,
		decision: 'approved',
		...overrides
	} as ReviewRecord;
}

export type FamilyStage = 'pregnant' | 'newborn' | 'two-months';

export interface FamilyCase {
	family: FamilyRecord;
	pregnancy: PregnancyRecord;
	child?: ChildRecord;
	visit: VisitRecord;
	screening: ScreeningRecord;
}

/**
 * A family's file at a stage, in one call: a pregnant mother with her interview, or a mother and
 * baby with a universal visit and an EPDS. Override any part; the rest stays consistent.
 */
export function buildFamilyCase(
	options: {
		stage?: FamilyStage;
		context?: BuildContext;
		family?: Partial<FamilyRecord>;
		child?: Partial<ChildRecord>;
		visit?: Partial<CareVisitRecord>;
		screening?: Partial<Extract<EpdsScreeningRecord, { source: 'visit' }>>;
	} = {}
): FamilyCase {
	const { stage = 'newborn', context = {} } = options;
	const at = context.at ?? FACTORY_NOW;
	const family = buildFamily(options.family, context);
	if (stage === 'pregnant') {
		const pregnancy = buildPregnancy(family);
		const visit = buildInterviewVisit(family, { pregnancyId: pregnancy._id });
		const screening = buildEpds(family, { context: 'antenatal', pregnancyId: pregnancy._id, ...options.screening });
		return { family, pregnancy, visit, screening };
	}
	const ageDays = stage === 'newborn' ? 21 : 60;
	const pregnancy = buildPregnancy(family, { status: 'delivered', expectedDueDate: dateFrom(at, -ageDays + 3), endedOn: dateFrom(at, -ageDays) });
	const child = buildChild(family, { pregnancyId: pregnancy._id, birthDate: dateFrom(at, -ageDays), ...options.child });
	const visit = buildCareVisit(family, { childId: child._id, ...options.visit });
	const screening = buildEpds(family, { childId: child._id, visitId: visit._id, ...options.screening });
	return { family, pregnancy, child, visit, screening };
}
