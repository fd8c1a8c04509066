// The demo city: deterministic, current, complete (every stage, kind and positive screen) and valid.

import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/lib/domain/records/migrations.ts';
import { companionVisitSchema } from '../../src/lib/domain/records/visit.ts';
import { checkDocUpdate } from '../couch/validate-doc-update.ts';
import { demoCity } from './city.ts';
import { DEMO_PASSWORD } from './staff.ts';

type Doc = Record<string, unknown> & { _id: string; type: string };

const now = new Date('2026-11-24T03:00:00.000Z');
const city = demoCity({ now });
const docs = Object.values(city.docs).flat() as Doc[];
const byId = new Map(docs.map((doc) => [doc._id, doc]));
const ofType = (type: string) => docs.filter((doc) => doc.type === type);
const daysOld = (date: unknown) => (now.getTime() - Date.parse(`${String(date)}T00:00:00+09:00`)) / 86_400_000;

describe('demoCity', () => {
	it('is the same city for the same seed and day, and another for another seed', () => {
		expect(demoCity({ now })).toEqual(city);
		expect(demoCity({ now, seed: 7 }).docs['chuo']![0]).not.toEqual(city.docs['chuo']![0]);
	});

	it('keeps its ids on another day, so seeding it again adds nothing', () => {
		const later = demoCity({ now: new Date('2027-02-01T03:00:00.000Z') });
		const ids = (c: typeof city) => Object.values(c.docs).flat().map((doc) => doc._id);
		expect(ids(later)).toEqual(ids(city));
		expect(later.docs['chuo']![0]!['createdAt']).not.toEqual(city.docs['chuo']![0]!['createdAt']);
	});

	it('has at least three teams, and the staff the demo script names', () => {
		expect(city.teams.length).toBeGreaterThanOrEqual(3);
		const users = Object.fromEntries(city.users.map((user) => [user.name, user]));
		expect(users['midwife1']).toMatchObject({ roles: ['midwife'], teams: ['chuo'] });
		expect(users['phn1']).toMatchObject({ roles: ['phn'], teams: ['chuo'] });
		expect(users['promoter1']).toMatchObject({ roles: ['promoter'], teams: ['chuo'] });
		expect(users['midwife2']?.teams).toEqual(users['phn2']?.teams);
		expect(users['midwife2']?.teams).not.toContain('chuo');
		for (const overseer of ['coordinator1', 'supervisor1']) expect(users[overseer]?.teams.sort()).toEqual(city.teams.map((t) => t.id).sort());
		for (const user of city.users) {
			expect(user.password).toBe(DEMO_PASSWORD);
			expect(user.displayName).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
			for (const team of user.teams) expect(city.teams.map((t) => t.id)).toContain(team);
		}
	});

	it('writes only documents both the schemas and validate_doc_update (as the seeding admin) accept', () => {
		const refused = docs.flatMap((doc) => {
			const parsed = parseRecord(JSON.parse(JSON.stringify(doc)));
			const verdict = checkDocUpdate(doc, null, { name: null, roles: ['_admin'] });
			return parsed.ok && verdict.ok ? [] : [{ id: doc._id, issues: parsed.ok ? [] : parsed.issues, verdict }];
		});
		expect(refused).toEqual([]);
	});

	it('files each document under its own team, with unique ids and references that resolve', () => {
		for (const [team, list] of Object.entries(city.docs)) for (const doc of list) expect(doc['team']).toBe(team);
		expect(byId.size).toBe(docs.length);
		for (const doc of docs) {
			expect(byId.get(doc['familyId'] as string)?.['team']).toBe(doc['team']);
			for (const ref of ['childId', 'pregnancyId', 'visitId']) {
				if (doc[ref] !== undefined) expect(byId.get(doc[ref] as string)?.['familyId'], `${doc._id}.${ref}`).toBe(doc['familyId']);
			}
		}
	});

	it('has about 300 families by default, and as many as asked', () => {
		expect(ofType('family')).toHaveLength(300);
		const small = demoCity({ now, families: 8 });
		expect(Object.values(small.docs).flat().filter((doc) => doc.type === 'family')).toHaveLength(8);
	});

	it('has families at every stage: pregnant, newborn, about two months, closing', () => {
		const ages = ofType('child').map((child) => daysOld(child['birthDate']));
		expect(ofType('pregnancy').filter((p) => p['status'] === 'ongoing').length).toBeGreaterThan(40);
		expect(ages.filter((age) => age <= 28).length).toBeGreaterThan(20);
		expect(ages.filter((age) => age >= 45 && age <= 90).length).toBeGreaterThan(20);
		expect(ofType('family').filter((f) => f['status'] === 'closed').length).toBeGreaterThan(10);
	});

	it('has visits of every kind, and questionnaires with positives', () => {
		for (const kind of ['pregnancy-interview', 'postpartum-care', 'universal', 'companion']) {
			expect(ofType('visit').filter((v) => v['kind'] === kind).length, kind).toBeGreaterThan(10);
		}
		const epds = ofType('screening').filter((s) => s['instrument'] === 'epds');
		expect(epds.filter((s) => (s['total'] as number) >= 9).length).toBeGreaterThan(20);
		expect(epds.filter((s) => (s['item10'] as number) >= 1).length).toBeGreaterThan(2);
		expect(epds.filter((s) => s['source'] === 'clinic').length).toBeGreaterThan(50);
		expect(ofType('screening').filter((s) => s['instrument'] === 'bonding' && (s['total'] as number) >= 5).length).toBeGreaterThan(0);
		expect(ofType('screening').some((s) => s['instrument'] === 'checklist')).toBe(true);
	});

	it('has risk judgements, plans and reviews, some visits returned', () => {
		expect(ofType('risk').length).toBeGreaterThan(10);
		expect(ofType('plan').length).toBe(ofType('risk').length);
		expect(ofType('review').length).toBeGreaterThan(200);
		// Some judgements' alerts were taken up by the coordinator, each step pointing at its judgement.
		const steps = ofType('alert');
		expect(steps.length).toBeGreaterThan(3);
		for (const step of steps) expect(byId.get(step['sourceId'] as string)?.['type']).toBe('risk');
		const returned = ofType('review').filter((r) => r['decision'] === 'returned');
		expect(returned.length).toBeGreaterThan(5);
		for (const review of returned) {
			const visit = byId.get(review['visitId'] as string);
			// A promoter reads the comment on a companion visit: nothing clinical in it.
			if (visit?.['kind'] === 'companion') expect(review['comment']).not.toMatch(/EPDS|体重|血圧/);
			// A decision never edits the visit: the review names the version it read.
			expect(visit?.['status']).toBe('submitted');
			expect(review['visitUpdatedAt']).toBe(visit?.['updatedAt']);
		}
	});

	it('gives promoter1 families in the centre, with companion visits by promoter1 and nothing clinical in them', () => {
		const assigned = ofType('family').filter((f) => (f['assignedTo'] as { promoter?: string }).promoter === 'promoter1');
		expect(assigned.length).toBeGreaterThanOrEqual(5);
		expect(assigned.every((f) => f['team'] === 'chuo')).toBe(true);
		const companions = ofType('visit').filter((v) => v['kind'] === 'companion');
		expect(companions.filter((v) => v['createdBy'] === 'promoter1').length).toBeGreaterThanOrEqual(5);
		const allowed = new Set(Object.keys(companionVisitSchema.shape));
		for (const visit of companions) {
			const promoter = (byId.get(visit['familyId'] as string)?.['assignedTo'] as { promoter?: string }).promoter;
			expect(visit['createdBy']).toBe(promoter);
			expect(Object.keys(visit).filter((key) => !allowed.has(key))).toEqual([]);
		}
	});

	it('looks like Nagaoka: names with kana, local phones and addresses', () => {
		for (const family of ofType('family')) {
			expect(family['familyNameKana']).toMatch(/^[\u30a0-\u30ff]+$/);
			expect(family['givenNameKana']).toMatch(/^[\u30a0-\u30ff]+$/);
			expect(family['phone']).toMatch(/^(0258-\d{2}-\d{4}|0[789]0-\d{4}-\d{4})$/);
			expect(family['address']).toMatch(/^長岡市/);
		}
	});

	it('has nothing created after now, and only next visits in the future', () => {
		for (const doc of docs) {
			expect(Date.parse(doc['createdAt'] as string)).toBeLessThanOrEqual(now.getTime());
			expect(Date.parse(doc['updatedAt'] as string)).toBeGreaterThanOrEqual(Date.parse(doc['createdAt'] as string));
			if (doc.type === 'visit') expect(daysOld(doc['visitDate'])).toBeGreaterThan(0);
		}
	});
});
