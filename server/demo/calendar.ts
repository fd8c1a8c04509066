// Demo time: days counted from the reference "now" in Japan time, so the city always looks current.

const DAY = 86_400_000;
const JST = 9 * 3_600_000;

export interface DemoCalendar {
	/** `YYYY-MM-DD` of the day `offset` days from today (negative: past) */
	date(offset: number): string;
	/** the instant at `hour:minute` Japan time on that day */
	at(offset: number, hour?: number, minute?: number): Date;
	/**
	 * The time to put in a record id for an instant: the same offset from a fixed day instead of
	 * from today, so a demo generated on another day has the same ids and seeding it again (which
	 * skips known ids) adds nothing. Ids keep their order; they do not tell the creation day.
	 */
	idTime(at: Date): number;
}

/** Demo ids count from here (2026-01-01 in Japan); every real record made later sorts after them. */
const ID_ANCHOR = Date.UTC(2025, 11, 31, 15);

export function demoCalendar(now: Date): DemoCalendar {
	// Midnight of today in Japan, as a UTC instant.
	const todayJst = Math.floor((now.getTime() + JST) / DAY) * DAY - JST;
	return {
		date: (offset) => new Date(todayJst + offset * DAY + JST).toISOString().slice(0, 10),
		at: (offset, hour = 10, minute = 0) => new Date(todayJst + offset * DAY + (hour * 60 + minute) * 60_000),
		idTime: (at) => ID_ANCHOR + (at.getTime() - todayJst)
	};
}
