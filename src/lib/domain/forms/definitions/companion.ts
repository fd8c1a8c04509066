// 産前産後寄り添い支援訪問: a promoter's companion visit. Nothing clinical, by design: a promoter
// is a volunteer and their device holds only what a companion visit needs (DOMAIN.md §7).
import { COMPANION_ACTIVITIES } from '../../records/visit.ts';
import type { VisitFormDefinition } from '../types.ts';
import { bi, options } from './labels.ts';
import { visitFactsSection } from './visit-facts.ts';

const ACTIVITY_LABELS: Record<(typeof COMPANION_ACTIVITIES)[number], [string, string]> = {
	bathing: ['沐浴', 'Bathing'],
	feeding: ['授乳・ミルク', 'Feeding'],
	nappies: ['おむつ替え', 'Nappies'],
	housework: ['家事', 'Housework'],
	outing: ['外出・買い物', 'Outing'],
	talking: ['話を聴く', 'Listening'],
	other: ['その他', 'Other']
};

export const companionVisitForm: VisitFormDefinition = {
	kind: 'companion',
	title: bi('寄り添い支援訪問', 'Companion visit'),
	audience: 'promoter',
	screeningContext: 'postpartum',
	sections: [
		// A promoter's device holds no child records: the visit is about the family.
		visitFactsSection('none', true),
		{
			id: 'together',
			title: bi('一緒にしたこと', 'Done together'),
			fields: [
				{ type: 'multi', path: 'activities', label: bi('内容', 'Activities'), options: options(...COMPANION_ACTIVITIES.map((a) => [a, ...ACTIVITY_LABELS[a]] as const)) },
				{ type: 'note', path: 'doneTogether', label: bi('一緒にしたこと（具体的に）', 'What you did together'), required: true, maxLength: 2000 },
				{ type: 'note', path: 'motherSeemed', label: bi('お母さんの様子', 'How the mother seemed'), required: true, maxLength: 2000 }
			]
		},
		{
			id: 'handover',
			title: bi('保健師への連絡', 'For the public health nurse'),
			fields: [
				{
					type: 'note',
					path: 'concernsForPhn',
					label: bi('保健師に伝えたい気がかり', 'Concerns to pass on'),
					hint: bi('気になったことがあれば書いてください。保健師に届きます。', 'Anything the public health nurse should know reaches them.'),
					maxLength: 2000
				},
				{ type: 'date', path: 'nextVisit.date', label: bi('次回訪問予定日', 'Next visit') },
				{ type: 'text', path: 'nextVisit.note', label: bi('次回の予定メモ', 'Next visit note'), maxLength: 200, when: { path: 'nextVisit.date', filled: true } },
				{ type: 'text', path: 'note', label: bi('備考', 'Remarks'), maxLength: 500 }
			]
		}
	]
};
