// The dashboard's period controls: months as the month inputs give them (YYYY-MM), the last 12
// months by default, and a period that is never read backwards.

import { addMonths } from '$lib/domain/calendar';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
	return MONTH.test(value);
}

/** The 12 months ending with the month of `today` (YYYY-MM-DD). */
export function lastTwelveMonths(today: string): { from: string; to: string } {
	return { from: addMonths(`${today.slice(0, 7)}-01`, -11).slice(0, 7), to: today.slice(0, 7) };
}

/** The period the figures are counted over: a month not filled in falls back to the default. */
export function chosenPeriod(from: string, to: string, today: string): { from: string; to: string; reversed: boolean } {
	const fallback = lastTwelveMonths(today);
	const start = isMonth(from) ? from : fallback.from;
	const end = isMonth(to) ? to : fallback.to;
	return start <= end ? { from: start, to: end, reversed: false } : { from: end, to: start, reversed: true };
}
