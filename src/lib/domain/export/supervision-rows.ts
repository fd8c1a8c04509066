// The rows of the two supervision exports, visits and screenings for a period, from the facts the
// register keeps in memory. Column titles and coded values are worded by the caller (Japanese or
// English), so the same rows serve both.

import type { RiskFlagKind } from '../family-file/risk-flag.ts';
import type { ScreeningInstrument, VisitKind } from '../records/index.ts';
import { dateOfTimestamp } from '../calendar.ts';
import type { ReviewStatus, SupervisionFacts } from '../supervision/types.ts';
import type { CsvCell } from './csv.ts';

export interface ExportFamily {
	/** the mother's name as the register shows it, when the device holds the family record */
	name?: string;
	facts?: SupervisionFacts;
}

export interface ExportPeriod {
	/** YYYY-MM-DD, inclusive */
	from: string;
	to: string;
	team?: string;
}

export interface ExportWords {
	kind(kind: VisitKind): string;
	review(status: ReviewStatus): string;
	flag(kind: RiskFlagKind): string;
	instrument(instrument: ScreeningInstrument): string;
	yes: string;
	no: string;
	source(source: 'visit' | 'clinic'): string;
}

export const VISIT_COLUMNS = ['visitDate', 'kind', 'team', 'author', 'familyId', 'name', 'childId', 'review', 'reviewedBy', 'reviewedOn', 'flags', 'nextVisitOn', 'visitId'] as const;
export const SCREENING_COLUMNS = ['screenedOn', 'instrument', 'total', 'positive', 'selfHarm', 'source', 'team', 'familyId', 'name', 'enteredBy', 'visitId', 'screeningId'] as const;

const inPeriod = (date: string, period: ExportPeriod) => date >= period.from && date <= period.to;

function byFirstCells(a: readonly CsvCell[], b: readonly CsvCell[]): number {
	const key = (row: readonly CsvCell[]) => `${String(row[0])}\u0000${String(row.at(-1))}`;
	return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

/** Visits made in the period (by visit date), oldest first. */
export function visitExportRows(families: Iterable<ExportFamily>, period: ExportPeriod, words: ExportWords): CsvCell[][] {
	const rows: CsvCell[][] = [];
	for (const { name, facts } of families) {
		for (const visit of facts?.visits ?? []) {
			if (!inPeriod(visit.visitDate, period) || (period.team && visit.team !== period.team)) continue;
			rows.push([
				visit.visitDate,
				words.kind(visit.kind),
				visit.team,
				visit.author,
				visit.familyId,
				name,
				visit.childId,
				words.review(visit.review.status),
				visit.review.reviewedBy,
				visit.review.reviewedAt === undefined ? undefined : dateOfTimestamp(visit.review.reviewedAt),
				visit.flags.map((flag) => words.flag(flag)).join('、'),
				visit.nextVisitOn,
				visit.id
			]);
		}
	}
	return rows.sort(byFirstCells);
}

/** Screenings answered in the period, oldest first. Item 10 is only asked by the EPDS. */
export function screeningExportRows(families: Iterable<ExportFamily>, period: ExportPeriod, words: ExportWords): CsvCell[][] {
	const rows: CsvCell[][] = [];
	for (const { name, facts } of families) {
		for (const screening of facts?.screenings ?? []) {
			if (!inPeriod(screening.screenedOn, period) || (period.team && screening.team !== period.team)) continue;
			rows.push([
				screening.screenedOn,
				words.instrument(screening.instrument),
				screening.total,
				screening.positive ? words.yes : words.no,
				screening.instrument === 'epds' ? (screening.selfHarm ? words.yes : words.no) : undefined,
				words.source(screening.source),
				screening.team,
				screening.familyId,
				name,
				screening.enteredBy,
				screening.visitId,
				screening.id
			]);
		}
	}
	return rows.sort(byFirstCells);
}
