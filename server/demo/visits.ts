// The demo's visits (with the reviews that approve or return them) and questionnaires.

import type { ChildRecord } from '../../src/lib/domain/records/child.ts';
import type { ScreeningInstrument } from '../../src/lib/domain/records/screening.ts';
import type { VisitKind } from '../../src/lib/domain/records/visit.ts';
import type { DemoDoc, FileWriter } from './family-file.ts';
import { REVIEWERS } from './staff.ts';
import { babyWeightG, bondingResult, careAdvice, checklistAnswers, COMPANION_RETURN_COMMENTS, companionNotes, epdsResult, RETURN_COMMENTS } from './visit-content.ts';

type VisitBody = { kind: VisitKind } & Record<string, unknown>;

/** Most visits older than a few days have been reviewed; a few were returned with a reason. */
function review(writer: FileWriter, visit: DemoDoc & { createdBy: string }, offset: number): void {
	const { random, input } = writer;
	if (offset > -3 || random.chance(0.1)) return;
	let reviewer = visit['kind'] === 'companion' ? input.staff.phn : random.pick([input.staff.phn, ...REVIEWERS]);
	if (reviewer === visit.createdBy) reviewer = 'supervisor1';
	const returned = random.chance(0.06);
	const decision = returned
		? { decision: 'returned', comment: random.pick(visit['kind'] === 'companion' ? COMPANION_RETURN_COMMENTS : RETURN_COMMENTS) }
		: random.chance(0.2)
			? { decision: 'approved', comment: '確認しました。' }
			: { decision: 'approved' };
	// The decision is the review record alone; it names the version of the visit it read.
	const record = { ...writer.envelope('review', offset + random.int(1, 2), reviewer, 17), visitId: visit._id, visitUpdatedAt: visit.updatedAt, visitBy: visit.createdBy, ...decision };
	writer.docs.push(record);
}

export function addVisit(writer: FileWriter, offset: number, by: string, body: VisitBody): DemoDoc & { createdBy: string } {
	const visit = {
		...writer.envelope('visit', offset, by),
		status: 'submitted',
		visitDate: writer.calendar.date(Math.min(offset, -1)),
		...body
	};
	writer.docs.push(visit);
	review(writer, visit, offset);
	return visit;
}

function distressNow(writer: FileWriter): number {
	return Math.max(0, Math.min(1, writer.input.distress + writer.random.normal(0, 0.08)));
}

interface ScreeningOptions {
	context?: 'postpartum' | 'antenatal';
	visitId?: string;
	childId?: string;
	pregnancyId?: string;
	/** a result reported by a clinic: totals only */
	clinic?: { name: string; checkup: '2-week' | '1-month' };
}

export function addScreening(writer: FileWriter, instrument: ScreeningInstrument, offset: number, by: string, options: ScreeningOptions): void {
	const { random } = writer;
	const distress = distressNow(writer);
	const { clinic, context = 'postpartum', ...links } = options;
	// A clinic's result reaches the centre some days after the checkup.
	const entered = clinic ? offset + random.int(1, 5) : offset;
	const common = { ...writer.envelope('screening', entered, by), context, screenedOn: writer.calendar.date(offset), ...links };
	if (instrument === 'epds') {
		const { answers, total, item10 } = epdsResult(random, distress);
		writer.docs.push(clinic ? { ...common, instrument, source: 'clinic', clinic, total, item10 } : { ...common, instrument, source: 'visit', answers, total, item10 });
	} else if (instrument === 'bonding') {
		writer.docs.push({ ...common, instrument, source: 'visit', ...bondingResult(random, distress) });
	} else {
		writer.docs.push({ ...common, instrument, source: 'visit', answers: checklistAnswers(random, distress) });
	}
}

