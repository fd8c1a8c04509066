// The worklist rules: what is due for a family and when (independent of today), who sees it, and
// the day's worklist from those items (worklist-on.ts). The numbers are in schedule-table.ts.

import { addDays, dateOfTimestamp } from '../calendar.ts';
import { activeChildren, visitIsForChild } from '../family-file/children.ts';
import type { FamilyFile } from '../family-file/family-file.ts';
import { hasSelfHarmAnswer, isEpdsPositive, latestScreening } from '../family-file/screening-results.ts';
import type { ChildRecord, FamilyRecord, VisitKind, VisitRecord } from '../records/index.ts';
import { reviewsByVisit, reviewSummaryOf } from '../supervision/review-state.ts';
import { isShownTo, OVERSEEING_ROLES, type AddressedItem, type Audience } from './audience.ts';
import { SCHEDULE } from './schedule-table.ts';
import { DEFAULT_SCREENING_SETTINGS, type ScheduledItem, type ScreeningSettings, type Viewer } from './types.ts';

interface RuleContext {
	file: FamilyFile;
	family: FamilyRecord;
	settings: ScreeningSettings;
	children: ChildRecord[];
	out: AddressedItem[];
}

function defined(...names: (string | undefined)[]): string[] {
	return names.filter((name): name is string => name !== undefined);
}

/** Clinical work addressed to `users`, overseen by coordinators and supervisors of the team. */
function clinical(ctx: RuleContext, users: string[], teamRoles: Audience['teamRoles'] = OVERSEEING_ROLES): Audience {
	return { team: ctx.family.team, users, teamRoles, clinical: true };
}

/** Clinical work for the family's care team: its assigned nurse and midwife, else the whole team. */
function careTeam(ctx: RuleContext, users: string[]): Audience {
	return clinical(ctx, users, users.length > 0 ? OVERSEEING_ROLES : [...OVERSEEING_ROLES, 'phn', 'midwife']);
}

function companionWork(ctx: RuleContext, users: string[]): Audience {
	const promoter = ctx.family.assignedTo.promoter;
	return { team: ctx.family.team, users: defined(...users, promoter), teamRoles: [], clinical: false, promoter };
}

/** 全戸訪問 for each baby, done by any universal or postpartum-care visit since the birth. */
function universalVisits(ctx: RuleContext): void {
	const { family } = ctx;
	const birthDateOf = new Map(ctx.file.children.map((child) => [child._id, child.birthDate]));
	for (const child of ctx.children) {
		const visited = ctx.file.visits.some(
			(visit) =>
				(visit.kind === 'universal' || visit.kind === 'postpartum-care') &&
				visit.visitDate >= child.birthDate &&
				// One visit to twins may name only one of them.
				(visitIsForChild(visit, child, ctx.children) ||
					(visit.childId !== undefined && birthDateOf.get(visit.childId) === child.birthDate))
		);
		if (visited) continue;
		const days = SCHEDULE.universalVisit.fromBirth;
		// The district nurse visits; a family without one is visited by its midwife.
		const visitor = family.assignedTo.phn ?? family.assignedTo.midwife;
		ctx.out.push({
			item: {
				familyId: family._id,
				kind: 'universal-visit',
				visitKind: 'universal',
				childId: child._id,
				sourceId: child._id,
				dueOn: addDays(child.birthDate, days.dueOn),
				showFrom: addDays(child.birthDate, days.showFrom),
				until: addDays(child.birthDate, days.until)
			},
			audience: careTeam(ctx, defined(visitor))
		});
	}
}

/** The first 産後ケア訪問 after a birth, for the family's assigned midwife. */
function postpartumCareVisits(ctx: RuleContext): void {
	const midwife = ctx.family.assignedTo.midwife;
	if (midwife === undefined) return;
	const births = new Set<string>();
	for (const child of ctx.children) {
		// Twins share one birth and one first visit.
		if (births.has(child.birthDate)) continue;
		births.add(child.birthDate);
		const visited = ctx.file.visits.some((visit) => visit.kind === 'postpartum-care' && visit.visitDate >= child.birthDate);
		if (visited) continue;
		const days = SCHEDULE.postpartumCareVisit.fromBirth;
		ctx.out.push({
			item: {
				familyId: ctx.family._id,
				kind: 'postpartum-care-visit',
				visitKind: 'postpartum-care',
				childId: child._id,
				sourceId: child._id,
				dueOn: addDays(child.birthDate, days.dueOn),
				showFrom: addDays(child.birthDate, days.showFrom),
				until: addDays(child.birthDate, days.until)
			},
			audience: clinical(ctx, [midwife])
		});
	}
}

