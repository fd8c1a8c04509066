// Where a provisioning plan comes from: the demo city, or a JSON file of a real city's teams and staff.

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ProvisionPlan } from './index.ts';

/** Imported only when asked for: generating the demo city is not free. */
export async function loadDemoPlan(): Promise<ProvisionPlan> {
	const { demoCity } = await import('../demo/city.ts');
	return demoCity();
}

const staffRole = z.enum(['midwife', 'phn', 'promoter', 'coordinator', 'supervisor', 'admin']);

const planFile = z.object({
	teams: z.array(z.object({ id: z.string().min(1), name: z.string().min(1) })),
	users: z.array(
		z.object({
			name: z.string().min(1),
			password: z.string().min(8),
			roles: z.array(staffRole).min(1),
			teams: z.array(z.string()),
			displayName: z.string().min(1)
		})
	)
});

/** `{ teams: TeamSpec[], users: UserSpec[] }`; passwords only set accounts that do not exist yet. */
export function readPlanFile(file: string): ProvisionPlan {
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(`Cannot read ${file}: ${(error as Error).message}`, { cause: error });
	}
	const parsed = planFile.safeParse(json);
	if (!parsed.success) throw new Error(`${file} is not a valid plan:\n${z.prettifyError(parsed.error)}`);
	return parsed.data;
}

/** One plan from several (the demo city plus a file, say); a later team or user of the same id wins. */
export function mergePlans(plans: ProvisionPlan[]): ProvisionPlan {
	const teams = new Map(plans.flatMap((plan) => plan.teams).map((team) => [team.id, team]));
	const users = new Map(plans.flatMap((plan) => plan.users).map((user) => [user.name, user]));
	const docs = Object.assign({}, ...plans.map((plan) => plan.docs ?? {})) as NonNullable<ProvisionPlan['docs']>;
	return { teams: [...teams.values()], users: [...users.values()], docs };
}
