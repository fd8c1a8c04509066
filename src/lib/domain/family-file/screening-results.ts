// Reading a family's screenings as results: the latest per instrument, and whether an EPDS is
// positive under the configured cutoffs. Shared by the risk flags and the worklist rules.

import type { EpdsScreeningRecord, ScreeningInstrument, ScreeningRecord } from '../records/index.ts';
import type { ScreeningSettings } from '../worklist/types.ts';
import type { FamilyFile } from './family-file.ts';

type ScreeningOf<I extends ScreeningInstrument> = Extract<ScreeningRecord, { instrument: I }>;

/** Later of two screenings: by the day screened, then by the last save (a same-day correction). */
function isLater(a: ScreeningRecord, b: ScreeningRecord): boolean {
	return a.screenedOn !== b.screenedOn ? a.screenedOn > b.screenedOn : a.updatedAt > b.updatedAt;
}

/** The latest screening with this instrument; older results are history, not current findings. */
export function latestScreening<I extends ScreeningInstrument>(file: FamilyFile, instrument: I): ScreeningOf<I> | undefined {
	let latest: ScreeningOf<I> | undefined;
	for (const screening of file.screenings) {
		if (screening.instrument !== instrument) continue;
		if (latest === undefined || isLater(screening, latest)) latest = screening as ScreeningOf<I>;
	}
	return latest;
}

export function epdsCutoff(screening: EpdsScreeningRecord, settings: ScreeningSettings): number {
	return settings.epdsCutoffs[screening.context];
}

/** Total at or above the cutoff for the screening's context (postpartum or antenatal). */
export function isEpdsPositive(screening: EpdsScreeningRecord, settings: ScreeningSettings): boolean {
	return screening.total >= epdsCutoff(screening, settings);
}

/** Item 10 (thoughts of self-harm) scored ≥ 1: urgent whatever the total, clinic results too. */
export function hasSelfHarmAnswer(screening: EpdsScreeningRecord): boolean {
	return screening.item10 >= 1;
}
