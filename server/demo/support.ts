// For families needing support: the risk judgement (特定妊婦 / 要支援) and the support plan made
// with the mother, with planned and given support and evaluations.

import type { AlertRecord } from '../../src/lib/domain/records/alert.ts';
import type { PlanRecord } from '../../src/lib/domain/records/plan.ts';
import type { RiskRecord } from '../../src/lib/domain/records/risk.ts';
import type { RiskIndicator } from '../../src/lib/domain/records/risk-indicators.ts';
import type { FileWriter } from './family-file.ts';
import { COORDINATOR } from './staff.ts';

interface SupportOptions {
	indicators: RiskIndicator[];
	/** the judgement follows the interview by some weeks */
	decidedAfter: number;
	pregnancyId: string;
	childId?: string;
	pregnant: boolean;
	closing?: boolean;
}

export function addSupport(writer: FileWriter, options: SupportOptions): void {
	const { random, calendar, input } = writer;
	if (options.indicators.length === 0 || options.decidedAfter + 10 > -1) return;
	const decided = Math.min(options.decidedAfter + random.int(10, 40), -1);
	const ended = options.closing === true && random.chance(0.6);
	const risk: RiskRecord = {
		...writer.envelope('risk', decided, input.staff.phn, 15),
		category: options.pregnant || options.childId === undefined ? 'specified-pregnancy' : random.pick(['specified-pregnancy', 'child-needing-support']),
		status: ended ? 'ended' : 'active',
		decidedOn: calendar.date(decided),
		forum: random.pick(['case-meeting', 'case-meeting', 'council']),
		reasons: options.indicators.map((indicator) => ({ indicator, level: random.pick(['present', 'needs-support'] as const) })),
		nextReviewOn: calendar.date(decided + 60),
		pregnancyId: options.pregnancyId,
		...(options.childId ? { childId: options.childId } : {}),
		...(ended ? { endedOn: calendar.date(-random.int(1, 20)), endReason: '支援目標を達成' } : {})
	};
	writer.docs.push(risk);
	if (!ended && random.chance(0.7)) addAlertSteps(writer, risk, decided);

	const planned = Math.min(decided + random.int(0, 10), -1);
	const services = input.promoter ? (['companion-visit', 'postpartum-care-visit'] as const) : (['postpartum-care-visit', 'mamarira'] as const);
	const entries: PlanRecord['entries'] = services.map((service, i) => ({
		date: calendar.date(planned + 14 * (i + 1)),
		kind: 'planned' as const,
		method: 'service' as const,
		service,
		content: service === 'companion-visit' ? '推進員による寄り添い訪問 月2回' : '助産師による産後ケア訪問'
	}));
	if (planned + 20 <= -1) entries.push({ date: calendar.date(planned + 20), kind: 'given', method: 'phone', staff: input.staff.phn, content: '電話で様子を確認。' });
	const plan: PlanRecord = {
		...writer.envelope('plan', planned, input.staff.phn, 16),
		status: ended ? 'closed' : 'active',
		planDate: calendar.date(planned),
		method: random.pick(['visit', 'interview']),
		author: input.staff.phn,
		supportLevel: random.pick(['intensive', 'moderate']),
		madeWithMother: true,
		consentToShare: random.chance(0.7),
		issues: options.indicators.includes('family-change') ? '身近な支援者がいない。' : '育児と生活への不安が強い。',
		goals: '安心して育児ができる。',
		measures: '定期的な訪問と、必要なサービスへのつなぎ。',
		services: [...services],
		entries,
		evaluations: planned <= -60 ? [{ date: calendar.date(planned + 45), evaluator: input.staff.phn, result: '支援を継続。' }] : [],
		reviewDue: calendar.date(planned + 90),
		...(ended ? { closure: { date: calendar.date(-random.int(1, 20)), reason: 'ended' as const } } : {})
	};
	writer.docs.push(plan);
}

/** The coordinator took up most judgements' alerts: acknowledged, and often assigned to the district nurse. */
function addAlertSteps(writer: FileWriter, risk: RiskRecord, decided: number): void {
	const { random, input } = writer;
	const source = { alertKind: 'risk-judgement' as const, sourceId: risk._id };
	const acknowledged = Math.min(decided + 1, -1);
	writer.docs.push({ ...writer.envelope('alert', acknowledged, COORDINATOR, 11), ...source, action: 'acknowledged' } satisfies AlertRecord);
	if (random.chance(0.5)) {
		writer.docs.push({ ...writer.envelope('alert', Math.min(acknowledged + 1, -1), COORDINATOR, 14), ...source, action: 'assigned', assignee: input.staff.phn, note: '次回のケース会議までに家庭訪問を。' } satisfies AlertRecord);
	}
}
