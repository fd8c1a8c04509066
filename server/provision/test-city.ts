// A small city for the server's tests: two teams, staff of each, a supervisor of both and a
// promoter, with one family assigned to the promoter, one not, and a clinical record.

import type { DemoCity } from '../couch/contract.ts';

const at = '2026-11-01T09:00:00.000Z';
const envelope = (type: string, id: string, team: string, createdBy: string) => ({
	_id: `${type}:${id}`,
	type,
	schemaVersion: 1,
	team,
	createdAt: at,
	createdBy,
	updatedAt: at,
	updatedBy: createdBy
});

export function testCity(): DemoCity {
	return {
		teams: [
			{ id: 'chuo', name: '中央' },
			{ id: 'kita', name: '北部' }
		],
		users: [
			{ name: 'midwife.chuo', password: 'chuo-password', roles: ['midwife'], teams: ['chuo'], displayName: '中央 助産師' },
			{ name: 'phn.kita', password: 'kita-password', roles: ['phn'], teams: ['kita'], displayName: '北部 保健師' },
			{ name: 'supervisor', password: 'super-password', roles: ['supervisor'], teams: ['chuo', 'kita'], displayName: '統括' },
			{ name: 'sato.promoter', password: 'promoter-password', roles: ['promoter'], teams: ['chuo'], displayName: '佐藤 推進員' }
		],
		docs: {
			chuo: [
				{ ...envelope('family', '01ASSIGNED', 'chuo', 'midwife.chuo'), familyId: 'family:01ASSIGNED', assignedTo: { midwife: 'midwife.chuo', promoter: 'sato.promoter' } },
				{ ...envelope('family', '01OTHER', 'chuo', 'midwife.chuo'), familyId: 'family:01OTHER', assignedTo: { midwife: 'midwife.chuo' } },
				{ ...envelope('screening', '01EPDS', 'chuo', 'midwife.chuo'), familyId: 'family:01ASSIGNED', instrument: 'epds', total: 14 },
				{ ...envelope('visit', '01COMPANION', 'chuo', 'sato.promoter'), familyId: 'family:01ASSIGNED', kind: 'companion', status: 'submitted' },
				{ ...envelope('visit', '01CARE', 'chuo', 'midwife.chuo'), familyId: 'family:01ASSIGNED', kind: 'postpartum-care', status: 'submitted' }
			],
			kita: [{ ...envelope('family', '01KITA', 'kita', 'phn.kita'), familyId: 'family:01KITA', assignedTo: { phn: 'phn.kita' } }]
		}
	};
}

/** Lets every write through: the tests of replication and `_security` are not about validation. */
export const permissiveValidation = 'function (newDoc, oldDoc, userCtx, secObj) {}';
