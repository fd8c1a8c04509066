// The demo city's staff: who works in which team, with Japanese display names. One password for
// all, because it is a demo; provisioning refuses nothing about it, so never reuse it.

import type { UserSpec } from '../couch/contract.ts';

export const DEMO_PASSWORD = 'yorisoi-demo';

const user = (name: string, role: UserSpec['roles'][number], teams: string[], displayName: string): UserSpec => ({
	name,
	password: DEMO_PASSWORD,
	roles: [role],
	teams,
	displayName
});

const allTeams = ['chuo', 'kita', 'minami', 'tochio'];

export const DEMO_USERS: UserSpec[] = [
	user('midwife1', 'midwife', ['chuo'], '高橋 恵（助産師）'),
	user('phn1', 'phn', ['chuo'], '山田 直子（保健師）'),
	user('promoter1', 'promoter', ['chuo'], '佐藤 和子（母子保健推進員）'),
	user('midwife2', 'midwife', ['kita'], '小林 由美（助産師）'),
	user('phn2', 'phn', ['kita'], '五十嵐 智子（保健師）'),
	user('promoter2', 'promoter', ['kita'], '本間 節子（母子保健推進員）'),
	user('midwife3', 'midwife', ['minami', 'tochio'], '星野 真紀（助産師）'),
	user('phn3', 'phn', ['minami'], '渡辺 裕美（保健師）'),
	user('phn4', 'phn', ['tochio'], '風間 久美子（保健師）'),
	user('coordinator1', 'coordinator', allTeams, '丸山 礼子（産後ケアコーディネーター）'),
	user('supervisor1', 'supervisor', allTeams, '長谷川 順子（統括保健師）')
];

/** Who does what in each team: the names the generated records are written under. */
export interface TeamStaff {
	midwife: string;
	phn: string;
	promoter?: string;
}

export const TEAM_STAFF: Record<string, TeamStaff> = {
	chuo: { midwife: 'midwife1', phn: 'phn1', promoter: 'promoter1' },
	kita: { midwife: 'midwife2', phn: 'phn2', promoter: 'promoter2' },
	minami: { midwife: 'midwife3', phn: 'phn3' },
	tochio: { midwife: 'midwife3', phn: 'phn4' }
};

/** Reviewers of a team's visits, besides its own PHN. */
export const REVIEWERS = ['supervisor1', 'coordinator1'];
/** The postpartum-care coordinator, who takes up alerts in the demo. */
export const COORDINATOR = 'coordinator1';
