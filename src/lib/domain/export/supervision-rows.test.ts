// The export rows: the period's visits and screenings, in order, worded by the caller, and safe
// as CSV whatever a name or note holds.
import { describe, expect, it } from 'vitest';
import type { SupervisionFacts, VisitFact } from '../supervision/types.ts';
import { toCsv } from './csv.ts';
import { SCREENING_COLUMNS, screeningExportRows, VISIT_COLUMNS, visitExportRows, type ExportWords } from './supervision-rows.ts';

const words: ExportWords = {
	kind: (k) => `kind:${k}`,
	review: (s) => `review:${s}`,
	flag: (f) => `flag:${f}`,
	instrument: (i) => i.toUpperCase(),
	yes: 'あり',
	no: 'なし',
	source: (s) => s
};

function visit(id: string, over: Partial<VisitFact> = {}): VisitFact {
	return { id, familyId: 'family:1', team: 'chuo', kind: 'universal', visitDate: '2026-10-15', author: 'midwife1', review: { status: 'awaiting' }, flags: [], ...over };
}

const facts: SupervisionFacts = {
	visits: [
		visit('visit:b', { visitDate: '2026-10-31', review: { status: 'approved', reviewedBy: 'phn1', reviewedAt: '2026-11-01T15:30:00.000Z' }, flags: ['epds-positive', 'bonding'] }),
		visit('visit:a', { visitDate: '2026-10-01', nextVisitOn: '2026-10-20' }),
		visit('visit:c', { visitDate: '2026-11-01' }),
		visit('visit:d', { visitDate: '2026-10-10', team: 'kita' })
	],
	screenings: [
		{ id: 'screening:1', familyId: 'family:1', team: 'chuo', instrument: 'epds', screenedOn: '2026-10-31', total: 12, positive: true, selfHarm: true, source: 'visit', visitId: 'visit:b', enteredBy: 'midwife1' },
		{ id: 'screening:2', familyId: 'family:1', team: 'chuo', instrument: 'bonding', screenedOn: '2026-10-05', total: 2, positive: false, selfHarm: false, source: 'clinic', enteredBy: 'phn1' },
		{ id: 'screening:3', familyId: 'family:1', team: 'chuo', instrument: 'epds', screenedOn: '2026-09-30', total: 3, positive: false, selfHarm: false, source: 'visit', enteredBy: 'phn1' }
	],
	children: [],
	plans: [],
	alerts: []
};
const families = [{ name: '=HYPERLINK("http://x") 長岡 花子', facts }, { facts: undefined }];
const october = { from: '2026-10-01', to: '2026-10-31' };

describe('visitExportRows', () => {
	it('lists the period’s visits oldest first, both ends included, one cell per column', () => {
		const rows = visitExportRows(families, october, words);
		expect(rows.map((row) => row.at(-1))).toEqual(['visit:a', 'visit:d', 'visit:b']);
		for (const row of rows) expect(row).toHaveLength(VISIT_COLUMNS.length);
		expect(rows[2]).toEqual([
			'2026-10-31', 'kind:universal', 'chuo', 'midwife1', 'family:1', families[0]!.name, undefined, 'review:approved', 'phn1', '2026-11-02', 'flag:epds-positive、flag:bonding', undefined, 'visit:b'
		]);
		expect(rows[0]?.[11]).toBe('2026-10-20');
	});

	it('keeps to one team when asked', () => {
		expect(visitExportRows(families, { ...october, team: 'kita' }, words).map((row) => row.at(-1))).toEqual(['visit:d']);
	});

	it('makes CSV in which a name cannot run as a formula', () => {
		const csv = toCsv([...VISIT_COLUMNS], visitExportRows(families, october, words));
		expect(csv).toContain(`"'=HYPERLINK(""http://x"") 長岡 花子"`);
		expect(csv).not.toMatch(/,=HYPERLINK/);
	});
});

describe('screeningExportRows', () => {
	it('lists the period’s screenings with positives and item 10 for the EPDS only', () => {
		const rows = screeningExportRows(families, october, words);
		expect(rows.map((row) => row.at(-1))).toEqual(['screening:2', 'screening:1']);
		for (const row of rows) expect(row).toHaveLength(SCREENING_COLUMNS.length);
		expect(rows[0]?.slice(0, 6)).toEqual(['2026-10-05', 'BONDING', 2, 'なし', undefined, 'clinic']);
		expect(rows[1]?.slice(0, 6)).toEqual(['2026-10-31', 'EPDS', 12, 'あり', 'あり', 'visit']);
	});
});
