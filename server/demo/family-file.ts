// One demo family's whole file at a stage of its journey: family, pregnancy, child, visits of each
// kind with their reviews, questionnaires, and for families needing support a risk judgement, a
// support plan and a promoter's companion visits.

import type { ChildRecord } from '../../src/lib/domain/records/child.ts';
import { newEnvelope } from '../../src/lib/domain/records/envelope.ts';
import type { FamilyRecord } from '../../src/lib/domain/records/family.ts';
import type { PregnancyRecord } from '../../src/lib/domain/records/pregnancy.ts';
import { newRecordId } from '../../src/lib/domain/records/record-id.ts';
import type { RecordType } from '../../src/lib/domain/records/record-types.ts';
import { RISK_INDICATORS, type RiskIndicator } from '../../src/lib/domain/records/risk-indicators.ts';
import type { DemoCalendar } from './calendar.ts';
import { BOY_NAMES, FAMILY_NAMES, GIRL_NAMES, MOTHER_NAMES } from './names.ts';
import { CLINICS, demoAddress, demoPhone } from './places.ts';
import type { Random } from './random.ts';
import type { TeamStaff } from './staff.ts';
import { addSupport } from './support.ts';
import { addCareVisit, addCompanionVisits, addScreening, addVisit } from './visits.ts';

export type DemoStage = 'pregnant' | 'newborn' | 'two-months' | 'closing';
export type DemoDoc = { _id: string; type: string } & Record<string, unknown>;

export interface FamilyFileInput {
	team: string;
	stage: DemoStage;
	staff: TeamStaff;
	/** a promoter visits this family (only in teams that have one) */
	promoter?: string;
	/** the family is judged to need support: risk judgement, plan, more visits */
	needsSupport: boolean;
	/** 0 = doing well … 1 = struggling */
	distress: number;
}

/** What the builders of a file share: where to put documents and how to stamp them. */
export interface FileWriter {
	random: Random;
	calendar: DemoCalendar;
	input: FamilyFileInput;
	familyId: string;
	docs: DemoDoc[];
	envelope<T extends RecordType>(type: T, offset: number, by: string, hour?: number): ReturnType<typeof newEnvelope<T>>;
}

const PLACES_STAYING = ['新潟市', '上越市', '燕市', '東京都', '群馬県', '長野県'];

/** Days from today (negative: past) of the file's milestones. */
interface Timeline {
	notification: number;
	notificationWeeks: number;
	due: number;
	/** undefined while pregnant */
	birth?: number;
	gestationalWeeks?: number;
}

function timelineFor(random: Random, stage: DemoStage, lateEntry: boolean): Timeline {
	const notificationWeeks = lateEntry ? random.int(16, 22) : random.int(6, 11);
	if (stage === 'pregnant') {
		const weeksNow = random.int(Math.max(8, notificationWeeks), 39);
		return {
			notificationWeeks,
			notification: -((weeksNow - notificationWeeks) * 7 + random.int(0, 6)) - 1,
			due: (40 - weeksNow) * 7 + random.int(-3, 3)
		};
	}
	const age = stage === 'newborn' ? random.int(3, 28) : stage === 'two-months' ? random.int(29, 110) : random.int(180, 360);
	const gestationalWeeks = random.chance(0.06) ? random.int(33, 36) : random.int(37, 41);
	const birth = -age;
	return {
		notificationWeeks,
		notification: birth - (gestationalWeeks - notificationWeeks) * 7 - random.int(0, 6),
		due: birth + (40 - gestationalWeeks) * 7 + random.int(-3, 3),
		birth,
		gestationalWeeks
	};
}

function indicatorsFor(random: Random, input: FamilyFileInput, motherAge: number, lateEntry: boolean): RiskIndicator[] {
	if (!input.needsSupport) return [];
	const found = new Set<RiskIndicator>();
	if (motherAge <= 19) found.add('young-mother');
	if (lateEntry) found.add('late-entry-into-care');
	const candidates = RISK_INDICATORS.filter((indicator) => !['young-mother', 'late-entry-into-care', 'other'].includes(indicator));
	while (found.size < 2) found.add(random.pick(candidates));
	return [...found];
}