export function addCareVisit(
	writer: FileWriter,
	kind: 'universal' | 'postpartum-care',
	offset: number,
	by: string,
	{ child, ageDays, withQuestionnaires }: { child: ChildRecord; ageDays: number; withQuestionnaires: boolean }
): void {
	const { random, input } = writer;
	const struggling = input.distress > 0.5;
	const highPressure = random.chance(0.05);
	const visit = addVisit(writer, offset, by, {
		kind,
		startTime: `${random.int(9, 15)}:${random.pick(['00', '15', '30', '45'])}`.padStart(5, '0'),
		durationMinutes: random.int(45, 90),
		place: 'home',
		childId: child._id,
		pregnancyId: child.pregnancyId,
		mother: {
			exam: {
				weightKg: Math.round(random.normal(56, 6) * 10) / 10,
				bloodPressure: highPressure ? { systolic: random.int(140, 152), diastolic: random.int(88, 96) } : { systolic: random.int(100, 128), diastolic: random.int(58, 80) },
				...(ageDays < 42 ? { uterineInvolution: 'good', lochia: 'normal' } : {}),
				feedingMethod: random.pick(['breast', 'mixed', 'mixed', 'formula']),
				sleep: struggling ? 'poor' : random.pick(['enough', 'short']),
				mood: struggling ? '表情が硬く、涙ぐむ場面あり' : '穏やか'
			},
			careGiven: { breastCare: random.chance(0.5), babyCareTeaching: true, psychologicalCare: struggling, dailyLifeAdvice: random.chance(0.5) }
		},
		baby: {
			exam: {
				weightG: babyWeightG(random, child.birthWeightG, ageDays),
				lengthCm: Math.round(((child.birthLengthCm ?? 49) + ageDays * 0.11) * 10) / 10,
				headCm: Math.round((33 + Math.min(ageDays, 120) * 0.05) * 10) / 10,
				feeding: { timesPerDay: random.int(7, 11) },
				wetDiapersPerDay: random.int(6, 10),
				stoolColour: random.chance(0.01) ? 3 : random.int(4, 7),
				umbilicus: ageDays > 14 ? 'healed' : random.pick(['healed', 'moist']),
				jaundice: ageDays < 14 ? random.pick(['none', 'mild']) : 'none'
			}
		},
		environment: {
			caregivers: input.promoter ? '母のみ（日中）' : random.pick(['母、父', '母、父、祖母']),
			supportPersons: input.promoter ? '近くにいない' : random.pick(['実母（市内）', '義母（同居）', '夫']),
			stayingWithParents: false
		},
		outcome: {
			advice: careAdvice(random),
			...(struggling ? { referrals: [random.pick(['mamarira', 'postpartum-care-visit'] as const)] } : {}),
			caseConference: input.needsSupport && random.chance(0.5),
			nextVisit: struggling ? { date: writer.calendar.date(Math.max(offset + 14, 1)) } : { note: '4か月児健診' }
		}
	});
	if (!withQuestionnaires) return;
	const links = { visitId: visit._id, childId: child._id };
	addScreening(writer, 'epds', offset, by, links);
	if (random.chance(0.7)) addScreening(writer, 'bonding', offset, by, links);
	if (random.chance(0.5)) addScreening(writer, 'checklist', offset, by, links);
}

/** A promoter's companion visits about every two weeks between two days, at most `max`. */
export function addCompanionVisits(writer: FileWriter, from: number, to: number, max: number): void {
	const { random, input } = writer;
	if (!input.promoter) return;
	for (let day = from + random.int(0, 7), count = 0; day <= to && count < max; day += random.int(11, 17), count++) {
		const notes = companionNotes(random, distressNow(writer));
		const next = day + 14;
		addVisit(writer, day, input.promoter, {
			kind: 'companion',
			durationMinutes: random.pick([60, 90, 90, 120]),
			activities: [...notes.activities],
			doneTogether: notes.doneTogether,
			motherSeemed: notes.motherSeemed,
			...(notes.concernsForPhn ? { concernsForPhn: notes.concernsForPhn } : {}),
			...(next > -1 ? { nextVisit: { date: writer.calendar.date(next) } } : {})
		});
	}
}
