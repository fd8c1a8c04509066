// Calendar dates as `YYYY-MM-DD` strings: day arithmetic in UTC (so no time zone or daylight
// saving can shift a day) and "today" in the service's own time zone.

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function fromUtcMs(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

function toUtcMs(isoDate: string): number {
	const match = ISO_DATE.exec(isoDate);
	const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
	// Date.UTC rolls 2026-02-30 over into March; only a real date survives the round trip.
	if (!match || fromUtcMs(ms) !== isoDate) throw new RangeError('not a calendar date (YYYY-MM-DD)'); // the value may be a birth date: never in a message
	return ms;
}

/** The date `days` after `isoDate` (negative: before). */
export function addDays(isoDate: string, days: number): string {
	return fromUtcMs(toUtcMs(isoDate) + days * DAY_MS);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The date `months` calendar months after `isoDate` (YYYY-MM-DD), the day kept when the month has
 * it and otherwise the month's last day: 2026-01-31 + 4 → 2026-05-31, 2025-10-31 + 4 → 2026-02-28.
 * Parsed by hand, not through Date: the dashboard runs it for every child of a city on each redraw.
 */
export function addMonths(isoDate: string, months: number): string {
	const year = Number(isoDate.slice(0, 4));
	const month = Number(isoDate.slice(5, 7));
	const day = Number(isoDate.slice(8, 10));
	if (isoDate.length !== 10 || !Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || !Number.isInteger(months)) {
		throw new RangeError('not a calendar date (YYYY-MM-DD)'); // the value may be a birth date: never in a message
	}
	const index = year * 12 + (month - 1) + months;
	const toYear = Math.floor(index / 12);
	const toMonth = (index % 12) + 1;
	const toDay = Math.min(day, daysInMonth(toYear, toMonth));
	return `${String(toYear).padStart(4, '0')}-${pad2(toMonth)}-${pad2(toDay)}`;
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
	return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Age in completed days on `on` (0 on the day of birth). */
export function ageInDays(birthDate: string, on: string): number {
	return daysBetween(birthDate, on);
}

// Formatters are costly to build; a device asks for the same zone all day.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

/** The calendar date at `now` in `timeZone`: a visit at 08:00 in Nagaoka is on that Japanese day. */
export function todayIn(timeZone = 'Asia/Tokyo', now: Date = new Date()): string {
	const parts = formatterFor(timeZone).formatToParts(now);
	const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
	return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** Nagaoka's time zone: a record's day is the Japanese calendar day it was made on. */
export const SERVICE_TIME_ZONE = 'Asia/Tokyo';

/** The calendar date, in `timeZone`, of an ISO timestamp such as a record's createdAt. */
export function dateOfTimestamp(timestamp: string, timeZone = SERVICE_TIME_ZONE): string {
	return todayIn(timeZone, new Date(timestamp));
}
