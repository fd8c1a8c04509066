// The demo city: Nagaoka's teams, staff and about 300 families at every stage, generated from a
// seed and dated from a reference "now", so the demo is the same every run and always current.

import { teamDbName, type DemoCity } from '../couch/contract.ts';
import { demoCalendar } from './calendar.ts';
import { demoFamilyFile, type DemoDoc, type DemoStage } from './family-file.ts';
import { DEMO_TEAMS } from './places.ts';
import { seededRandom } from './random.ts';
import { DEMO_USERS, TEAM_STAFF } from './staff.ts';

export interface DemoCityOptions {
	seed?: number;
	/** how many families across all teams; default 300 */
	families?: number;
	/** the reference "now" every date is counted from; default the current time */
	now?: Date;
}

/** Share of families per team: the centre is the biggest. */
const TEAM_WEIGHTS: Record<string, number> = { chuo: 0.4, kita: 0.25, minami: 0.25, tochio: 0.1 };
const STAGES: Array<[DemoStage, number]> = [
	['pregnant', 0.3],
	['newborn', 0.2],
	['two-months', 0.3],
	['closing', 0.2]
];

function weighted<T>(value: number, options: Array<[T, number]>): T {
	let sum = 0;
	for (const [option, weight] of options) {
		sum += weight;
		if (value < sum) return option;
	}
	return options[options.length - 1]![0];
}

export function demoCity(options: DemoCityOptions = {}): DemoCity {
	const { seed = 20_261_120, families = 300, now = new Date() } = options;
	const random = seededRandom(seed);
	const calendar = demoCalendar(now);
	const docs: Record<string, DemoDoc[]> = Object.fromEntries(DEMO_TEAMS.map((team) => [team.id, []]));
	const teamShares = DEMO_TEAMS.map((team): [string, number] => [team.id, TEAM_WEIGHTS[team.id] ?? 0]);

	for (let i = 0; i < families; i++) {
		// Cycle through the stages so even a small city has every one of them.
		const stage = i < STAGES.length ? STAGES[i]![0] : weighted(random.next(), STAGES);
		const team = i < DEMO_TEAMS.length ? DEMO_TEAMS[i]!.id : weighted(random.next(), teamShares);
		const staff = TEAM_STAFF[team]!;
		const needsSupport = random.chance(0.1);
		// Promoters go where there is no one to help: families needing support, and some others.
		const promoter = staff.promoter && stage !== 'closing' && (i === 0 || random.chance(needsSupport ? 0.7 : 0.1)) ? staff.promoter : undefined;
		const distress = needsSupport ? 0.4 + random.next() * 0.6 : random.chance(0.1) ? 0.5 + random.next() * 0.4 : random.next() * 0.3;
		docs[team]!.push(...demoFamilyFile(random, calendar, { team, stage, staff, needsSupport, distress, ...(promoter ? { promoter } : {}) }));
	}
	return { teams: DEMO_TEAMS.map((team) => ({ ...team })), users: DEMO_USERS.map((user) => ({ ...user, roles: [...user.roles], teams: [...user.teams] })), docs };
}

/** Where each team's documents go, for a quick look: `{ 'yorisoi-team-chuo': 1234, … }`. */
export function demoCitySummary(city: DemoCity): Record<string, number> {
	return Object.fromEntries(Object.entries(city.docs).map(([team, list]) => [teamDbName(team), list.length]));
}
