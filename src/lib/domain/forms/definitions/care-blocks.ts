// The blocks of a home visit record (DOMAIN.md §3) as form sections, shared by the postpartum-care
// visit and the lighter universal visit: each form picks the fields it asks.
import { DIPSTICK_READINGS } from '../../records/visit-care.ts';
import { REFERRAL_TARGETS } from '../../records/services.ts';
import type { FieldDefinition, SectionDefinition } from '../types.ts';
import { bi, options } from './labels.ts';

export const FEEDING_OPTIONS = options(['breast', '母乳', 'Breast'], ['mixed', '混合', 'Mixed'], ['formula', 'ミルク', 'Formula']);
const JAUNDICE_OPTIONS = options(['none', 'なし', 'None'], ['mild', '軽度', 'Mild'], ['marked', '強い', 'Marked']);
const DIPSTICK_OPTIONS = options(...DIPSTICK_READINGS.map((reading) => [reading, reading, reading] as const));

const REFERRAL_LABELS: Record<(typeof REFERRAL_TARGETS)[number], [string, string]> = {
	mamarira: ['ままりら（産後デイケア）', 'Mamarira (day care)'],
	mamanavi: ['ままナビ', 'Mamanavi'],
	'mamanoma-cafe': ['ままのまカフェ', 'Mamanoma café'],
	'postpartum-care-visit': ['産後ケア訪問', 'Postpartum care visit'],
	'companion-visit': ['寄り添い支援訪問', 'Companion visit'],
	'child-rearing-station': ['子育ての駅', 'Child-rearing station'],
	obstetrics: ['産科', 'Obstetrics'],
	paediatrics: ['小児科', 'Paediatrics'],
	'mental-health': ['精神保健', 'Mental health'],
	'child-welfare': ['児童相談所・要対協', 'Child welfare'],
	other: ['その他', 'Other']
};

