// Supervision as the people doing it: a supervisor returns a visit with a comment, the midwife
// amends and resubmits, the supervisor approves; the coordinator works the 支援台帳; exports; and
// everyone else is turned away.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { couchAdmin } from './couch-admin.ts';
import { registerFamily } from './families.ts';
import { gotoUnlocked, nav, signIn, supervisionScreens, unlock } from './shell.ts';
import { addChild, answerEpds, EPDS_12_WITH_ITEM_10, startVisit } from './visits.ts';

const teamDb = 'yorisoi-team-chuo';
const unique = () => String(Date.now() % 1_000_000);

function daysAgo(days: number): string {
	return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

async function firstSyncDone(page: Page) {
	await expect(page.getByTestId('sync-summary')).toHaveAttribute('data-state', 'idle', { timeout: 120_000 });
}

async function tablet(browser: Browser, baseURL: string, user: string): Promise<Page> {
	const page = await (await browser.newContext({ baseURL })).newPage();
	await page.goto('/');
	await signIn(page, user);
	await firstSyncDone(page);
	return page;
}

/** Pulls what the server has now, as a worker would with the sync screen's button. */
async function syncNow(page: Page) {
	await nav(page).getByRole('link', { name: '同期', exact: true }).click();
	await page.getByRole('button', { name: '今すぐ同期' }).click();
	await expect(page.getByTestId('pending-count')).toHaveText('0件', { timeout: 60_000 });
	await firstSyncDone(page);
}

async function serverDocs(baseURL: string, selector: Record<string, unknown>) {
	const found = await couchAdmin(baseURL).request<{ docs: Array<Record<string, unknown>> }>(`${teamDb}/_find`, { method: 'POST', body: { selector } });
	return found.docs ?? [];
}

test.describe('supervision', () => {
	test.describe.configure({ timeout: 300_000 });

	test('a supervisor returns a visit with a comment; the midwife amends and resubmits; the supervisor approves offline', async ({ browser, baseURL }) => {
		// The midwife records a postpartum visit with an EPDS of 12 and item 10 answered.
		const midwife = await tablet(browser, baseURL!, 'midwife1');
		const givenName = `澪${unique()}`;
		const name = `森田 ${givenName}`;
		await registerFamily(midwife, { familyName: '森田', givenName, familyNameKana: 'もりた', givenNameKana: 'みお' });
		await addChild(midwife, { birthDate: daysAgo(30), birthWeightG: '3000', gestationalWeeks: '39' });
		await startVisit(midwife, '産後ケア訪問');
		await midwife.getByRole('textbox', { name: '体重', exact: true }).fill('4100');
		for (const [i, position] of EPDS_12_WITH_ITEM_10.entries()) await answerEpds(midwife, i + 1, position);
		await midwife.getByRole('button', { name: '提出する' }).click();
		await expect(midwife.getByTestId('sync-state').first()).toHaveAttribute('data-state', 'synced', { timeout: 60_000 });
		const [visit] = await serverDocs(baseURL!, { type: 'visit', createdBy: 'midwife1', visitDate: { $gte: daysAgo(1) }, kind: 'postpartum-care' }).then((docs) =>
			docs.filter((doc) => (doc['baby'] as { exam?: { weightG?: number } } | undefined)?.exam?.weightG === 4100)
		);
		expect(visit).toBeDefined();

		// The supervisor finds it in the queue, flagged, and returns it with a comment.
		const supervisor = await tablet(browser, baseURL!, 'supervisor1');
		await nav(supervisor).getByRole('link', { name: '確認', exact: true }).click();
		await expect(supervisor.getByRole('heading', { level: 1, name: '確認待ちの報告' })).toBeVisible();
		await supervisor.getByLabel('記録者').selectOption('midwife1');
		await supervisor.getByLabel('リスクの印').selectOption({ label: 'EPDS 項目10' });
		const queued = supervisor.getByTestId('review-queue').getByRole('listitem').filter({ hasText: name });
		await expect(queued).toBeVisible();
		await expect(queued.getByTestId('risk-flag').first()).toHaveAttribute('data-kind', 'epds-self-harm');
		await queued.getByRole('link').click();
		await expect(supervisor.getByTestId('review-status')).toHaveText('確認待ち');
		const panel = supervisor.getByRole('region', { name: '報告を確認する' });
		// Returning without a reason is refused with a message that says what to do.
		await panel.getByRole('button', { name: '差し戻す' }).click();
		await expect(panel.getByRole('alert')).toContainText('差し戻す理由を書いてください');
		const comment = '母の睡眠状況と、項目10への対応（誰に相談したか）を追記してください。';
		await panel.getByLabel('コメント').fill(comment);
		// Typed text survives a reload (the lock screen comes back after it).
		await supervisor.reload();
		await unlock(supervisor);
		await expect(supervisor.getByRole('region', { name: '報告を確認する' }).getByLabel('コメント')).toHaveValue(comment);
		await supervisor.getByRole('region', { name: '報告を確認する' }).getByRole('button', { name: '差し戻す' }).click();
		await expect(supervisor.getByText('差し戻しを記録しました')).toBeVisible();
		await expect(supervisor.getByTestId('review-status')).toHaveText('差し戻し');
		await expect.poll(async () => (await serverDocs(baseURL!, { type: 'review', visitId: visit!['_id'] })).length, { timeout: 60_000 }).toBe(1);
		const [review] = await serverDocs(baseURL!, { type: 'review', visitId: visit!['_id'] });
		expect(review).toMatchObject({ decision: 'returned', comment, createdBy: 'supervisor1', visitUpdatedAt: visit!['updatedAt'] });
		// The visit itself was not touched: the decision is its own record.
		const [untouched] = await serverDocs(baseURL!, { _id: visit!['_id'] });
		expect(untouched).toMatchObject({ _rev: visit!['_rev'], status: 'submitted' });

		// The midwife finds it on Today with the comment, amends and resubmits.
		await syncNow(midwife);
		await nav(midwife).getByRole('link', { name: '今日', exact: true }).click();
		const returned = midwife.locator('[data-testid="worklist-item"][data-kind="returned-visit"]').filter({ hasText: name });
		await expect(returned).toContainText(comment);
		await returned.getByRole('link', { name: /報告を直す/ }).click();
		await expect(midwife.getByRole('status').filter({ hasText: 'この記録は差し戻されました' })).toContainText(comment);
		await midwife.getByRole('link', { name: '修正して再提出する' }).click();
		await midwife.getByRole('textbox', { name: '体重', exact: true }).fill('4120');
		await midwife.getByRole('button', { name: '修正して提出する' }).click();
		await expect(midwife.getByTestId('review-status')).toHaveText('再提出（確認待ち）');
		await expect(midwife.getByTestId('sync-state').first()).toHaveAttribute('data-state', 'synced', { timeout: 60_000 });
		await nav(midwife).getByRole('link', { name: '今日', exact: true }).click();
		await expect(midwife.locator('[data-testid="worklist-item"][data-kind="returned-visit"]').filter({ hasText: name })).toHaveCount(0);

		// The supervisor sees the resubmission, reads the history, and approves it offline.
		await syncNow(supervisor);
		const awaitingBefore = await dashboardAwaiting(supervisor);
		await supervisor.getByRole('navigation', { name: '確認・支援のメニュー' }).getByRole('link', { name: '確認待ちの報告' }).click();
		const again = supervisor.getByTestId('review-queue').getByRole('listitem').filter({ hasText: name });
		await expect(again).toContainText('再提出');
		await again.getByRole('link').click();
		await expect(supervisor.getByRole('heading', { name: '確認の履歴' })).toBeVisible();
		await expect(supervisor.getByText(comment).first()).toBeVisible();
		await supervisor.context().setOffline(true);
		await supervisor.getByRole('region', { name: '報告を確認する' }).getByRole('button', { name: '承認する' }).click();
		await expect(supervisor.getByTestId('review-status')).toHaveText('承認済み');
		expect(await dashboardAwaiting(supervisor)).toBe(awaitingBefore - 1);
		await supervisor.context().setOffline(false);
		await expect.poll(async () => (await serverDocs(baseURL!, { type: 'review', visitId: visit!['_id'] })).map((doc) => doc['decision']).sort(), { timeout: 60_000 }).toEqual([
			'approved',
			'returned'
		]);
		await supervisor.context().close();
		await midwife.context().close();
	});

	test('a promoter’s companion visit returned by the nurse reaches the promoter, who amends it', async ({ browser, baseURL }) => {
		const promoter = await tablet(browser, baseURL!, 'promoter1');
		await nav(promoter).getByRole('link', { name: '家庭', exact: true }).click();
		await expect(promoter.getByTestId('family-count')).toBeVisible({ timeout: 30_000 });
		await promoter.getByRole('list', { name: '家庭' }).getByRole('link').first().click();
		// The family page is open once it offers the visit to record.
		await expect(promoter.getByRole('region', { name: '訪問を記録する' })).toBeVisible();
		const name = (await promoter.getByRole('heading', { level: 1 }).textContent())!.trim();
		expect(name).not.toBe('家庭');
		await startVisit(promoter, '寄り添い支援訪問');
		const together = `一緒に散歩をしました${unique()}`;
		await promoter.getByRole('textbox', { name: '所要時間' }).fill('60');
		await promoter.getByRole('textbox', { name: '一緒にしたこと（具体的に）' }).fill(together);
		await promoter.getByRole('textbox', { name: 'お母さんの様子' }).fill('落ち着いていました');
		await promoter.getByRole('button', { name: '提出する' }).click();
		await expect(promoter.getByTestId('sync-state').first()).toHaveAttribute('data-state', 'synced', { timeout: 60_000 });
		await expect.poll(async () => (await serverDocs(baseURL!, { type: 'visit', doneTogether: together })).length, { timeout: 60_000 }).toBe(1);
		const [companion] = await serverDocs(baseURL!, { type: 'visit', doneTogether: together });
		// The id's unique part: the family may have other companion visits waiting too.
		const visitKey = String(companion!['_id']).split(':')[1]!;

		const nurse = await tablet(browser, baseURL!, 'phn1');
		await nav(nurse).getByRole('link', { name: '確認', exact: true }).click();
		await nurse.getByLabel('訪問の種類').selectOption({ label: '寄り添い支援訪問' });
		await nurse.getByLabel('記録者').selectOption('promoter1');
		const queued = nurse.getByTestId('review-queue').getByRole('listitem').filter({ hasText: name }).filter({ has: nurse.locator(`a[href*="${visitKey}"]`) });
		await queued.getByRole('link').click();
		await expect(nurse.getByText(together)).toBeVisible();
		const panel = nurse.getByRole('region', { name: '報告を確認する' });
		await expect(panel).toContainText('コメントは推進員に届きます');
		const comment = '次回の訪問予定日も書いてください。';
		await panel.getByLabel('コメント').fill(comment);
		await panel.getByRole('button', { name: '差し戻す' }).click();
		await expect(nurse.getByText('差し戻しを記録しました')).toBeVisible();

		// The server's filter carries the review to the promoter's own database; on Today it waits with the comment.
		await expect.poll(async () => {
			const all = await couchAdmin(baseURL!).request<{ rows: Array<{ doc: Record<string, unknown> }> }>('yorisoi-promoter-promoter1/_all_docs?include_docs=true');
			return all.rows.filter((row) => row.doc['type'] === 'review' && row.doc['comment'] === comment).length;
		}, { timeout: 60_000 }).toBe(1);
		await syncNow(promoter);
		await nav(promoter).getByRole('link', { name: '今日', exact: true }).click();
		const returned = promoter.locator('[data-testid="worklist-item"][data-kind="returned-visit"]').filter({ hasText: name });
		await expect(returned.first()).toContainText(comment);
		await returned.first().getByRole('link', { name: /報告を直す/ }).click();
		await promoter.getByRole('link', { name: '修正して再提出する' }).click();
		await promoter.getByRole('textbox', { name: 'お母さんの様子' }).fill('落ち着いていました。次回は来週火曜の予定です。');
		await promoter.getByRole('button', { name: '修正して提出する' }).click();
		await expect(promoter.getByTestId('review-status')).toHaveText('再提出（確認待ち）');
		await expect(promoter.getByRole('main')).not.toContainText(/EPDS|体重|特定妊婦/);
		await promoter.context().close();
		await nurse.context().close();
	});

	test('the coordinator’s home is the 支援台帳: an alert is acknowledged, assigned and closed with the action taken', async ({ browser, baseURL }) => {
		const coordinator = await tablet(browser, baseURL!, 'coordinator1');
		const home = coordinator.getByTestId('coordinator-home');
		await expect(home.getByRole('heading', { name: /支援台帳/ })).toBeVisible();
		await expect(home.getByTestId('support-row').first()).toBeVisible();
		await home.getByRole('link', { name: /支援台帳をすべて見る/ }).click();
		await expect(coordinator.getByRole('heading', { level: 1, name: '支援台帳' })).toBeVisible();
		await coordinator.getByLabel('対応状況').selectOption({ label: '未対応' });
		const row = coordinator.getByTestId('support-row').first();
		const familyName = (await row.getByRole('heading', { level: 2 }).textContent())!.trim();
		const alert = row.getByTestId('alert').first();
		const kind = await alert.getAttribute('data-kind');
		await alert.getByRole('button', { name: '確認した' }).click();
		await coordinator.getByLabel('対応状況').selectOption({ label: '完了していないもの' });
		const same = coordinator.getByTestId('support-row').filter({ has: coordinator.getByRole('heading', { level: 2, name: familyName }) }).getByTestId('alert').and(coordinator.locator(`[data-kind="${kind}"]`)).first();
		await expect(same.getByTestId('alert-state')).toHaveText('確認済み');
		await same.getByRole('button', { name: '担当を決める' }).click();
		await same.getByRole('button', { name: '担当を記録' }).click();
		await expect(same.getByRole('alert')).toContainText('担当者のユーザー名を入力してください');
		await same.getByLabel('担当者（ユーザー名）').fill('phn1');
		await same.getByRole('button', { name: '担当を記録' }).click();
		await expect(same.getByTestId('alert-state')).toHaveText('担当決定 · 担当: phn1');
		await same.getByRole('button', { name: '対応を記録して完了' }).click();
		await same.getByRole('button', { name: '完了を記録' }).click();
		await expect(same.getByRole('alert')).toContainText('行った対応を書いてください');
		const action = '<script>alert(1)</script> 家庭訪問し、精神科受診を勧めた。';
		await same.getByLabel('行った対応').fill(action);
		await same.getByRole('button', { name: '完了を記録' }).click();
		await coordinator.getByLabel('対応状況').selectOption({ label: '完了' });
		const closed = coordinator.getByTestId('support-row').filter({ has: coordinator.getByRole('heading', { level: 2, name: familyName }) }).getByTestId('alert').first();
		await expect(closed.getByTestId('alert-state')).toHaveText('完了');
		await closed.getByText(/対応の履歴/).click();
		await expect(closed.getByText(action)).toBeVisible();
		await expect.poll(async () => (await serverDocs(baseURL!, { type: 'alert', action: 'closed', actionTaken: action })).length, { timeout: 60_000 }).toBe(1);
		const steps = await serverDocs(baseURL!, { type: 'alert', createdBy: 'coordinator1' });
		expect(steps.map((doc) => doc['action']).sort()).toEqual(expect.arrayContaining(['acknowledged', 'assigned', 'closed']));
		await coordinator.context().close();
	});

	test('exports save visits and questionnaires as CSV that Excel in Japan opens, with no formula able to run', async ({ browser, baseURL }) => {
		const supervisor = await tablet(browser, baseURL!, 'supervisor1');
		await gotoUnlocked(supervisor, '/review/exports');
		await expect(supervisor.getByRole('heading', { level: 1, name: '書き出し・印刷' })).toBeVisible();
		await supervisor.getByLabel('開始日').fill('2026-12-01');
		await supervisor.getByLabel('終了日').fill('2026-11-01');
		await expect(supervisor.getByRole('alert')).toContainText('開始日は終了日より前の日にしてください');
		await expect(supervisor.getByRole('button', { name: '訪問の一覧をCSVで保存' })).toBeDisabled();
		await supervisor.getByLabel('開始日').fill(daysAgo(120));
		await supervisor.getByLabel('終了日').fill(daysAgo(0));
		await expect(supervisor.getByTestId('export-visit-count')).not.toHaveText('0件');
		const [download] = await Promise.all([supervisor.waitForEvent('download'), supervisor.getByRole('button', { name: '訪問の一覧をCSVで保存' }).click()]);
		expect(download.suggestedFilename()).toBe(`yorisoi-visits-${daysAgo(120)}_${daysAgo(0)}.csv`);
		const bytes = readFileSync((await download.path())!);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = bytes.toString('utf8').slice(1);
		const lines = text.split('\r\n');
		expect(lines[0]).toBe('訪問日,訪問の種類,チーム,記録者,家庭ID,氏名,子ID,確認状況,確認者,確認日,リスクの印,次回訪問予定日,訪問ID');
		expect(lines.length - 2).toBe(Number((await supervisor.getByTestId('export-visit-count').textContent())!.replace(/\D/g, '')));
		for (const line of lines.slice(1)) expect(line).not.toMatch(/(^|,)[=+\-@]/);
		const [screenings] = await Promise.all([supervisor.waitForEvent('download'), supervisor.getByRole('button', { name: '質問票の一覧をCSVで保存' }).click()]);
		expect(readFileSync((await screenings.path())!).toString('utf8')).toMatch(/^\uFEFF実施日,質問票,/);
		await supervisor.context().close();
	});

	test('a promoter or a midwife reaching a supervision screen by URL is turned away; axe passes every supervision screen', async ({ browser, baseURL }) => {
		for (const user of ['promoter1', 'midwife1']) {
			const page = await (await browser.newContext({ baseURL })).newPage();
			await page.goto('/');
			await signIn(page, user);
			await expect(nav(page).getByRole('link', { name: '確認', exact: true })).toHaveCount(0);
			for (const screen of supervisionScreens) {
				await gotoUnlocked(page, screen.path);
				await expect(page.getByRole('heading', { level: 1, name: 'この画面は開けません' })).toBeVisible();
				await expect(page.getByTestId('review-queue')).toHaveCount(0);
				await expect(page.getByTestId('support-register')).toHaveCount(0);
			}
			await page.context().close();
		}
		const coordinator = await tablet(browser, baseURL!, 'coordinator1');
		for (const screen of supervisionScreens) {
			await gotoUnlocked(coordinator, screen.path);
			await expect(coordinator.getByRole('heading', { level: 1, name: screen.ja })).toBeVisible();
			const results = await new AxeBuilder({ page: coordinator }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
			const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
			expect(blocking.map((v) => `${screen.path}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
		}
		await coordinator.context().close();
	});
});

/** The dashboard's count of reports awaiting review (its key figure), reached as a user would. */
async function dashboardAwaiting(page: Page): Promise<number> {
	await nav(page).getByRole('link', { name: '確認', exact: true }).click();
	await page.getByRole('navigation', { name: '確認・支援のメニュー' }).getByRole('link', { name: 'ダッシュボード' }).click();
	const figure = page.getByTestId('key-awaiting');
	await expect(figure).toBeVisible({ timeout: 30_000 });
	return Number((await figure.textContent())!.replace(/[^\d]/g, ''));
}
