// One family's supervision facts (types.ts): computed from its file whenever its records change,
// so the review queue, the 支援台帳, the dashboard and the exports read small objects in memory.

import type { FamilyFile } from '../family-file/family-file.ts';
import type { RiskFlag, RiskFlagKind } from '../family-file/risk-flag.ts';
import { RISK_FLAG_ORDER } from '../family-file/risk-flags.ts';
import { activeChildren, visitIsForChild } from '../family-file/children.ts';
import { hasSelfHarmAnswer, isEpdsPositive } from '../family-file/screening-results.ts';
import type { ScreeningRecord, VisitRecord } from '../records/index.ts';
import { checklistRisks } from '../screening/checklist.ts';
import { nextVisitOf } from '../worklist/rules.ts';
import type { ScreeningSettings } from '../worklist/types.ts';
import { alertsOf } from './alerts.ts';
import { reviewsByVisit, reviewSummaryOf } from './review-state.ts';
import type { ChildFact, PlanFact, ScreeningFact, SupervisionFacts, VisitFact } from './types.ts';

/** Total (or, for the checklist, how many risk answers), and whether it is positive by its own rule. */
function scored(screening: ScreeningRecord, settings: ScreeningSettings): { total: number; positive: boolean; selfHarm: boolean } {
	if (screening.instrument === 'epds') {
		return { total: screening.total, positive: isEpdsPositive(screening, settings), selfHarm: hasSelfHarmAnswer(screening) };
	}
	if (screening.instrument === 'bonding') return { total: screening.total, positive: screening.total >= settings.bondingThreshold, selfHarm: false };
	const risks = checklistRisks(screening.answers).length;
	return { total: risks, positive: risks > 0, selfHarm: false };
}

function screeningFact(screening: ScreeningRecord, settings: ScreeningSettings): ScreeningFact {
	const { total, positive, selfHarm } = scored(screening, settings);
	const fact: ScreeningFact = {
		id: screening._id,
		familyId: screening.familyId,
		team: screening.team,
		instrument: screening.instrument,
		screenedOn: screening.screenedOn,
		total,
		positive,
		selfHarm,
		source: screening.source,
		enteredBy: screening.createdBy
	};
	if (screening.source === 'visit' && screening.visitId !== undefined) fact.visitId = screening.visitId;
	return fact;
}

const SCREENING_FLAG: Record<ScreeningFact['instrument'], RiskFlagKind> = {
	epds: 'epds-positive',
	bonding: 'bonding',
	checklist: 'checklist'
};

/** The flags a visit raised itself: its own screenings, its weight, its judgement, its concern. */
function visitFlags(visit: VisitRecord, screenings: readonly ScreeningFact[], flags: readonly RiskFlag[]): RiskFlagKind[] {
	const kinds = new Set<RiskFlagKind>();
	for (const screening of screenings) {
		if (screening.visitId !== visit._id) continue;
		if (screening.selfHarm) kinds.add('epds-self-harm');
		if (screening.positive) kinds.add(SCREENING_FLAG[screening.instrument]);
	}
	for (const flag of flags) if (flag.sourceId === visit._id) kinds.add(flag.kind);
	if (visit.kind === 'companion' && visit.concernsForPhn?.trim()) kinds.add('promoter-concern');
	return RISK_FLAG_ORDER.filter((kind) => kinds.has(kind));
}

function childFacts(file: FamilyFile): ChildFact[] {
	const active = activeChildren(file);
	return file.children.map((child) => {
		const fact: ChildFact = { id: child._id, familyId: child.familyId, team: child.team, birthDate: child.birthDate };
		for (const visit of file.visits) {
			if (visit.kind !== 'universal' || visit.visitDate < child.birthDate || !visitIsForChild(visit, child, active)) continue;
			if (fact.universalVisitOn === undefined || visit.visitDate < fact.universalVisitOn) fact.universalVisitOn = visit.visitDate;
		}
		return fact;
	});
}

/** `flags` are the family's current risk flags (riskFlags), computed once by the caller. */
export function supervisionFacts(file: FamilyFile, flags: readonly RiskFlag[], settings: ScreeningSettings): SupervisionFacts {
	const screenings = file.screenings.map((screening) => screeningFact(screening, settings));
	const reviews = reviewsByVisit(file.reviews);
	const visits = file.visits.map((visit): VisitFact => {
		const fact: VisitFact = {
			id: visit._id,
			familyId: visit.familyId,
			team: visit.team,
			kind: visit.kind,
			visitDate: visit.visitDate,
			author: visit.createdBy,
			review: reviewSummaryOf(visit, reviews.get(visit._id)),
			flags: visitFlags(visit, screenings, flags)
		};
		if (visit.childId !== undefined) fact.childId = visit.childId;
		const next = nextVisitOf(visit)?.date;
		if (next !== undefined) fact.nextVisitOn = next;
		return fact;
	});
	const plans = file.plans.map(
		(plan): PlanFact => ({
			id: plan._id,
			familyId: plan.familyId,
			team: plan.team,
			status: plan.status,
			planDate: plan.planDate,
			reviewDue: plan.reviewDue,
			author: plan.author,
			supportLevel: plan.supportLevel
		})
	);
	const team = file.family?.team ?? file.visits[0]?.team ?? file.alerts[0]?.team ?? '';
	return { visits, screenings, children: childFacts(file), plans, alerts: alertsOf(file.familyId, team, flags, file.alerts) };
}