/** Every field of each block, by path; forms choose from these. */
export const CARE_FIELDS = {
	'mother.history.complications': { type: 'multi', path: 'mother.history.complications', label: bi('妊娠中の合併症', 'Pregnancy complications'), options: options(['hypertension', '妊娠高血圧', 'Hypertension'], ['diabetes', '妊娠糖尿病', 'Diabetes'], ['other', 'その他', 'Other']) },
	'mother.history.complicationsNote': { type: 'text', path: 'mother.history.complicationsNote', label: bi('合併症の内容', 'Complication details'), maxLength: 2000, when: { path: 'mother.history.complications', includes: 'other' } },
	'mother.history.deliveryMode': { type: 'choice', path: 'mother.history.deliveryMode', label: bi('分娩様式', 'Delivery'), style: 'radio', options: options(['vaginal', '経腟分娩', 'Vaginal'], ['assisted', '吸引・鉗子', 'Assisted'], ['caesarean', '帝王切開', 'Caesarean']) },
	'mother.history.deliveryCourse': { type: 'note', path: 'mother.history.deliveryCourse', label: bi('分娩経過', 'Delivery course'), maxLength: 2000 },
	'mother.history.postpartumProblems': { type: 'note', path: 'mother.history.postpartumProblems', label: bi('産褥期の異常', 'Postpartum problems'), maxLength: 2000 },
	'mother.history.familyHealth': { type: 'note', path: 'mother.history.familyHealth', label: bi('家族の健康状態', 'Family health'), maxLength: 2000 },
	'mother.exam.weightKg': { type: 'number', path: 'mother.exam.weightKg', label: bi('母の体重', "Mother's weight"), unit: 'kg', min: 25, max: 200 },
	'mother.exam.bloodPressure.systolic': { type: 'number', path: 'mother.exam.bloodPressure.systolic', label: bi('血圧（上）', 'Blood pressure, systolic'), unit: 'mmHg', min: 50, max: 260, integer: true },
	'mother.exam.bloodPressure.diastolic': { type: 'number', path: 'mother.exam.bloodPressure.diastolic', label: bi('血圧（下）', 'Blood pressure, diastolic'), unit: 'mmHg', min: 20, max: 160, integer: true },
	'mother.exam.urineProtein': { type: 'choice', path: 'mother.exam.urineProtein', label: bi('尿蛋白', 'Urine protein'), style: 'radio', options: DIPSTICK_OPTIONS },
	'mother.exam.urineGlucose': { type: 'choice', path: 'mother.exam.urineGlucose', label: bi('尿糖', 'Urine glucose'), style: 'radio', options: DIPSTICK_OPTIONS },
	'mother.exam.uterineInvolution': { type: 'choice', path: 'mother.exam.uterineInvolution', label: bi('子宮復古', 'Uterine involution'), style: 'radio', options: options(['good', '良好', 'Good'], ['delayed', '不良', 'Delayed'], ['not-assessed', '未確認', 'Not assessed']) },
	'mother.exam.lochia': { type: 'choice', path: 'mother.exam.lochia', label: bi('悪露', 'Lochia'), style: 'radio', options: options(['normal', '正常', 'Normal'], ['abnormal', '異常', 'Abnormal'], ['not-assessed', '未確認', 'Not assessed']) },
	'mother.exam.breasts': { type: 'text', path: 'mother.exam.breasts', label: bi('乳房・乳頭の状態', 'Breasts and nipples'), maxLength: 500 },
	'mother.exam.feedingMethod': { type: 'choice', path: 'mother.exam.feedingMethod', label: bi('栄養方法', 'Feeding method'), style: 'radio', options: FEEDING_OPTIONS },
	'mother.exam.sleep': { type: 'choice', path: 'mother.exam.sleep', label: bi('睡眠', 'Sleep'), style: 'radio', options: options(['enough', 'とれている', 'Enough'], ['short', '不足気味', 'Short'], ['poor', 'とれていない', 'Poor']) },
	'mother.exam.mood': { type: 'text', path: 'mother.exam.mood', label: bi('気分・表情', 'Mood'), maxLength: 500 },
	'mother.careGiven.physicalCare': { type: 'tick', path: 'mother.careGiven.physicalCare', label: bi('身体的ケア・保健栄養指導', 'Physical care, health and nutrition advice') },
	'mother.careGiven.psychologicalCare': { type: 'tick', path: 'mother.careGiven.psychologicalCare', label: bi('心理的ケア', 'Psychological care') },
	'mother.careGiven.breastCare': { type: 'tick', path: 'mother.careGiven.breastCare', label: bi('乳房ケア・授乳指導', 'Breast care, feeding guidance') },
	'mother.careGiven.babyCareTeaching': { type: 'tick', path: 'mother.careGiven.babyCareTeaching', label: bi('育児手技の指導', 'Baby-care teaching') },
	'mother.careGiven.dailyLifeAdvice': { type: 'tick', path: 'mother.careGiven.dailyLifeAdvice', label: bi('生活の助言', 'Daily-life advice') },
	'mother.careGiven.note': { type: 'note', path: 'mother.careGiven.note', label: bi('ケアの内容', 'Care given, details'), maxLength: 2000 },
	'baby.history.growth': { type: 'note', path: 'baby.history.growth', label: bi('出生後の経過', 'Growth since birth'), maxLength: 2000 },
	'baby.history.jaundice': { type: 'choice', path: 'baby.history.jaundice', label: bi('これまでの黄疸', 'Jaundice so far'), style: 'radio', options: JAUNDICE_OPTIONS },
	'baby.history.feeding': { type: 'note', path: 'baby.history.feeding', label: bi('これまでの哺乳', 'Feeding so far'), maxLength: 2000 },
	'baby.exam.weightG': { type: 'number', path: 'baby.exam.weightG', label: bi('体重', 'Weight'), unit: 'g', min: 500, max: 20000, integer: true, hint: bi('グラムで入力（例 4250）', 'In grams, e.g. 4250') },
	'baby.exam.weightGain': { type: 'computed', compute: 'weight-gain', path: 'baby.exam.weightGain', label: bi('1日あたりの体重増加', 'Weight gain per day') },
	'baby.exam.lengthCm': { type: 'number', path: 'baby.exam.lengthCm', label: bi('身長', 'Length'), unit: 'cm', min: 30, max: 100 },
	'baby.exam.headCm': { type: 'number', path: 'baby.exam.headCm', label: bi('頭囲', 'Head circumference'), unit: 'cm', min: 20, max: 60 },
	'baby.exam.chestCm': { type: 'number', path: 'baby.exam.chestCm', label: bi('胸囲', 'Chest circumference'), unit: 'cm', min: 20, max: 70 },
	'baby.exam.generalState': { type: 'text', path: 'baby.exam.generalState', label: bi('全身状態', 'General state'), maxLength: 500 },
	'baby.exam.feeding.method': { type: 'choice', path: 'baby.exam.feeding.method', label: bi('哺乳の方法', 'Feeding'), style: 'radio', options: FEEDING_OPTIONS },
	'baby.exam.feeding.timesPerDay': { type: 'number', path: 'baby.exam.feeding.timesPerDay', label: bi('授乳回数', 'Feeds per day'), unit: '回/日', min: 0, max: 30, integer: true },
	'baby.exam.feeding.amountMl': { type: 'number', path: 'baby.exam.feeding.amountMl', label: bi('1回のミルク量', 'Formula per feed'), unit: 'mL', min: 0, max: 400, integer: true, when: { path: 'baby.exam.feeding.method', in: ['mixed', 'formula'] } },
	'baby.exam.wetDiapersPerDay': { type: 'number', path: 'baby.exam.wetDiapersPerDay', label: bi('おしっこの回数', 'Wet nappies per day'), unit: '回/日', min: 0, max: 40, integer: true, hint: bi('1日5回以上が目安', 'Five or more a day is the usual sign of enough milk') },
	'baby.exam.stoolColour': { type: 'choice', path: 'baby.exam.stoolColour', label: bi('便色（便色カード番号）', 'Stool colour (card number)'), style: 'radio', numeric: true, hint: bi('母子健康手帳の便色カード 1〜7。1〜3 は早めの受診を勧めます', 'The 7-colour card in the handbook; 1–3 need prompt review'), options: options(...[1, 2, 3, 4, 5, 6, 7].map((n) => [String(n), String(n), String(n)] as const)) },
	'baby.exam.umbilicus': { type: 'choice', path: 'baby.exam.umbilicus', label: bi('臍', 'Umbilicus'), style: 'radio', options: options(['healed', '乾燥', 'Healed'], ['moist', '湿潤', 'Moist'], ['inflamed', '発赤・腫脹', 'Inflamed'], ['not-assessed', '未確認', 'Not assessed']) },
	'baby.exam.skin': { type: 'text', path: 'baby.exam.skin', label: bi('皮膚', 'Skin'), maxLength: 500 },
	'baby.exam.jaundice': { type: 'choice', path: 'baby.exam.jaundice', label: bi('黄疸', 'Jaundice'), style: 'radio', options: JAUNDICE_OPTIONS },
	'environment.home': { type: 'note', path: 'environment.home', label: bi('住環境', 'Home'), maxLength: 2000 },
	'environment.caregivers': { type: 'text', path: 'environment.caregivers', label: bi('主な養育者', 'Main caregivers'), maxLength: 500 },
	'environment.supportPersons': { type: 'text', path: 'environment.supportPersons', label: bi('支援者', 'Support persons'), maxLength: 500 },
	'environment.stayingWithParents': { type: 'tick', path: 'environment.stayingWithParents', label: bi('里帰り中', 'Staying with her parents') },
	'outcome.advice': { type: 'note', path: 'outcome.advice', label: bi('助言・指導の内容', 'Advice given'), maxLength: 2000 },
	'outcome.referrals': { type: 'multi', path: 'outcome.referrals', label: bi('つないだサービス・機関', 'Referred to'), options: options(...REFERRAL_TARGETS.map((target) => [target, ...REFERRAL_LABELS[target]] as const)) },
	'outcome.referralNote': { type: 'text', path: 'outcome.referralNote', label: bi('紹介の内容', 'Referral details'), maxLength: 500, when: { path: 'outcome.referrals', filled: true } },
	'outcome.caseConference': { type: 'tick', path: 'outcome.caseConference', label: bi('ケース会議で検討する', 'Raise at the case meeting') },
	'outcome.nextVisit.date': { type: 'date', path: 'outcome.nextVisit.date', label: bi('次回訪問予定日', 'Next visit') },
	'outcome.nextVisit.note': { type: 'text', path: 'outcome.nextVisit.note', label: bi('次回の予定メモ', 'Next visit note'), maxLength: 200, when: { path: 'outcome.nextVisit.date', filled: true } }
} as const satisfies Record<string, FieldDefinition>;

