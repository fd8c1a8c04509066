// 乳児家庭全戸訪問 at about 2 months: the blocks of the postpartum visit, lighter — how mother and
// baby are doing, the EPDS, listening, and linking to services.
import type { VisitFormDefinition } from '../types.ts';
import { careSection, SCREENING_SECTIONS } from './care-blocks.ts';
import { bi } from './labels.ts';
import { visitFactsSection } from './visit-facts.ts';

export const universalVisitForm: VisitFormDefinition = {
	kind: 'universal',
	title: bi('乳児家庭全戸訪問', 'Universal home visit'),
	audience: 'clinical',
	screeningContext: 'postpartum',
	sections: [
		visitFactsSection('child'),
		careSection('mother', ['母の状態', 'Mother'], ['mother.exam.feedingMethod', 'mother.exam.sleep', 'mother.exam.mood', 'mother.history.postpartumProblems']),
		SCREENING_SECTIONS.epds,
		careSection('baby-exam', ['赤ちゃんの状態', 'Baby'], [
			'baby.exam.weightG',
			'baby.exam.weightGain',
			'baby.exam.lengthCm',
			'baby.exam.feeding.method',
			'baby.exam.feeding.timesPerDay',
			'baby.exam.feeding.amountMl',
			'baby.exam.wetDiapersPerDay',
			'baby.exam.stoolColour',
			'baby.exam.skin'
		]),
		careSection('environment', ['家庭環境', 'Home environment'], ['environment.caregivers', 'environment.supportPersons', 'environment.stayingWithParents']),
		careSection('outcome', ['結果と今後', 'Outcome'], ['outcome.advice', 'outcome.referrals', 'outcome.referralNote', 'outcome.caseConference', 'outcome.nextVisit.date', 'outcome.nextVisit.note'])
	]
};
