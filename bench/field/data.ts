// What the field benchmark stores and types: a city's records as read-model rows (the demo city's
// families, topped up with earlier visits to the budget's 100,000), search queries drawn from those
// families, and a full visit form's draft.
import { demoCity } from '../../server/demo/city.ts';
import type { DemoDoc } from '../../server/demo/family-file.ts';
import { teamDbName } from '../../src/lib/domain/databases.ts';
import { newRecordId } from '../../src/lib/domain/records/record-id.ts';
import type { RegisterQuery } from '../../src/lib/data/register/register-index.ts';
import type { RecordRow } from '../../src/lib/data/user-db.ts';

export interface CityChunk {
	rows: RecordRow[];
	families: number;
	visits: number;
	/** a sample of the chunk's families, to search for */
	samples: Array<{ familyName: string; givenName: string; familyNameKana: string; phone?: string; district: string }>;
}

function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function rowOf(doc: DemoDoc, pending: boolean): RecordRow {
	const { _rev: _ignored, ...body } = doc;
	const rev = '1-0123456789abcdef';
	return {
		_id: doc._id,
		db: teamDbName(String(doc['team'])),
		type: doc.type,
		team: String(doc['team']),
		familyId: String(doc['familyId']),
		rev,
		...(pending ? {} : { syncedRev: rev }),
		conflicted: false,
		syncState: pending ? 'pending' : 'synced',
		updatedAt: String(doc['updatedAt']),
		doc: body
	};
}

/**
 * One chunk of the city: `families` demo families (seeded, so every run stores the same city), plus
 * earlier copies of their visits until the chunk holds `visits` visits. A copy is dated weeks before
 * its original, so it never changes what the worklist rules see as the latest visit.
 */
export function cityChunk(seed: number, families: number, visits: number, now: Date): CityChunk {
	const random = mulberry32(seed);
	const docs = Object.values(demoCity({ seed, families, now }).docs).flat();
	const originals = docs.filter((doc) => doc.type === 'visit');
	const copies: DemoDoc[] = [];
	for (let i = 0; originals.length > 0 && originals.length + copies.length < visits; i++) {
		const visit = originals[Math.floor(random() * originals.length)]!;
		const weeksBefore = 2 + (i % 40);
		const date = new Date(`${String(visit['visitDate'])}T01:00:00Z`);
		date.setUTCDate(date.getUTCDate() - 7 * weeksBefore);
		const { nextVisit: _next, ...rest } = visit;
		copies.push({ ...rest, _id: newRecordId('visit', date, random), visitDate: date.toISOString().slice(0, 10) });
	}
	const all = [...docs, ...copies];
	const samples = docs
		.filter((doc, i) => doc.type === 'family' && i % 7 === 0)
		.map((doc) => ({
			familyName: String(doc['familyName']),
			givenName: String(doc['givenName']),
			familyNameKana: String(doc['familyNameKana']),
			district: String(doc['district']),
			...(typeof doc['phone'] === 'string' ? { phone: doc['phone'] } : {})
		}));
	return {
		rows: all.map((doc) => rowOf(doc, random() < 0.02)),
		families: docs.filter((doc) => doc.type === 'family').length,
		visits: originals.length + copies.length,
		samples
	};
}

const HALF_WIDTH: Record<string, string> = Object.fromEntries(
	[...'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンャュョッァィゥェォー'].map((ch, i) => [
		ch,
		'ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｬｭｮｯｧｨｩｪｫｰ'[i]!
	])
);

function toKatakana(text: string): string {
	return text.replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}

/** Katakana as a worker types it on a half-width keyboard setting (voiced marks split off). */
function toHalfWidth(text: string): string {
	return [...toKatakana(text).normalize('NFD')]
		.map((ch) => (ch === '\u3099' ? 'ﾞ' : ch === '\u309a' ? 'ﾟ' : (HALF_WIDTH[ch] ?? ch)))
		.join('');
}

