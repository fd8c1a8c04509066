import { describe, expect, it } from 'vitest';
import { isCoordinator, isOverseer, mayKeepPlans } from './access.ts';

describe('supervision access', () => {
	it('lets coordinators, supervisors, public health nurses and administrators in', () => {
		for (const role of ['coordinator', 'supervisor', 'phn', 'admin', '_admin']) expect(isOverseer([role, 'team:chuo']), role).toBe(true);
	});

	it('turns promoters, midwives and accounts without a staff role away', () => {
		for (const roles of [['promoter'], ['midwife', 'team:chuo'], ['team:chuo'], [], ['disabled']]) expect(isOverseer(roles), roles.join()).toBe(false);
	});

	it('lets only overseers keep plans, and knows the coordinator', () => {
		expect(mayKeepPlans(['phn', 'team:kita'])).toBe(true);
		expect(mayKeepPlans(['midwife', 'team:kita'])).toBe(false);
		expect(isCoordinator(['coordinator'])).toBe(true);
		expect(isCoordinator(['supervisor'])).toBe(false);
	});
});
