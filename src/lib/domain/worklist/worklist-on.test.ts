// The day's worklist from scheduled items: the showing window, urgency, order, and speed over a
// whole city's items.

import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.ts';
import { compareDueItems, worklistOn } from './worklist-on.ts';
import type { DueItem, ScheduledItem } from './types.ts';

function scheduled(overrides: Partial<ScheduledItem> = {}): ScheduledItem {
	return { familyId: 'family:a', kind: 'next-visit', dueOn: '2026-11-20', showFrom: '2026-11-13', ...overrides };
}

describe('worklistOn', () => {
	it('shows an item from showFrom through until, both inclusive', () => {
		const item = scheduled({ until: '2026-11-25' });
		expect(worklistOn([item], '2026-11-12')).toEqual([]);
		expect(worklistOn([item], '2026-11-13')).toHaveLength(1);
		expect(worklistOn([item], '2026-11-25')).toHaveLength(1);
		expect(worklistOn([item], '2026-11-26')).toEqual([]);
		expect(worklistOn([scheduled()], '2030-01-01')).toHaveLength(1);
	});

	it('rates urgency: immediate now, then overdue, due today, soon', () => {
		const urgency = (item: ScheduledItem, today: string) => worklistOn([item], today)[0]?.urgency;
		expect(urgency(scheduled(), '2026-11-19')).toBe('soon');
		expect(urgency(scheduled(), '2026-11-20')).toBe('due');
		expect(urgency(scheduled(), '2026-11-21')).toBe('overdue');
		expect(urgency(scheduled({ immediate: true, showFrom: '2026-11-20' }), '2026-11-20')).toBe('now');
		expect(urgency(scheduled({ immediate: true, showFrom: '2026-11-20' }), '2027-01-20')).toBe('now');
	});

	it('hands on what the screens need, without the scheduling fields', () => {
		const [item] = worklistOn([scheduled({ visitKind: 'universal', sourceId: 'visit:x', childId: 'child:y', note: 'メモ', until: '2027-01-01' })], '2026-11-20');
		expect(item).toEqual({
			familyId: 'family:a',
			kind: 'next-visit',
			dueOn: '2026-11-20',
			urgency: 'due',
			visitKind: 'universal',
			sourceId: 'visit:x',
			childId: 'child:y',
			note: 'メモ'
		});
		expect(item).not.toHaveProperty('showFrom');
	});

	it('sorts by urgency, then due date, then kind, then family', () => {
		const today = '2026-11-20';
		const items = [
			scheduled({ familyId: 'family:b', dueOn: '2026-11-25' }),
			scheduled({ familyId: 'family:a', dueOn: '2026-11-25', kind: 'plan-review' }),
			scheduled({ familyId: 'family:a', dueOn: '2026-11-25' }),
			scheduled({ familyId: 'family:c', dueOn: today }),
			scheduled({ familyId: 'family:d', dueOn: '2026-11-01', showFrom: '2026-11-01' }),
			scheduled({ familyId: 'family:e', dueOn: '2026-11-10', showFrom: '2026-11-01' }),
			scheduled({ familyId: 'family:f', kind: 'self-harm-follow-up', dueOn: '2026-11-15', showFrom: '2026-11-15', immediate: true })
		];
		expect(worklistOn(items, today).map((i) => `${i.urgency} ${i.dueOn} ${i.kind} ${i.familyId}`)).toEqual([
			'now 2026-11-15 self-harm-follow-up family:f',
			'overdue 2026-11-01 next-visit family:d',
			'overdue 2026-11-10 next-visit family:e',
			'due 2026-11-20 next-visit family:c',
			'soon 2026-11-25 next-visit family:a',
			'soon 2026-11-25 next-visit family:b',
			'soon 2026-11-25 plan-review family:a'
		]);
	});

	it('orders totally: equal items compare 0, and the order is antisymmetric', () => {
		const a: DueItem = { familyId: 'family:a', kind: 'next-visit', dueOn: '2026-11-20', urgency: 'due', sourceId: 'visit:1' };
		const b: DueItem = { ...a, sourceId: 'visit:2' };
		expect(compareDueItems(a, { ...a })).toBe(0);
		expect(Math.sign(compareDueItems(a, b))).toBe(-Math.sign(compareDueItems(b, a)));
	});

	it('filters and sorts 100,000 items quickly', () => {
		const kinds = ['universal-visit', 'next-visit', 'plan-review', 'epds-follow-up'] as const;
		const items: ScheduledItem[] = Array.from({ length: 100_000 }, (_, i) => {
			const dueOn = addDays('2026-06-01', i % 365);
			return {
				familyId: `family:${String(i % 20_000).padStart(6, '0')}`,
				kind: kinds[i % kinds.length] ?? 'next-visit',
				dueOn,
				showFrom: addDays(dueOn, -14),
				until: i % 3 === 0 ? addDays(dueOn, 60) : undefined,
				immediate: i % 997 === 0
			};
		});
		const start = performance.now();
		const due = worklistOn(items, '2026-11-20');
		const elapsed = performance.now() - start;
		expect(due.length).toBeGreaterThan(10_000);
		// Generous for a slow CI machine; typically well under 100 ms.
		expect(elapsed).toBeLessThan(1_000);
	});
});
