// A family's file as one list of dated events, newest first: pregnancy, birth, visits, screenings,
// risk judgements, plans and reviews. Pure: the page passes the read model's rows and who is looking.
import { reviewsByVisit, reviewSummaryOf } from '$lib/domain/supervision/review-state';
import type { ReviewStatus } from '$lib/domain/supervision/types';
import type {
	AlertRecord,
	ChildRecord,
	PlanRecord,
	PregnancyRecord,
	ReviewRecord,
	RiskRecord,
	ScreeningRecord,
	VisitKind,
	VisitRecord
} from '$lib/domain/records';
import type { RecordRow, RecordSyncState } from '$lib/data/user-db';
import { dateOfTimestamp } from '$lib/domain/calendar';
import { BONDING_THRESHOLDS, bondingOutcome, checklistRisks, EPDS_CUTOFFS, epdsOutcome } from '$lib/domain/screening';

/** Screening cutoffs (configurable, DOMAIN.md §2); the screening rules' defaults unless the page passes others. */
export interface ScreeningThresholds {
	epds: { postpartum: number; antenatal: number };
	bonding: number;
}

export const DEFAULT_THRESHOLDS: ScreeningThresholds = { epds: EPDS_CUTOFFS, bonding: BONDING_THRESHOLDS.default };

type VisitStatus = ReviewStatus;

export type TimelineEvent =
	| { kind: 'pregnancy-notification'; weeks?: number }
	| { kind: 'pregnancy-due'; fetuses?: number }
	/** a pregnancy delivered or ended (a birth also has its own entry from the child record) */
	| { kind: 'pregnancy-end'; status: Exclude<PregnancyRecord['status'], 'ongoing'> }
	| { kind: 'birth'; childId: string; name?: string; weightG: number; gestationalWeeks: number; gestationalDays?: number }
	| { kind: 'visit'; visitId: string; visitKind: VisitKind; visitor: string; status: VisitStatus }
	| {
			kind: 'epds';
			total: number;
			item10: number;
			cutoff: number;
			positive: boolean;
			/** item 10 (self-harm) ≥ 1: urgent whatever the total */
			selfHarm: boolean;
			clinic?: string;
	  }
	| { kind: 'bonding'; total: number; threshold: number; positive: boolean; clinic?: string }
	| { kind: 'checklist'; riskCount: number; answered: number }
	| { kind: 'risk'; category: RiskRecord['category']; status: RiskRecord['status']; reasonCount: number; nextReviewOn?: string }
	| { kind: 'plan'; status: PlanRecord['status']; reviewDue: string }
	| { kind: 'review'; visitId: string; decision: ReviewRecord['decision']; reviewer: string; comment?: string }
	/** a step taken on a risk alert: acknowledged, assigned, closed with the action taken, reopened */
	| { kind: 'alert'; alertKind: AlertRecord['alertKind']; action: AlertRecord['action']; by: string; assignee?: string; text?: string };

export type TimelineEntry = TimelineEvent & {
	/** unique in the list: the record id, with a suffix where one record gives two entries */
	key: string;
	recordId: string;
	/** YYYY-MM-DD */
	date: string;
	/** later than today: a due date or review still to come */
	upcoming: boolean;
	/** screening scores, judgements and clinical visits: never shown to a promoter */
	clinical: boolean;
	syncState: RecordSyncState;
	refusedReason?: string;
	/** for a stable order of entries on the same day */
	updatedAt: string;
};

export interface TimelineOptions {
	/** whether the viewer may see clinical records (staff); a promoter may not */
	clinical: boolean;
	/** YYYY-MM-DD in the service's time zone */
	today: string;
	thresholds?: ScreeningThresholds;
}

type Dated = TimelineEvent & { key?: string; date: string; clinical?: boolean };

function childName(child: ChildRecord): string | undefined {
	const name = [child.familyName, child.givenName].filter(Boolean).join(' ');
	return name || undefined;
}

function screeningEvent(screening: ScreeningRecord, thresholds: ScreeningThresholds): Dated {
	const date = screening.screenedOn;
	const clinic = screening.source === 'clinic' ? screening.clinic.name : undefined;
	if (screening.instrument === 'epds') {
		return { kind: 'epds', date, total: screening.total, item10: screening.item10, ...epdsOutcome(screening, screening.context, thresholds.epds), clinic };
	}
	if (screening.instrument === 'bonding') {
		return { kind: 'bonding', date, total: screening.total, ...bondingOutcome(screening.total, thresholds.bonding), clinic };
	}
	return { kind: 'checklist', date, riskCount: checklistRisks(screening.answers).length, answered: screening.answers.length };
}

/** Each visit's review status, read from its reviews (a decision never edits the visit). */
export function visitStatuses(visits: readonly RecordRow[], reviews: readonly RecordRow[]): Map<string, VisitStatus> {
	const byVisit = reviewsByVisit(reviews.map((row) => row.doc as ReviewRecord));
	return new Map(visits.map((row) => [row._id, reviewSummaryOf(row.doc as VisitRecord, byVisit.get(row._id)).status]));
}