export type CareFieldPath = keyof typeof CARE_FIELDS;

export function careSection(id: string, title: [string, string], paths: readonly CareFieldPath[], extra: Partial<SectionDefinition> = {}): SectionDefinition {
	return { id, title: bi(...title), fields: paths.map((path) => CARE_FIELDS[path]), ...extra };
}

/** The three questionnaires, each its own section so it can be skipped as a whole. */
export const SCREENING_SECTIONS: Record<'epds' | 'bonding' | 'checklist', SectionDefinition> = {
	epds: {
		id: 'epds',
		title: bi('エジンバラ産後うつ病質問票（EPDS）', 'Edinburgh Postnatal Depression Scale (EPDS)'),
		description: bi('お母さんが記入した回答を写してください。採点は自動です。', "Copy the mother's answers; scoring is automatic."),
		fields: [
			{ type: 'questionnaire', instrument: 'epds', path: 'epds', label: bi('EPDS', 'EPDS') },
			{ type: 'computed', compute: 'epds-score', path: 'epds.score', label: bi('EPDS 合計点', 'EPDS total') }
		]
	},
	bonding: {
		id: 'bonding',
		title: bi('赤ちゃんへの気持ち質問票', 'Mother-to-Infant Bonding Scale'),
		fields: [
			{ type: 'questionnaire', instrument: 'bonding', path: 'bonding', label: bi('赤ちゃんへの気持ち', 'Bonding') },
			{ type: 'computed', compute: 'bonding-score', path: 'bonding.score', label: bi('合計点', 'Total') }
		]
	},
	checklist: {
		id: 'checklist',
		title: bi('育児支援チェックリスト', 'Child-rearing support checklist'),
		fields: [
			{ type: 'checklist', path: 'checklist', label: bi('育児支援チェックリスト', 'Support checklist') },
			{ type: 'computed', compute: 'checklist-risks', path: 'checklist.risks', label: bi('支援が必要な回答', 'Answers needing support') }
		]
	}
};