/** What workers type and tick in the register, in a fixed mix: every kind of term and filter. */
export function registerQueries(samples: CityChunk['samples'], count: number, teams: string[]): RegisterQuery[] {
	const random = mulberry32(7);
	const queries: RegisterQuery[] = [];
	for (let i = 0; i < count; i++) {
		const family = samples[Math.floor(random() * samples.length)]!;
		const kana = family.familyNameKana;
		switch (i % 10) {
			case 0: queries.push({ text: kana.slice(0, 2) }); break;
			case 1: queries.push({ text: toKatakana(kana) }); break;
			case 2: queries.push({ text: toHalfWidth(kana) }); break;
			case 3: queries.push({ text: family.familyName }); break;
			case 4: queries.push({ text: `${family.familyName} ${family.givenName}` }); break;
			case 5: queries.push({ text: (family.phone ?? '0258-12-3456').replace(/\D/g, '').slice(-4) }); break;
			case 6: queries.push({ text: family.district, status: 'active' }); break;
			case 7: queries.push({ risk: true }); break;
			case 8: queries.push({ due: true, team: teams[i % teams.length] }); break;
			default: queries.push({}); break;
		}
	}
	return queries;
}

/** A postpartum-care visit form half an hour in: about 60 fields, some of them free text. */
export function visitDraftValues(keystroke: number): Record<string, unknown> {
	const note = '授乳は1日8回程度、夜間は2回。母は睡眠不足を訴えるが表情は明るい。'.repeat(3);
	const values: Record<string, unknown> = {
		visitDate: '2026-11-20', startTime: '10:00', durationMinutes: 60, place: 'home', childId: 'child:0mwoaxo001000000000',
		'mother.exam.weightKg': 58.4, 'mother.exam.bloodPressure.systolic': 118, 'mother.exam.bloodPressure.diastolic': 72,
		'mother.exam.urineProtein': 'negative', 'mother.exam.urineGlucose': 'negative', 'mother.exam.uterineInvolution': 'good',
		'mother.exam.lochia': 'normal', 'mother.exam.breasts': 'soft', 'mother.exam.nipples': 'normal', 'mother.exam.feedingMethod': 'breast',
		'mother.exam.sleep': 'short', 'mother.exam.mood': 'stable', 'mother.exam.appetite': 'good', 'mother.exam.pain': 'none',
		'baby.exam.weightG': 4210, 'baby.exam.lengthCm': 53.5, 'baby.exam.headCm': 37.2, 'baby.exam.chestCm': 36.8,
		'baby.exam.temperatureC': 36.9, 'baby.exam.heartRate': 132, 'baby.exam.respiratoryRate': 42, 'baby.exam.jaundice': 'none',
		'baby.exam.skin': 'normal', 'baby.exam.umbilicus': 'healed', 'baby.exam.stoolColour': 5, 'baby.exam.wetDiapersPerDay': 7,
		'baby.exam.stoolsPerDay': 4, 'baby.exam.feedsPerDay': 8, 'baby.exam.suck': 'good', 'baby.exam.sleepHours': 15,
		'epds.answers': [0, 1, 1, 0, 1, 0, 1, 0, 0, 0], 'bonding.answers': [0, 0, 1, 0, 0, 0, 0, 0, 0, 0],
		'checklist.answers': { 'someone-to-confide-in': 'yes', 'financial-worry': 'no', 'housing-dissatisfaction': 'no' },
		'environment.smokers': false, 'environment.pets': true, 'environment.heating': 'kerosene', 'environment.safeSleep': true,
		'support.partner': 'helps', 'support.parents': 'nearby', 'support.services': ['mamarira', 'mamanoma-cafe'],
		'support.stayWithParents': false, 'outcome.linkedServices': ['companion-visit'], 'outcome.caseConference': false,
		'outcome.referral': 'none', 'outcome.nextVisit.date': '2026-12-04', 'outcome.nextVisit.note': '体重の再確認',
		'notes.mother': note, 'notes.baby': note, 'notes.family': note, 'notes.environment': note,
		'outcome.advice': note, 'consent.share': true, 'consent.photo': false, 'signature.visitor': 'midwife1',
		'meta.formVersion': 3, 'meta.device': 'tablet-12'
	};
	// The field being typed into grows by one character per keystroke.
	values['notes.mother'] = `${note}${'あ'.repeat(keystroke % 200)}`;
	return values;
}
