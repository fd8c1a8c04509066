import { describe, expect, it } from 'vitest';
import { buildFamily } from '../records/factories.ts';
import { newRecordId } from '../records/record-id.ts';
import { clinicEpdsRecord, emptyClinicEpds } from './clinic-epds.ts';

const family = buildFamily();
const context = { family, by: 'phn1', now: new Date('2026-11-25T01:00:00Z'), today: '2026-11-25', id: newRecordId('screening') };
const filled = { ...emptyClinicEpds('2026-11-20'), 'clinic.name': '長岡レディースクリニック', 'clinic.checkup': '1-month', total: '11', item10: '1' };

describe('a clinic EPDS result', () => {
	it('becomes a screening record with total and item 10 and no answers', () => {
		const result = clinicEpdsRecord(filled, context);
		expect(result.ok).toBe(true);
		expect(result.ok && result.record).toMatchObject({ instrument: 'epds', source: 'clinic', context: 'postpartum', total: 11, item10: 1, clinic: { name: '長岡レディースクリニック', checkup: '1-month' } });
		expect(result.ok && 'answers' in result.record).toBe(false);
	});

	it('takes the antenatal cutoff context from an antenatal checkup', () => {
		const result = clinicEpdsRecord({ ...filled, 'clinic.checkup': 'antenatal' }, context);
		expect(result.ok && result.record.context).toBe('antenatal');
	});

	it('refuses empty, out-of-range, future and inconsistent input with a reason per field', () => {
		const empty = clinicEpdsRecord(emptyClinicEpds(''), context);
		expect(empty.ok ? [] : empty.issues.map((issue) => issue.path)).toEqual(['screenedOn', 'clinic.name', 'clinic.checkup', 'total', 'item10']);
		const bad = clinicEpdsRecord({ ...filled, total: '31', screenedOn: '2026-12-01' }, context);
		expect(bad.ok ? [] : bad.issues.map((issue) => [issue.path, issue.code])).toEqual([
			['screenedOn', 'futureDate'],
			['total', 'range']
		]);
		const inconsistent = clinicEpdsRecord({ ...filled, total: '1', item10: '3' }, context);
		expect(inconsistent.ok ? [] : inconsistent.issues.map((issue) => issue.path)).toEqual(['total']);
	});
});