export function nextVisitOf(visit: VisitRecord): { date?: string; note?: string } | undefined {
	return visit.kind === 'companion' ? visit.nextVisit : visit.outcome?.nextVisit;
}

function isLaterVisit(a: VisitRecord, b: VisitRecord): boolean {
	return a.visitDate !== b.visitDate ? a.visitDate > b.visitDate : a.createdAt > b.createdAt;
}

/** The next visit set at the latest visit of each kind that set one, until a later visit of that kind. */
function nextVisits(ctx: RuleContext): void {
	const setters = new Map<VisitKind, VisitRecord>();
	for (const visit of ctx.file.visits) {
		if (nextVisitOf(visit)?.date === undefined) continue;
		const current = setters.get(visit.kind);
		if (current === undefined || isLaterVisit(visit, current)) setters.set(visit.kind, visit);
	}
	for (const [kind, setter] of setters) {
		const followed = ctx.file.visits.some((visit) => visit.kind === kind && visit.visitDate > setter.visitDate);
		if (followed) continue;
		const next = nextVisitOf(setter);
		if (next?.date === undefined) continue;
		ctx.out.push({
			item: {
				familyId: ctx.family._id,
				kind: 'next-visit',
				visitKind: kind,
				sourceId: setter._id,
				childId: setter.childId,
				note: next.note,
				dueOn: next.date,
				showFrom: addDays(next.date, -SCHEDULE.nextVisit.lookAhead)
			},
			audience: kind === 'companion' ? companionWork(ctx, [setter.createdBy]) : clinical(ctx, [setter.createdBy])
		});
	}
}

/**
 * The first companion visit, for the assigned promoter while the service runs: during a pregnancy
 * and the baby's first year. Counted from the day the family was registered (its createdAt), as
 * records hold no date of the promoter's assignment.
 */
function companionVisit(ctx: RuleContext): void {
	const { family, file } = ctx;
	if (family.assignedTo.promoter === undefined) return;
	if (file.visits.some((visit) => visit.kind === 'companion')) return;
	let until: string | undefined;
	let youngest: ChildRecord | undefined;
	for (const child of ctx.children) {
		if (youngest === undefined || child.birthDate > youngest.birthDate) youngest = child;
	}
	const ends = [
		...(youngest ? [youngest.birthDate] : []),
		...file.pregnancies.filter((p) => p.status === 'ongoing').map((p) => p.expectedDueDate)
	];
	for (const end of ends) {
		const last = addDays(end, SCHEDULE.companionVisit.untilAfterBirth);
		if (until === undefined || last > until) until = last;
	}
	if (until === undefined) return;
	const registered = dateOfTimestamp(family.createdAt);
	const days = SCHEDULE.companionVisit.fromRegistration;
	ctx.out.push({
		item: {
			familyId: family._id,
			kind: 'companion-visit',
			visitKind: 'companion',
			sourceId: family._id,
			childId: youngest?._id,
			dueOn: addDays(registered, days.dueOn),
			showFrom: addDays(registered, days.showFrom),
			until
		},
		audience: companionWork(ctx, [])
	});
}

