// The section every visit form opens with: when, where, how long, and about which child or pregnancy.
import type { FieldDefinition, SectionDefinition } from '../types.ts';
import { bi, options } from './labels.ts';

export const PLACE_OPTIONS = options(
	['home', '家庭', 'Home'],
	['centre', 'センター', 'Centre'],
	['branch-office', '支所', 'Branch office'],
	['phone', '電話', 'Phone'],
	['other', 'その他', 'Other']
);

export function visitFactsSection(about: 'child' | 'pregnancy' | 'either' | 'none', durationRequired = false): SectionDefinition {
	const refs: FieldDefinition[] = [];
	if (about === 'child' || about === 'either') refs.push({ type: 'record-ref', refType: 'child', path: 'childId', label: bi('対象の子', 'Child') });
	if (about === 'pregnancy' || about === 'either') refs.push({ type: 'record-ref', refType: 'pregnancy', path: 'pregnancyId', label: bi('対象の妊娠', 'Pregnancy') });
	return {
		id: 'facts',
		title: bi('訪問の記録', 'Visit'),
		fields: [
			{ type: 'date', path: 'visitDate', label: bi('訪問日', 'Visit date'), required: true, notFuture: true },
			{ type: 'time', path: 'startTime', label: bi('開始時刻', 'Start time') },
			{ type: 'number', path: 'durationMinutes', label: bi('所要時間', 'Duration'), unit: '分', min: 1, max: 600, integer: true, required: durationRequired },
			{ type: 'choice', path: 'place', label: bi('場所', 'Place'), options: PLACE_OPTIONS, style: 'radio' },
			...refs
		]
	};
}
