import { describe, expect, it } from 'vitest';
import { visitFormFor } from '$lib/domain/forms/definitions';
import { buildCareVisit, buildChild, buildCompanionVisit, buildEpds, buildFamily, buildInterviewVisit, buildReview, buildRisk } from '$lib/domain/records/factories';
import { buildFamilyFile } from '$lib/domain/records/factories-more';
import { mayPrintVisit, riskForum, riskReasons, visitReport } from './visit-report';

const family = buildFamily();

describe('mayPrintVisit', () => {
	const companion = buildCompanionVisit(family, {}, { by: 'promoter1' });
	const care = buildCareVisit(family, {}, { by: 'midwife1' });

	it('lets clinical staff print any visit, companion visits included', () => {
		for (const role of ['midwife', 'phn', 'coordinator', 'supervisor']) {
			expect(mayPrintVisit('someone', [role], care)).toBe(true);
			expect(mayPrintVisit('someone', [role], companion)).toBe(true);
		}
	});

	it('lets a promoter print only the companion visits they wrote', () => {
		expect(mayPrintVisit('promoter1', ['promoter'], companion)).toBe(true);
		expect(mayPrintVisit('promoter2', ['promoter'], companion)).toBe(false);
		expect(mayPrintVisit('promoter1', ['promoter'], { ...care, createdBy: 'promoter1' })).toBe(false);
	});

	it('refuses a user with no staff role, and an unknown visit kind', () => {
		expect(mayPrintVisit('promoter1', [], companion)).toBe(false);
		expect(mayPrintVisit('promoter1', ['promoter'], { kind: 'unknown' as never, createdBy: 'promoter1' })).toBe(false);
	});
});

describe('visitReport', () => {
	const child = buildChild(family);
	const visit = buildCareVisit(family, { childId: child._id });
	const other = buildCareVisit(family);
	const epds = buildEpds(family, { visitId: visit._id });
	const otherEpds = buildEpds(family, { visitId: other._id });
	const later = buildReview(visit, { decision: 'approved', comment: '確認しました' }, { at: new Date('2026-11-22T00:00:00Z') });
	const earlier = buildReview(visit, { decision: 'returned', comment: '体重の単位を確認してください' }, { at: new Date('2026-11-21T00:00:00Z') });
	const otherReview = buildReview(other);
	const file = buildFamilyFile(family, child, visit, other, epds, otherEpds, later, earlier, otherReview);
	const definition = visitFormFor(visit.kind)!;

	it('splits the visit facts from the content sections, in the form order', () => {
		const report = visitReport(file, visit, definition, ['midwife'], 'ja');
		expect(report.facts?.rows.map((row) => row.path)).toEqual(['visitDate', 'startTime', 'durationMinutes', 'place', 'childId']);
		expect(report.facts?.rows.find((row) => row.path === 'place')?.value).toBe('家庭');
		expect(report.facts?.rows.find((row) => row.path === 'childId')?.value).toContain('生まれ');
		expect(report.sections.length).toBeGreaterThan(0);
		expect(report.sections.some((section) => section.id === 'facts')).toBe(false);
		const ids = definition.sections.map((section) => section.id);
		const order = report.sections.map((section) => ids.indexOf(section.id));
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	it('writes the content in English too', () => {
		expect(visitReport(file, visit, definition, ['midwife'], 'en').facts?.rows.find((row) => row.path === 'place')?.value).toBe('Home');
	});

	it('takes only this visit’s screenings and reviews, reviews oldest first', () => {
		const report = visitReport(file, visit, definition, ['phn'], 'ja');
		expect(report.screenings.map((s) => s._id)).toEqual([epds._id]);
		expect(report.reviews.map((r) => r._id)).toEqual([earlier._id, later._id]);
	});

	it('shows a promoter no screening or judgement, even if the device held them', () => {
		const companion = buildCompanionVisit(family, {}, { by: 'promoter1' });
		const risk = buildRisk(family, { visitId: companion._id });
		const screening = buildEpds(family, { visitId: companion._id });
		const report = visitReport(buildFamilyFile(family, companion, risk, screening), companion, visitFormFor('companion')!, ['promoter'], 'ja');
		expect(report.screenings).toEqual([]);
		expect(report.risks).toEqual([]);
		expect(report.sections.flatMap((section) => section.rows.map((row) => row.value))).toContain('沐浴を一緒にした。');
	});

	it('takes the judgement recorded at an interview', () => {
		const interview = buildInterviewVisit(family);
		const risk = buildRisk(family, { visitId: interview._id });
		const unrelated = buildRisk(family);
		const report = visitReport(buildFamilyFile(family, interview, risk, unrelated), interview, visitFormFor('pregnancy-interview')!, ['phn'], 'ja');
		expect(report.risks.map((r) => r._id)).toEqual([risk._id]);
	});
});

describe('risk wording', () => {
	const risk = buildRisk(family, {
		forum: 'council',
		reasons: [
			{ indicator: 'family-change', level: 'needs-support', note: '支援者なし' },
			{ indicator: 'domestic-violence', level: 'present' }
		]
	});

	it('names reasons and levels as the interview form does', () => {
		expect(riskReasons(risk, 'ja')).toEqual([
			{ indicator: '家庭の変化（離婚・死別・ひとり親・未入籍・支援者なし）', level: '要支援', note: '支援者なし' },
			{ indicator: 'DV', level: 'あり' }
		]);
		expect(riskReasons(risk, 'en')[1]).toEqual({ indicator: 'Domestic violence', level: 'Present' });
	});

	it('names the forum', () => {
		expect(riskForum(risk, 'ja')).toBe('要保護児童対策地域協議会');
		expect(riskForum({ forum: 'team' }, 'en')).toBe('Team');
	});
});
