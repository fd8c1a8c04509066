// 産後ケア訪問: a midwife's postpartum care home visit — every block of DOMAIN.md §3, with the
// EPDS, the bonding scale and the support checklist.
import type { VisitFormDefinition } from '../types.ts';
import { careSection, SCREENING_SECTIONS } from './care-blocks.ts';
import { bi } from './labels.ts';
import { visitFactsSection } from './visit-facts.ts';

export const postpartumCareVisitForm: VisitFormDefinition = {
	kind: 'postpartum-care',
	title: bi('産後ケア訪問', 'Postpartum care visit'),
	audience: 'clinical',
	screeningContext: 'postpartum',
	sections: [
		visitFactsSection('child'),
		careSection('mother-history', ['母の既往・経過', 'Mother: history'], [
			'mother.history.complications',
			'mother.history.complicationsNote',
			'mother.history.deliveryMode',
			'mother.history.deliveryCourse',
			'mother.history.postpartumProblems',
			'mother.history.familyHealth'
		]),
		careSection('mother-exam', ['母の状態', 'Mother: examination'], [
			'mother.exam.weightKg',
			'mother.exam.bloodPressure.systolic',
			'mother.exam.bloodPressure.diastolic',
			'mother.exam.urineProtein',
			'mother.exam.urineGlucose',
			'mother.exam.uterineInvolution',
			'mother.exam.lochia',
			'mother.exam.breasts',
			'mother.exam.feedingMethod',
			'mother.exam.sleep',
			'mother.exam.mood'
		]),
		SCREENING_SECTIONS.epds,
		SCREENING_SECTIONS.bonding,
		SCREENING_SECTIONS.checklist,
		careSection('mother-care', ['母へのケア', 'Mother: care given'], [
			'mother.careGiven.physicalCare',
			'mother.careGiven.psychologicalCare',
			'mother.careGiven.breastCare',
			'mother.careGiven.babyCareTeaching',
			'mother.careGiven.dailyLifeAdvice',
			'mother.careGiven.note'
		]),
		careSection('baby-history', ['赤ちゃんの経過', 'Baby: history'], ['baby.history.growth', 'baby.history.jaundice', 'baby.history.feeding']),
		careSection('baby-exam', ['赤ちゃんの状態', 'Baby: examination'], [
			'baby.exam.weightG',
			'baby.exam.weightGain',
			'baby.exam.lengthCm',
			'baby.exam.headCm',
			'baby.exam.chestCm',
			'baby.exam.generalState',
			'baby.exam.feeding.method',
			'baby.exam.feeding.timesPerDay',
			'baby.exam.feeding.amountMl',
			'baby.exam.wetDiapersPerDay',
			'baby.exam.stoolColour',
			'baby.exam.umbilicus',
			'baby.exam.skin',
			'baby.exam.jaundice'
		]),
		careSection('environment', ['家庭環境', 'Home environment'], ['environment.home', 'environment.caregivers', 'environment.supportPersons', 'environment.stayingWithParents']),
		careSection('outcome', ['結果と今後', 'Outcome'], [
			'outcome.advice',
			'outcome.referrals',
			'outcome.referralNote',
			'outcome.caseConference',
			'outcome.nextVisit.date',
			'outcome.nextVisit.note'
		])
	]
};
