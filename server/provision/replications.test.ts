import { describe, expect, it } from 'vitest';
import type { UserSpec } from '../couch/contract.ts';
import { basicAuth } from './couch-client.ts';
import { promoterReplications, routeOf } from './replications.ts';

const admin = { name: 'admin', password: 'pw' };
const promoter = (teams: string[]): UserSpec => ({ name: 'sato', password: 'x', roles: ['promoter'], teams, displayName: '佐藤' });

describe('promoterReplications', () => {
	it('fills the promoter database from the team and drains companion visits back', () => {
		const [into, out] = promoterReplications(promoter(['chuo']), 'http://127.0.0.1:5984/', admin);
		expect(into).toMatchObject({
			_id: expect.stringMatching(/^yorisoi-promoter-sato--from--yorisoi-team-chuo--[0-9a-f]{12}$/),
			source: { url: 'http://127.0.0.1:5984/yorisoi-team-chuo', headers: { Authorization: basicAuth(admin) } },
			target: { url: 'http://127.0.0.1:5984/yorisoi-promoter-sato' },
			filter: 'yorisoi/forPromoter',
			query_params: { promoter: 'sato' },
			continuous: true
		});
		expect(out).toMatchObject({
			_id: expect.stringMatching(/^yorisoi-promoter-sato--to--yorisoi-team-chuo--[0-9a-f]{12}$/),
			source: { url: 'http://127.0.0.1:5984/yorisoi-promoter-sato' },
			target: { url: 'http://127.0.0.1:5984/yorisoi-team-chuo' },
			filter: 'yorisoi/fromPromoter',
			query_params: { promoter: 'sato' }
		});
	});

	it('names the team in the way out when the promoter works for several', () => {
		const docs = promoterReplications(promoter(['chuo', 'kita']), 'http://couch:5984', admin);
		expect(docs).toHaveLength(4);
		expect(docs.filter((doc) => doc.filter === 'yorisoi/fromPromoter').map((doc) => doc.query_params)).toEqual([
			{ promoter: 'sato', team: 'chuo' },
			{ promoter: 'sato', team: 'kita' }
		]);
	});

	it('changes its fingerprint when anything that matters changes, and only then', () => {
		const first = (url: string, password = 'pw') => promoterReplications(promoter(['chuo']), url, { ...admin, password })[0]!;
		expect(first('http://a:5984')).toEqual(first('http://a:5984'));
		expect(first('http://a:5984').yorisoi_spec).not.toBe(first('http://b:5984').yorisoi_spec);
		expect(first('http://a:5984').yorisoi_spec).not.toBe(first('http://a:5984', 'new password').yorisoi_spec);
		// A new definition is a new document on the same route.
		expect(first('http://a:5984')._id).not.toBe(first('http://b:5984')._id);
		expect(routeOf(first('http://a:5984'))).toBe(routeOf(first('http://b:5984')));
	});
});