/** What eventsOf needs to know about the rest of the file. */
interface FileContext {
	statuses: Map<string, VisitStatus>;
	/** pregnancies a child record names: their birth entry says the delivery */
	bornOf: Set<string>;
	thresholds: ScreeningThresholds;
}

function eventsOf(row: RecordRow, { statuses, bornOf, thresholds }: FileContext): Dated[] {
	switch (row.type) {
		case 'pregnancy': {
			const pregnancy = row.doc as PregnancyRecord;
			const events: Dated[] = [];
			if (pregnancy.notificationDate) events.push({ kind: 'pregnancy-notification', date: pregnancy.notificationDate, weeks: pregnancy.gestationalWeeksAtNotification });
			// A due date matters while the pregnancy lasts; after it, the end (or the birth) is what happened.
			if (pregnancy.status === 'ongoing') events.push({ kind: 'pregnancy-due', key: `${pregnancy._id}#due`, date: pregnancy.expectedDueDate, fetuses: pregnancy.fetuses });
			else if (pregnancy.endedOn && !(pregnancy.status === 'delivered' && bornOf.has(pregnancy._id))) events.push({ kind: 'pregnancy-end', key: `${pregnancy._id}#end`, date: pregnancy.endedOn, status: pregnancy.status });
			return events;
		}
		case 'child': {
			const child = row.doc as ChildRecord;
			return [
				{
					kind: 'birth',
					date: child.birthDate,
					childId: child._id,
					name: childName(child),
					weightG: child.birthWeightG,
					gestationalWeeks: child.gestationalWeeks,
					gestationalDays: child.gestationalDays
				}
			];
		}
		case 'visit': {
			const visit = row.doc as VisitRecord;
			const status = statuses.get(visit._id) ?? 'awaiting';
			return [{ kind: 'visit', date: visit.visitDate, visitId: visit._id, visitKind: visit.kind, visitor: visit.createdBy, status, clinical: visit.kind !== 'companion' }];
		}
		case 'screening':
			return [screeningEvent(row.doc as ScreeningRecord, thresholds)];
		case 'risk': {
			const risk = row.doc as RiskRecord;
			return [{ kind: 'risk', date: risk.decidedOn, category: risk.category, status: risk.status, reasonCount: risk.reasons.length, nextReviewOn: risk.nextReviewOn }];
		}
		case 'plan': {
			const plan = row.doc as PlanRecord;
			return [{ kind: 'plan', date: plan.planDate, status: plan.status, reviewDue: plan.reviewDue }];
		}
		case 'review': {
			const review = row.doc as ReviewRecord;
			return [{ kind: 'review', date: dateOfTimestamp(review.createdAt), visitId: review.visitId, decision: review.decision, reviewer: review.createdBy, comment: review.comment }];
		}
		case 'alert': {
			const step = row.doc as AlertRecord;
			const text = step.action === 'closed' ? step.actionTaken : step.note;
			return [
				{
					kind: 'alert',
					date: dateOfTimestamp(step.createdAt),
					alertKind: step.alertKind,
					action: step.action,
					by: step.createdBy,
					...(step.action === 'assigned' ? { assignee: step.assignee } : {}),
					...(text ? { text } : {})
				}
			];
		}
		default:
			return [];
	}
}

/** The family's entries, newest first; a promoter's list holds companion visits and nothing else. */
export function buildTimeline(rows: readonly RecordRow[], options: TimelineOptions): TimelineEntry[] {
	const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
	const visible = options.clinical ? rows : rows.filter((row) => row.type === 'visit' && (row.doc as VisitRecord).kind === 'companion');
	const statuses = visitStatuses(
		visible.filter((row) => row.type === 'visit'),
		visible.filter((row) => row.type === 'review')
	);
	const bornOf = new Set(visible.flatMap((row) => (row.type === 'child' ? [(row.doc as ChildRecord).pregnancyId ?? ''] : [])));
	const entries: TimelineEntry[] = [];
	for (const row of visible) {
		for (const { key, clinical, ...event } of eventsOf(row, { statuses, bornOf, thresholds })) {
			const entry = {
				...event,
				key: key ?? row._id,
				recordId: row._id,
				upcoming: event.date > options.today,
				clinical: clinical ?? true,
				syncState: row.syncState,
				refusedReason: row.refusedReason,
				updatedAt: row.updatedAt
			} as TimelineEntry;
			if (options.clinical || !entry.clinical) entries.push(entry);
		}
	}
	return entries.sort((a, b) => compareDesc(a.date, b.date) || compareDesc(a.updatedAt, b.updatedAt) || compareDesc(a.key, b.key));
}

function compareDesc(a: string, b: string): number {
	return a < b ? 1 : a > b ? -1 : 0;
}