/** Follow-up of the latest EPDS: positive → within a week; item 10 → at once. */
function screeningFollowUps(ctx: RuleContext): void {
	const epds = latestScreening(ctx.file, 'epds');
	if (epds === undefined) return;
	// A visit on the day of the screening is the one it was taken at, not a follow-up.
	const followedUp = ctx.file.visits.some((visit) => visit.kind !== 'companion' && visit.visitDate > epds.screenedOn);
	if (followedUp) return;
	const { phn, midwife } = ctx.family.assignedTo;
	const base = { familyId: ctx.family._id, sourceId: epds._id, childId: epds.childId } as const;
	if (hasSelfHarmAnswer(epds)) {
		const days = SCHEDULE.selfHarmFollowUp.fromScreening;
		ctx.out.push({
			item: {
				...base,
				kind: 'self-harm-follow-up',
				immediate: true,
				dueOn: addDays(epds.screenedOn, days.dueOn),
				showFrom: addDays(epds.screenedOn, days.showFrom)
			},
			audience: careTeam(ctx, defined(phn, midwife))
		});
	}
	if (isEpdsPositive(epds, ctx.settings)) {
		const days = SCHEDULE.epdsFollowUp.fromScreening;
		ctx.out.push({
			item: {
				...base,
				kind: 'epds-follow-up',
				dueOn: addDays(epds.screenedOn, days.dueOn),
				showFrom: addDays(epds.screenedOn, days.showFrom)
			},
			audience: careTeam(ctx, defined(phn, midwife))
		});
	}
}

/** An active plan's review date; an evaluation in the look-ahead window or later is the review. */
function planReviews(ctx: RuleContext): void {
	for (const plan of ctx.file.plans) {
		if (plan.status !== 'active') continue;
		const showFrom = addDays(plan.reviewDue, -SCHEDULE.planReview.lookAhead);
		if (plan.evaluations.some((evaluation) => evaluation.date >= showFrom)) continue;
		ctx.out.push({
			item: { familyId: ctx.family._id, kind: 'plan-review', sourceId: plan._id, dueOn: plan.reviewDue, showFrom },
			audience: clinical(ctx, defined(plan.author, ctx.family.assignedTo.phn))
		});
	}
}

/** A visit whose latest review returned it, not saved again since: back to its author at once. */
function returnedVisits(ctx: RuleContext): void {
	const reviews = reviewsByVisit(ctx.file.reviews);
	for (const visit of ctx.file.visits) {
		const review = reviewSummaryOf(visit, reviews.get(visit._id));
		if (review.status !== 'returned' || review.reviewedAt === undefined) continue;
		const reviewedOn = dateOfTimestamp(review.reviewedAt);
		ctx.out.push({
			item: {
				familyId: ctx.family._id,
				kind: 'returned-visit',
				visitKind: visit.kind,
				sourceId: visit._id,
				childId: visit.childId,
				note: review.comment,
				immediate: true,
				dueOn: reviewedOn,
				showFrom: reviewedOn
			},
			// The author's own report: not for the team's overseers, whose review it was. A promoter's
			// companion visit goes back to the promoter, who sees nothing clinical.
			audience:
				visit.kind === 'companion'
					? { team: ctx.family.team, users: [visit.createdBy], teamRoles: [], clinical: false, promoter: visit.createdBy }
					: clinical(ctx, [visit.createdBy], [])
		});
	}
}

/**
 * Everything due for a family with who sees it, whoever is looking: an index can keep this per
 * family and filter by viewer. Closed and moved-out families have nothing due; so has a family
 * whose family record the device does not hold yet (it cannot tell its status or assignment).
 */
export function scheduleAll(file: FamilyFile, settings: ScreeningSettings = DEFAULT_SCREENING_SETTINGS): AddressedItem[] {
	const family = file.family;
	if (family === undefined || family.status !== 'active') return [];
	const ctx: RuleContext = { file, family, settings, children: activeChildren(file), out: [] };
	universalVisits(ctx);
	postpartumCareVisits(ctx);
	nextVisits(ctx);
	companionVisit(ctx);
	screeningFollowUps(ctx);
	planReviews(ctx);
	returnedVisits(ctx);
	return ctx.out;
}

/** What is due for this family on `viewer`'s worklist, and when (independent of today). */
export function scheduleFor(
	file: FamilyFile,
	viewer: Viewer,
	settings: ScreeningSettings = DEFAULT_SCREENING_SETTINGS
): ScheduledItem[] {
	return scheduleAll(file, settings)
		.filter((entry) => isShownTo(entry.audience, viewer))
		.map((entry) => entry.item);
}

// The day's worklist from these items lives beside them; exported here so the rules are one import.
export { compareDueItems, worklistOn } from './worklist-on.ts';