export function demoFamilyFile(random: Random, calendar: DemoCalendar, input: FamilyFileInput): DemoDoc[] {
	const { team, stage, staff } = input;
	const lateEntry = input.needsSupport && random.chance(0.25);
	const time = timelineFor(random, stage, lateEntry);
	const motherAge = input.needsSupport && random.chance(0.25) ? random.int(17, 19) : random.int(21, 42);
	const indicators = indicatorsFor(random, input, motherAge, lateEntry);
	const interviewer = random.chance(0.5) ? staff.midwife : staff.phn;

	const docs: DemoDoc[] = [];
	const stamp = (type: RecordType, at: Date) => ({ at, id: newRecordId(type, calendar.idTime(at), random.next) });
	const familyEnvelope = newEnvelope('family', { team, by: interviewer, ...stamp('family', calendar.at(time.notification, 10)) });
	const writer: FileWriter = {
		random,
		calendar,
		input,
		familyId: familyEnvelope._id,
		docs,
		envelope: (type, offset, by, hour = random.int(9, 16)) =>
			newEnvelope(type, { team, by, familyId: familyEnvelope._id, ...stamp(type, calendar.at(Math.min(offset, -1), hour, random.int(0, 59))) })
	};

	const surname = random.pick(FAMILY_NAMES);
	const mother = random.pick(MOTHER_NAMES);
	const { district, address } = demoAddress(random, team);
	const family: FamilyRecord = {
		...familyEnvelope,
		familyName: surname.name,
		givenName: mother.name,
		familyNameKana: surname.kana,
		givenNameKana: mother.kana,
		birthDate: calendar.date(-(motherAge * 365 + random.int(0, 364))),
		phone: demoPhone(random),
		address,
		district,
		assignedTo: { midwife: staff.midwife, phn: staff.phn, ...(input.promoter ? { promoter: input.promoter } : {}) },
		status: 'active'
	};
	docs.push(family);

	const staying = random.chance(0.2);
	const pregnancy: PregnancyRecord = {
		...writer.envelope('pregnancy', time.notification, interviewer, 10),
		status: time.birth === undefined ? 'ongoing' : 'delivered',
		expectedDueDate: calendar.date(time.due),
		notificationDate: calendar.date(time.notification),
		handbookIssuedDate: calendar.date(time.notification),
		gestationalWeeksAtNotification: time.notificationWeeks,
		parity: random.pick([0, 0, 0, 1, 1, 2]),
		fetuses: 1,
		plannedBirthPlace: random.pick(CLINICS),
		...(staying ? { stayWithParents: { planned: true, place: random.pick(PLACES_STAYING) } } : {}),
		...(time.birth === undefined ? {} : { endedOn: calendar.date(time.birth) })
	};
	docs.push(pregnancy);

	const interview = addVisit(writer, time.notification, interviewer, {
		kind: 'pregnancy-interview',
		place: 'centre',
		pregnancyId: pregnancy._id,
		timing: 'notification',
		gestationalWeeks: time.notificationWeeks,
		feelingsAboutPregnancy: input.distress > 0.6 ? '不安が大きい。' : random.pick(['うれしい。', 'うれしいが少し不安もある。']),
		helpAfterBirth: indicators.includes('family-change') ? 'いない' : random.pick(['夫、実母', '夫', '義母']),
		stayWithParents: { planned: staying },
		riskIndicators: Object.fromEntries(indicators.map((indicator) => [indicator, random.pick(['present', 'needs-support'] as const)])),
		outcome: input.promoter ? { referrals: ['companion-visit'] } : {}
	});
	if (random.chance(0.25)) addScreening(writer, 'epds', time.notification, interviewer, { context: 'antenatal', visitId: interview._id, pregnancyId: pregnancy._id });

	if (time.birth === undefined) {
		addSupport(writer, { indicators, decidedAfter: time.notification, pregnancyId: pregnancy._id, pregnant: true });
		addCompanionVisits(writer, time.notification + 30, -1, 2);
		return docs;
	}

	const birth = time.birth;
	const age = -birth;
	const sex = random.chance(0.5) ? 'female' : 'male';
	const name = random.pick(sex === 'female' ? GIRL_NAMES : BOY_NAMES);
	const childCreated = Math.min(birth + random.int(1, 5), -1);
	const birthWeightG = Math.round(
		Math.max(1400, Math.min(4600, random.normal(3050 - (40 - (time.gestationalWeeks ?? 40)) * 180, 380))) / 2
	) * 2;
	const child: ChildRecord = {
		...writer.envelope('child', childCreated, staff.phn),
		pregnancyId: pregnancy._id,
		familyName: surname.name,
		...(age > 14 || random.chance(0.5) ? { givenName: name.name, givenNameKana: name.kana } : {}),
		sex,
		birthDate: calendar.date(birth),
		birthWeightG,
		gestationalWeeks: time.gestationalWeeks ?? 39,
		gestationalDays: random.int(0, 6),
		birthLengthCm: Math.round(random.normal(49, 1.8) * 10) / 10,
		birthOrder: (pregnancy.parity ?? 0) + 1
	};
	docs.push(child);
	// The delivery is recorded on the pregnancy when the child is.
	pregnancy.updatedAt = child.createdAt;
	pregnancy.updatedBy = child.createdBy;

	for (const [days, checkup] of [[14, '2-week'], [30, '1-month']] as const) {
		if (birth + days + 1 <= -1 && random.chance(0.7)) {
			addScreening(writer, 'epds', birth + days, staff.phn, { childId: child._id, clinic: { name: random.pick(CLINICS), checkup } });
		}
	}

	const visitAge = stage === 'newborn' ? random.int(7, 28) : random.int(28, 70);
	if (birth + visitAge <= -1 && random.chance(stage === 'newborn' ? 0.5 : 0.92)) {
		addCareVisit(writer, 'universal', birth + visitAge, random.chance(0.6) ? staff.phn : staff.midwife, { child, ageDays: visitAge, withQuestionnaires: true });
	}
	if (input.needsSupport || input.distress > 0.6) {
		for (let n = random.int(1, 3), day = birth + random.int(7, 14); n > 0 && day <= -1; n--, day += random.int(10, 25)) {
			addCareVisit(writer, 'postpartum-care', day, staff.midwife, { child, ageDays: day - birth, withQuestionnaires: false });
		}
	}

	addSupport(writer, { indicators, decidedAfter: time.notification, pregnancyId: pregnancy._id, childId: child._id, pregnant: false, closing: stage === 'closing' });
	addCompanionVisits(writer, birth + 10, Math.min(-1, birth + 130), 6);

	if (stage === 'closing' && random.chance(0.5)) {
		const closed = -random.int(1, 30);
		Object.assign(family, { status: 'closed', closedOn: calendar.date(closed), updatedAt: calendar.at(closed, 17).toISOString(), updatedBy: staff.phn });
	} else if (random.chance(0.02)) {
		Object.assign(family, { status: 'moved-out', closedOn: calendar.date(-1), updatedAt: calendar.at(-1, 17).toISOString(), updatedBy: staff.phn });
	}
	return docs;
}
