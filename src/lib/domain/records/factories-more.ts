// More test-data builders, beside factories.ts: the bonding scale and the support checklist, and a
// family's file from its records in one call.

import { familyFileFrom, type FamilyFile } from '../family-file/family-file.ts';
import { bondingPositionForScore, scoreBonding } from '../screening/bonding.ts';
import { buildEpds, type BuildContext } from './factories.ts';
import type { AlertRecord } from './alert.ts';
import { newEnvelope } from './envelope.ts';
import type { FamilyRecord } from './family.ts';
import type { YorisoiRecord } from './record.ts';
import type { ScreeningRecord } from './screening.ts';

type BondingRecord = Extract<ScreeningRecord, { instrument: 'bonding' }>;
type ChecklistRecord = Extract<ScreeningRecord, { instrument: 'checklist' }>;

/** A screening's envelope and date as buildEpds makes them, so ids stay unique across both files. */
function screeningBase(family: FamilyRecord, context: BuildContext) {
	const { answers: _a, total: _t, item10: _i, instrument: _n, ...base } = buildEpds(family, {}, context) as Extract<
		ScreeningRecord,
		{ instrument: 'epds'; source: 'visit' }
	>;
	return base;
}

// Every item at its most positive (score 0), whichever way it is keyed.
const BONDING_ALL_WELL = Array.from({ length: 10 }, (_, i) => bondingPositionForScore(i + 1, 0));

/** A bonding scale taken at a visit; pass `answers` (option positions) and the total follows. */
export function buildBonding(
	family: FamilyRecord,
	overrides: Partial<Extract<BondingRecord, { source: 'visit' }>> = {},
	context: BuildContext = {}
): BondingRecord {
	const answers = overrides.answers ?? BONDING_ALL_WELL;
	return {
		...screeningBase(family, context),
		instrument: 'bonding',
		answers,
		total: scoreBonding(answers).total,
		...overrides
	};
}

/** A support checklist taken at a visit; by default someone to confide in and no risk answers. */
export function buildChecklist(
	family: FamilyRecord,
	overrides: Partial<ChecklistRecord> = {},
	context: BuildContext = {}
): ChecklistRecord {
	return {
		...screeningBase(family, context),
		instrument: 'checklist',
		answers: [
			{ item: 'someone-to-confide-in', answer: true },
			{ item: 'financial-worry', answer: false },
			{ item: 'urge-to-hit-baby', answer: false }
		],
		...overrides
	};
}

/** A family's file holding the family record and `records`. */
export function buildFamilyFile(family: FamilyRecord, ...records: YorisoiRecord[]): FamilyFile {
	return familyFileFrom(family._id, [family, ...records]);
}

/** A step on a risk alert, by a coordinator unless the context says otherwise. */
export function buildAlertStep(
	family: FamilyRecord,
	step: Pick<AlertRecord, 'alertKind' | 'sourceId'> & Partial<AlertRecord>,
	context: BuildContext = {}
): AlertRecord {
	// Borrows a fresh unique id from the screening builder's counter.
	const base = screeningBase(family, { by: 'coordinator1', ...context });
	const envelope = newEnvelope('alert', {
		team: family.team,
		familyId: family._id,
		by: context.by ?? 'coordinator1',
		at: context.at ?? new Date(base.createdAt),
		id: base._id.replace(/^screening:/, 'alert:')
	});
	return { ...envelope, action: 'acknowledged', ...step } as AlertRecord;
}
