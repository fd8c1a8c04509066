import { describe, expect, it } from 'vitest';
import { databasesFor, isDisabledAccount, promoterDbName, staffRolesOf, teamDbName, teamsOf } from './databases';

describe('databasesFor', () => {
	it('gives staff the databases of their teams', () => {
		expect(databasesFor('midwife1', ['midwife', 'team:chuo'])).toEqual(['yorisoi-team-chuo']);
		expect(databasesFor('coordinator1', ['coordinator', 'team:minami', 'team:chuo', 'team:kita'])).toEqual([
			'yorisoi-team-chuo',
			'yorisoi-team-kita',
			'yorisoi-team-minami'
		]);
	});

	it('gives a promoter only their own database, even if a team role was granted by mistake', () => {
		expect(databasesFor('promoter1', ['promoter', 'team:chuo'])).toEqual(['yorisoi-promoter-promoter1']);
	});

	it('gives a user with no team nothing to sync', () => {
		expect(databasesFor('newcomer', ['midwife'])).toEqual([]);
	});

	it('ignores roles that only look like team roles', () => {
		expect(teamsOf(['team:', 'team:Chuo', 'xteam:kita', 'team:kita/../x', 'team:kita'])).toEqual(['kita']);
	});

	it('makes database names CouchDB accepts', () => {
		expect(promoterDbName('Promoter.One')).toBe('yorisoi-promoter-promoter_one');
		expect(teamDbName('chuo')).toMatch(/^[a-z][a-z0-9_$()+/-]*$/);
	});

	it('lists staff roles in a fixed order', () => {
		expect(staffRolesOf(['team:chuo', 'supervisor', 'phn'])).toEqual(['phn', 'supervisor']);
	});
});

describe('isDisabledAccount', () => {
	it('needs the explicit marker: a missing staff role is not a disabled account', () => {
		expect(isDisabledAccount(['phn', 'team:chuo', 'disabled'])).toBe(true);
		expect(isDisabledAccount(['team:chuo'])).toBe(false);
		expect(isDisabledAccount([])).toBe(false);
	});
});
