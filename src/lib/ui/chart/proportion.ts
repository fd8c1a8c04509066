// A part of a whole as the meters show it: how full the bar is, and the percent as text.

export interface Proportion {
	/** 0..1, for drawing: more than the whole fills the bar, never past it */
	fill: number;
	/** whole percent for the text; absent when there is no whole to compare with */
	percent?: number;
}

/**
 * 182 of 200 → 91 %. Rounding never claims done or nothing when that is not so: 199.6 of 200 reads
 * 99 %, 1 of 1000 reads 1 %. Above the whole (more visits than planned) the percent goes past 100.
 */
export function proportion(value: number, total: number): Proportion {
	if (!(total > 0) || !Number.isFinite(total) || !Number.isFinite(value)) return { fill: 0 };
	const part = Math.max(0, value);
	const exact = (part / total) * 100;
	let percent = Math.round(exact);
	if (part > 0 && part < total) percent = Math.min(99, Math.max(1, percent));
	return { fill: Math.min(1, part / total), percent };
}
