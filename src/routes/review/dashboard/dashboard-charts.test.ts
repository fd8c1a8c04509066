// The figures as the charts take them: one value per month for every series, kinds nobody did left
// out of the team and worker rows, late and missed shown together.
import { describe, expect, it } from 'vitest';
import { translate } from '$lib/i18n/translate';
import { dashboardFigures } from '$lib/domain/supervision/dashboard';
import type { SupervisionFacts, VisitFact } from '$lib/domain/supervision/types';
import { alertsByKind, coverageByBirthMonth, monthNames, reviewStates, visitsByMonth, visitTallies, type Words } from './dashboard-charts';

const words: Words = (key, params) => translate('ja', key, params);

const visit = (visitDate: string, extra: Partial<VisitFact> = {}): VisitFact => ({
	id: `visit:${visitDate}`,
	familyId: 'family:1',
	team: 'chuo',
	kind: 'universal',
	visitDate,
	author: 'phn1',
	review: { status: 'awaiting' },
	flags: [],
	...extra
});

const facts: SupervisionFacts = {
	visits: [visit('2026-01-05'), visit('2026-03-05', { kind: 'companion', author: 'promoter1' })],
	screenings: [],
	children: [
		{ id: 'child:1', familyId: 'family:1', team: 'chuo', birthDate: '2026-01-10' },
		{ id: 'child:2', familyId: 'family:1', team: 'chuo', birthDate: '2026-01-20', universalVisitOn: '2026-06-01' }
	],
	plans: [],
	alerts: [{ id: 'a', familyId: 'family:1', team: 'chuo', kind: 'bonding', sourceId: 's', on: '2026-02-01', detail: {}, state: 'assigned', assignee: 'phn1', steps: [], current: true }]
};
const figures = dashboardFigures([facts], { from: '2026-01', to: '2026-03', today: '2026-08-01' });

describe('dashboard charts', () => {
	it('names the months in Japanese', () => {
		expect(monthNames(['2025-12', '2026-01'], words)).toEqual(['2025年12月', '2026年1月']);
	});

	it('gives every visit kind a series with one value per month', () => {
		const chart = visitsByMonth(figures, words);
		expect(chart.categories).toEqual(['2026年1月', '2026年2月', '2026年3月']);
		expect(chart.series.map((s) => s.name)).toEqual(['妊娠届出時面談', '産後ケア訪問', '全戸訪問', '寄り添い支援訪問']);
		expect(chart.series[2]!.values).toEqual([1, 0, 0]);
		expect(chart.series[3]!.values).toEqual([0, 0, 1]);
	});

	it('leaves out of the worker rows the kinds nobody did', () => {
		const chart = visitTallies(figures.byWorker, words);
		expect(chart.categories).toEqual(['phn1', 'promoter1']);
		expect(chart.series).toEqual([
			{ name: '全戸訪問', values: [1, 0] },
			{ name: '寄り添い支援訪問', values: [0, 1] }
		]);
	});

	it('shows late and missed together by month of birth', () => {
		const chart = coverageByBirthMonth(figures, words);
		expect(chart.series.map((s) => s.values)).toEqual([
			[0, 0, 0],
			[2, 0, 0],
			[0, 0, 0]
		]);
	});

	it('lists only alert kinds with an open alert, with every state', () => {
		expect(alertsByKind(figures, words)).toEqual({
			categories: ['赤ちゃんへの気持ち'],
			series: [
				{ name: '未対応', values: [0] },
				{ name: '確認済み', values: [0] },
				{ name: '担当決定', values: [1] }
			]
		});
	});

	it('counts the review states in their fixed order', () => {
		expect(reviewStates(figures, words).series[0]!.values).toEqual([2, 0, 0, 0]);
	});
});
