import { describe, expect, it } from 'vitest';
import { designDocument, designDocId, forPromoterFilterSource, fromPromoterFilterSource, promoterFilters } from './design.ts';

type Filter = (doc: Record<string, unknown>, req: { query: Record<string, unknown> }) => boolean;
const compile = (source: string) => new Function(`return (${source});`)() as Filter;
const forPromoter = compile(forPromoterFilterSource);
const fromPromoter = compile(fromPromoterFilterSource);
const sato = { query: { promoter: 'sato' } };

describe('the filter for a promoter’s database (team → promoter)', () => {
	it('lets through the families assigned to the promoter and their companion visits', () => {
		expect(forPromoter({ type: 'family', assignedTo: { promoter: 'sato' } }, sato)).toBe(true);
		expect(forPromoter({ type: 'visit', kind: 'companion', createdBy: 'sato' }, sato)).toBe(true);
	});

	it('lets through reviews of the promoter’s own visits, so a returned visit reaches its author', () => {
		expect(forPromoter({ type: 'review', visitBy: 'sato', createdBy: 'phn1', decision: 'returned' }, sato)).toBe(true);
		expect(forPromoter({ type: 'review', visitBy: 'ito', createdBy: 'phn1' }, sato)).toBe(false);
		expect(forPromoter({ type: 'review', createdBy: 'sato' }, sato)).toBe(false);
	});

	it('stops everything else', () => {
		expect(forPromoter({ type: 'family', assignedTo: { promoter: 'ito' } }, sato)).toBe(false);
		expect(forPromoter({ type: 'family', assignedTo: { midwife: 'sato' } }, sato)).toBe(false);
		expect(forPromoter({ type: 'family' }, sato)).toBe(false);
		expect(forPromoter({ type: 'visit', kind: 'companion', createdBy: 'ito' }, sato)).toBe(false);
		expect(forPromoter({ type: 'visit', kind: 'postpartum-care', createdBy: 'sato' }, sato)).toBe(false);
		for (const type of ['screening', 'risk', 'plan', 'review', 'pregnancy', 'child']) {
			expect(forPromoter({ type, createdBy: 'sato', familyId: 'family:1', assignedTo: { promoter: 'sato' } }, sato), type).toBe(false);
		}
	});

	it('matches nothing without a promoter, even a family assigned to no promoter', () => {
		expect(forPromoter({ type: 'family', assignedTo: {} }, { query: {} })).toBe(false);
		expect(forPromoter({ type: 'visit', kind: 'companion' }, { query: { promoter: '' } })).toBe(false);
	});

	it('compares names as text, since pouchdb-server parses a name of digits as a number', () => {
		expect(forPromoter({ type: 'family', assignedTo: { promoter: '1001' } }, { query: { promoter: 1001 } })).toBe(true);
	});
});

describe('the filter out of a promoter’s database (promoter → team)', () => {
	it('lets through only companion visits the promoter created', () => {
		expect(fromPromoter({ type: 'visit', kind: 'companion', createdBy: 'sato', team: 'chuo' }, sato)).toBe(true);
		expect(fromPromoter({ type: 'visit', kind: 'companion', createdBy: 'ito' }, sato)).toBe(false);
		expect(fromPromoter({ type: 'visit', kind: 'universal', createdBy: 'sato' }, sato)).toBe(false);
		expect(fromPromoter({ type: 'family', assignedTo: { promoter: 'sato' }, createdBy: 'sato' }, sato)).toBe(false);
	});

	it('sends each visit to its own team when the promoter works for several', () => {
		const toChuo = { query: { promoter: 'sato', team: 'chuo' } };
		expect(fromPromoter({ type: 'visit', kind: 'companion', createdBy: 'sato', team: 'chuo' }, toChuo)).toBe(true);
		expect(fromPromoter({ type: 'visit', kind: 'companion', createdBy: 'sato', team: 'kita' }, toChuo)).toBe(false);
	});
});

describe('the design document', () => {
	it('carries both filters under the names the replications use, and the validation', () => {
		const design = designDocument('function (newDoc) {}');
		expect(design._id).toBe(designDocId);
		for (const name of Object.values(promoterFilters)) {
			const [ddoc, filter] = name.split('/');
			expect(`_design/${ddoc}`).toBe(designDocId);
			expect(design.filters[filter!]).toBeTypeOf('string');
		}
		expect(design.validate_doc_update).toBe('function (newDoc) {}');
		expect(designDocument().validate_doc_update).toMatch(/^function \(newDoc, oldDoc, userCtx, secObj\)/);
	});

	it('uses only ES5 in the filters, for CouchDB’s older JavaScript engine', () => {
		for (const source of [forPromoterFilterSource, fromPromoterFilterSource]) {
			expect(source).not.toMatch(/=>|\blet\b|\bconst\b|`|\.\.\.|\bclass\b/);
		}
	});
});
