// The risk flags of a family's file: what its current screenings, judgements, weights and
// promoter notes say a visitor or coordinator must see, most severe first. Hints, never diagnoses.

import { addDays, todayIn } from '../calendar.ts';
import { weightGainSeries } from '../growth/weight-gain.ts';
import type { CompanionVisitRecord, VisitRecord } from '../records/index.ts';
import { checklistRisks } from '../screening/checklist.ts';
import { DEFAULT_SCREENING_SETTINGS, type ScreeningSettings } from '../worklist/types.ts';
import { activeChildren, visitWeights } from './children.ts';
import type { FamilyFile } from './family-file.ts';
import type { RiskFlag, RiskFlagKind } from './risk-flag.ts';
import { epdsCutoff, hasSelfHarmAnswer, isEpdsPositive, latestScreening } from './screening-results.ts';

/** Most severe first: the order flags are listed and alerts raised in. */
export const RISK_FLAG_ORDER: readonly RiskFlagKind[] = [
	'epds-self-harm',
	'risk-judgement',
	'epds-positive',
	'bonding',
	'weight-gain-low',
	'checklist',
	'promoter-concern'
];

/** A promoter's concern stays flagged this long, unless a nurse or midwife has visited since. */
export const PROMOTER_CONCERN_DAYS = 60;

const RANK = new Map(RISK_FLAG_ORDER.map((kind, i) => [kind, i]));

/** Where a kind stands in RISK_FLAG_ORDER (0 = most severe); `none` for no flag at all. */
export function flagRank(kind: RiskFlagKind | undefined, none = RISK_FLAG_ORDER.length): number {
	return kind === undefined ? none : (RANK.get(kind) ?? none);
}

/** Most severe first, then the most recent finding: the order flags are listed and alerts raised in. */
export function compareFlags(a: Pick<RiskFlag, 'kind' | 'on'>, b: Pick<RiskFlag, 'kind' | 'on'>): number {
	return flagRank(a.kind) - flagRank(b.kind) || (a.on === b.on ? 0 : a.on > b.on ? -1 : 1);
}

function screeningFlags(file: FamilyFile, settings: ScreeningSettings, flags: RiskFlag[]): void {
	const base = (kind: RiskFlagKind, source: { _id: string; screenedOn: string }) => ({
		kind,
		familyId: file.familyId,
		sourceId: source._id,
		on: source.screenedOn,
		clinical: true
	});
	// Only the latest result of each questionnaire is current; older positives are history.
	const epds = latestScreening(file, 'epds');
	if (epds !== undefined) {
		if (hasSelfHarmAnswer(epds)) flags.push({ ...base('epds-self-harm', epds), detail: { item10: epds.item10 } });
		if (isEpdsPositive(epds, settings)) {
			flags.push({ ...base('epds-positive', epds), detail: { total: epds.total, cutoff: epdsCutoff(epds, settings) } });
		}
	}
	const bonding = latestScreening(file, 'bonding');
	if (bonding !== undefined && bonding.total >= settings.bondingThreshold) {
		flags.push({ ...base('bonding', bonding), detail: { total: bonding.total, threshold: settings.bondingThreshold } });
	}
	const checklist = latestScreening(file, 'checklist');
	const risks = checklist === undefined ? [] : checklistRisks(checklist.answers);
	if (checklist !== undefined && risks.length > 0) {
		flags.push({ ...base('checklist', checklist), detail: { count: risks.length, items: risks.join(',') } });
	}
}

function judgementFlags(file: FamilyFile, flags: RiskFlag[]): void {
	for (const risk of file.risks) {
		if (risk.status !== 'active') continue;
		flags.push({
			kind: 'risk-judgement',
			familyId: file.familyId,
			sourceId: risk._id,
			on: risk.decidedOn,
			detail: { category: risk.category },
			clinical: true
		});
	}
}

function isLaterVisit(a: VisitRecord, b: VisitRecord): boolean {
	return a.visitDate !== b.visitDate ? a.visitDate > b.visitDate : a.createdAt > b.createdAt;
}

/**
 * The latest promoter concern, if recent and no nurse or midwife has visited since. Not clinical:
 * it is the promoter's own words, passed on to the public health nurse.
 */
function promoterConcernFlag(file: FamilyFile, today: string, flags: RiskFlag[]): void {
	let latest: CompanionVisitRecord | undefined;
	for (const visit of file.visits) {
		if (visit.kind !== 'companion' || !visit.concernsForPhn?.trim()) continue;
		if (latest === undefined || isLaterVisit(visit, latest)) latest = visit;
	}
	if (latest === undefined || latest.visitDate < addDays(today, -PROMOTER_CONCERN_DAYS)) return;
	const concern = latest;
	if (file.visits.some((visit) => visit.kind !== 'companion' && visit.visitDate > concern.visitDate)) return;
	flags.push({
		kind: 'promoter-concern',
		familyId: file.familyId,
		sourceId: concern._id,
		on: concern.visitDate,
		detail: { concern: concern.concernsForPhn ?? '' },
		clinical: false
	});
}

/** Weights from care visits, per child; flagged when the latest gain is below the concern line. */
function weightGainFlags(file: FamilyFile, flags: RiskFlag[]): void {
	const children = activeChildren(file);
	for (const child of children) {
		const measurements = visitWeights(child, file.visits, children);
		if (measurements.length === 0) continue;
		const series = weightGainSeries(measurements, { date: child.birthDate, grams: child.birthWeightG }, child.sex);
		const last = series.at(-1);
		if (last?.assessment?.status !== 'below-concern' || last.gainPerDay === undefined) continue;
		flags.push({
			kind: 'weight-gain-low',
			familyId: file.familyId,
			sourceId: last.source ?? child._id,
			on: last.date,
			detail: { gainPerDay: last.gainPerDay },
			clinical: true
		});
	}
}

/**
 * The flags of a family's file, most severe first (RISK_FLAG_ORDER), then most recent first.
 * `today` bounds how long a promoter's concern stays current; the rest does not depend on it.
 */
export function riskFlags(
	file: FamilyFile,
	settings: ScreeningSettings = DEFAULT_SCREENING_SETTINGS,
	today: string = todayIn()
): RiskFlag[] {
	const flags: RiskFlag[] = [];
	screeningFlags(file, settings, flags);
	judgementFlags(file, flags);
	weightGainFlags(file, flags);
	promoterConcernFlag(file, today, flags);
	return flags.sort(compareFlags);
}
