// Nagaoka's demo geography: the teams (one database each), their community districts (地区) with
// real town names, and the phone numbers and clinics of the area. Town-to-district groupings are
// plausible, not an official map.

import type { TeamSpec } from '../couch/contract.ts';
import type { Random } from './random.ts';

export const DEMO_TEAMS: TeamSpec[] = [
	{ id: 'chuo', name: '中央' },
	{ id: 'kita', name: '北部' },
	{ id: 'minami', name: '南部' },
	{ id: 'tochio', name: '栃尾' }
];

/** district → towns, per team */
export const DISTRICTS: Record<string, Record<string, string[]>> = {
	chuo: {
		阪之上: ['坂之上町', '東坂之上町', '城内町', '大手通'],
		表町: ['表町', '殿町', '本町', '柳原町'],
		中島: ['中島', '東神田', '今朝白'],
		千手: ['千手', '稽古町', '台町']
	},
	kita: {
		川崎: ['川崎町', '川崎'],
		新町: ['新町', '喜多町'],
		大島: ['大島本町', '大島新町'],
		黒条: ['下々条', '蓮潟', '新産']
	},
	minami: {
		宮内: ['宮内', '摂田屋', '悠久町', '曙'],
		上組: ['高見町', '寿'],
		四郎丸: ['四郎丸', '要町'],
		富曽亀: ['上富岡町', '亀貝町']
	},
	tochio: {
		栃尾: ['栃尾表町', '栃尾大町', '栃尾泉', '谷内']
	}
};

const APARTMENTS = ['コーポ', 'ハイツ', 'メゾン', 'グランドール', 'パークサイド'];

export function demoAddress(random: Random, team: string): { district: string; address: string } {
	const districts = DISTRICTS[team] ?? DISTRICTS['chuo']!;
	const district = random.pick(Object.keys(districts));
	const town = random.pick(districts[district]!);
	let address = random.chance(0.5)
		? `長岡市${town}${random.int(1, 4)}丁目${random.int(1, 15)}-${random.int(1, 30)}`
		: `長岡市${town}${random.int(1, 2999)}-${random.int(1, 12)}`;
	if (random.chance(0.3)) address += ` ${random.pick(APARTMENTS)}${town.replace(/町$/, '')} ${random.int(1, 3)}0${random.int(1, 8)}`;
	return { district, address };
}

/** Mobiles mostly; landlines on the 0258 area code. */
export function demoPhone(random: Random): string {
	const digits = (n: number) => Array.from({ length: n }, () => random.int(0, 9)).join('');
	if (random.chance(0.75)) return `${random.pick(['090', '080', '070'])}-${random.int(1, 9)}${digits(3)}-${digits(4)}`;
	return `0258-${random.pick(['2', '3', '4', '8', '9'])}${random.int(0, 9)}-${digits(4)}`;
}

/** Where a birth happens and 産婦健診 results come from. */
export const CLINICS = ['長岡赤十字病院', '長岡中央綜合病院', '立川綜合病院'];
