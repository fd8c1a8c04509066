// The day's worklist: which scheduled items show on a date, how urgent each is, and their order.
// Runs over every family's items at once, so it parses no dates and allocates only its output.

import { URGENCIES, type DueItem, type ScheduledItem, type Urgency } from './types.ts';

const URGENCY_RANK = Object.fromEntries(URGENCIES.map((urgency, i) => [urgency, i])) as Record<Urgency, number>;

function compareStrings(a: string | undefined, b: string | undefined): number {
	if (a === b) return 0;
	if (a === undefined) return -1;
	if (b === undefined) return 1;
	return a < b ? -1 : 1;
}

/** Most urgent first, then earliest due, then by kind and family (and source, for a total order). */
export function compareDueItems(a: DueItem, b: DueItem): number {
	return (
		URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
		compareStrings(a.dueOn, b.dueOn) ||
		compareStrings(a.kind, b.kind) ||
		compareStrings(a.familyId, b.familyId) ||
		compareStrings(a.sourceId, b.sourceId)
	);
}

/**
 * The worklist on `today` (YYYY-MM-DD): items showing today, with their urgency, most urgent first.
 * Called over every family's items at once, so dates compare as strings and nothing is parsed.
 */
export function worklistOn(items: readonly ScheduledItem[], today: string): DueItem[] {
	const out: DueItem[] = [];
	for (let i = 0; i < items.length; i++) {
		const item = items[i] as ScheduledItem;
		if (item.showFrom > today || (item.until !== undefined && item.until < today)) continue;
		const urgency: Urgency = item.immediate ? 'now' : item.dueOn < today ? 'overdue' : item.dueOn === today ? 'due' : 'soon';
		// Every key on every item: one object shape keeps a list of 100,000 fast to sort and read.
		out.push({
			familyId: item.familyId,
			kind: item.kind,
			dueOn: item.dueOn,
			urgency,
			visitKind: item.visitKind,
			sourceId: item.sourceId,
			childId: item.childId,
			note: item.note
		});
	}
	return out.sort(compareDueItems);
}
