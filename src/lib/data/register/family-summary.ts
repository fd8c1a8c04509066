// One family as the register and the worklist see it: computed once from the family's rows when
// they change, so a keystroke in the search box or a look at Today reads memory, not IndexedDB.
import { familyFileFrom } from '../../domain/family-file/family-file.ts';
import type { RiskFlag } from '../../domain/family-file/risk-flag.ts';
import { riskFlags } from '../../domain/family-file/risk-flags.ts';
import type { FamilyRecord, YorisoiRecord } from '../../domain/records/index.ts';
import { familySearchKeys, foldForSearch, type FamilySearchKeys } from '../../domain/search/japanese-fold.ts';
import { isOverseer } from '../../domain/supervision/access.ts';
import { supervisionFacts } from '../../domain/supervision/supervision-facts.ts';
import type { SupervisionFacts } from '../../domain/supervision/types.ts';
import { isPromoterOnly } from '../../domain/worklist/audience.ts';
import { DEFAULT_SCREENING_SETTINGS } from '../../domain/worklist/types.ts';
import { scheduleFor } from '../../domain/worklist/rules.ts';
import type { ScheduledItem, ScreeningSettings, Viewer } from '../../domain/worklist/types.ts';
import type { RecordRow, RecordSyncState } from '../user-db.ts';

export type FamilyStatus = FamilyRecord['status'];

export interface FamilySummary {
	familyId: string;
	/** absent when the device holds some of a family's records but not the family record */
	family?: FamilyRecord;
	team: string;
	status?: FamilyStatus;
	/** where the family record stands with the server */
	syncState: RecordSyncState;
	refusedReason?: string;
	/** folded once here, so a search only compares strings */
	keys: FamilySearchKeys;
	/** the reading, folded to hiragana: the register's order */
	sortKey: string;
	/** only the flags this viewer may see: never a clinical one for a promoter */
	flags: RiskFlag[];
	/** what falls due for this viewer, independent of the day */
	scheduled: ScheduledItem[];
	childBirthDates: string[];
	/** YYYY-MM-DD of the latest visit on the device */
	lastVisitOn?: string;
	/** for coordinators, supervisors and public health nurses only: what the supervision screens read */
	supervision?: SupervisionFacts;
}

const NO_KEYS: FamilySearchKeys = { text: '', digits: '' };
// Sorts families the device holds no family record for after every named one.
const UNNAMED = '\uffff';

export function summarizeFamily(familyId: string, rows: readonly RecordRow[], viewer: Viewer, settings?: ScreeningSettings): FamilySummary {
	const file = familyFileFrom(familyId, rows.map((row) => row.doc as unknown as YorisoiRecord));
	const familyRow = rows.find((row) => row._id === familyId);
	const family = file.family;
	const flags = riskFlags(file, settings);
	let lastVisitOn: string | undefined;
	for (const visit of file.visits) if (lastVisitOn === undefined || visit.visitDate > lastVisitOn) lastVisitOn = visit.visitDate;
	const summary: FamilySummary = {
		familyId,
		team: family?.team ?? rows[0]?.team ?? '',
		syncState: familyRow?.syncState ?? 'synced',
		keys: family === undefined ? NO_KEYS : familySearchKeys(family),
		sortKey: family === undefined ? UNNAMED : foldForSearch(family.familyNameKana + family.givenNameKana),
		// A promoter is a volunteer, not a clinician (DOMAIN.md §7): no clinical flag, ever.
		flags: isPromoterOnly(viewer.roles) ? flags.filter((flag) => !flag.clinical) : flags,
		scheduled: scheduleFor(file, viewer, settings),
		childBirthDates: file.children.map((child) => child.birthDate)
	};
	if (family !== undefined) {
		summary.family = family;
		summary.status = family.status;
	}
	if (familyRow?.refusedReason !== undefined && familyRow.syncState === 'refused') summary.refusedReason = familyRow.refusedReason;
	if (lastVisitOn !== undefined) summary.lastVisitOn = lastVisitOn;
	if (isOverseer(viewer.roles)) summary.supervision = supervisionFacts(file, flags, settings ?? DEFAULT_SCREENING_SETTINGS);
	return summary;
}

/** Register order: reading, then id (stable for families with the same reading). */
export function compareSummaries(a: FamilySummary, b: FamilySummary): number {
	if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? -1 : 1;
	return a.familyId < b.familyId ? -1 : a.familyId > b.familyId ? 1 : 0;
}
