import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { couchAdmin } from './couch-admin.ts';
import { openFamily } from './families.ts';
import { gotoUnlocked, nav, signIn } from './shell.ts';

const teamDb = 'yorisoi-team-chuo';

/** The first sync after signing in has finished (the frame's summary says so). */
async function firstSyncDone(page: Page) {
	await expect(page.getByTestId('sync-summary')).toHaveAttribute('data-state', 'idle', { timeout: 90_000 });
}

/** A date `days` from today in Nagaoka, as the date fields take it. */
function tokyoDate(days = 0): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + days * 86_400_000));
}

async function expectNoSeriousViolations(page: Page, where: string) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
	const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(blocking.map((v) => `${where}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Today's worklist with every item of the soon group on screen (it shows 50 at a time). */
async function showAllSoon(page: Page) {
	await expect(page.getByTestId('worklist')).toBeVisible();
	const soon = page.getByRole('region', { name: /^近日/ });
	const more = soon.getByRole('button', { name: /さらに表示/ });
	while ((await more.count()) > 0) {
		const before = await soon.getByTestId('worklist-item').count();
		await more.click();
		await expect.poll(() => soon.getByTestId('worklist-item').count()).toBeGreaterThan(before);
	}
}

/** The plan-review item of the family named `name` on Today's worklist. */
function planReviewOn(page: Page, name: string) {
	return page
		.getByTestId('worklist-item')
		.filter({ has: page.getByRole('link', { name, exact: true }) })
		.filter({ hasText: '支援プランの評価・見直し' });
}

type Doc = Record<string, unknown> & { _id: string };

/**
 * An active demo family of the centre team (district nurse phn1, overseen by coordinator1) that has
 * no plan yet and a name no other family shares, so the register's search finds only it.
 */
async function familyWithoutPlan(baseURL: string): Promise<{ id: string; name: string; givenName: string }> {
	const admin = couchAdmin(baseURL);
	const families = (await admin.families(teamDb)) as Doc[];
	const plans = await admin.request<{ docs: Doc[] }>(`${teamDb}/_find`, { method: 'POST', body: { selector: { type: 'plan' }, fields: ['familyId'], limit: 10_000 } });
	const planned = new Set(plans.docs.map((doc) => doc['familyId']));
	const names = new Map<string, number>();
	for (const teamDbName of ['yorisoi-team-chuo', 'yorisoi-team-kita', 'yorisoi-team-minami', 'yorisoi-team-tochio']) {
		for (const doc of (await admin.families(teamDbName)) as Doc[]) {
			const name = `${String(doc['familyName'])} ${String(doc['givenName'])}`;
			names.set(name, (names.get(name) ?? 0) + 1);
		}
	}
	const family = families.find((doc) => {
		const assigned = doc['assignedTo'] as { phn?: string };
		return doc['status'] === 'active' && assigned.phn === 'phn1' && !planned.has(doc._id) && names.get(`${String(doc['familyName'])} ${String(doc['givenName'])}`) === 1;
	});
	if (!family) throw new Error('the demo city has no centre family without a plan');
	return { id: family._id, name: `${String(family['familyName'])} ${String(family['givenName'])}`, givenName: String(family['givenName']) };
}

test.describe('support plans', () => {
	test.describe.configure({ timeout: 300_000 });

	test('the coordinator makes a plan with the mother; its review reaches the district nurse’s Today', async ({ browser, baseURL }) => {
		const family = await familyWithoutPlan(baseURL!);
		const today = tokyoDate();
		const reviewDue = tokyoDate(7);

		const coordinator = await (await browser.newContext({ baseURL })).newPage();
		await coordinator.goto('/');
		await signIn(coordinator, 'coordinator1');
		await firstSyncDone(coordinator);
		await openFamily(coordinator, family.givenName, family.name);
		const plans = coordinator.getByRole('region', { name: '支援プラン', exact: true });
		await expect(plans.getByText('この家庭の支援プランはまだありません')).toBeVisible();
		await plans.getByRole('link', { name: '支援プランを作る' }).click();
		await expect(coordinator.getByRole('heading', { level: 1, name: '支援プランを作る' })).toBeVisible();

		// Defaults: made today by the signed-in worker, reviewed in three months.
		await expect(coordinator.getByLabel('作成日')).toHaveValue(today);
		await expect(coordinator.getByRole('textbox', { name: '作成者（ユーザー名）' })).toHaveValue('coordinator1');
		await expect(coordinator.getByLabel('評価・見直し日')).not.toHaveValue('');

		// A required field left empty says so once the worker leaves it.
		await coordinator.getByRole('textbox', { name: '全体的な課題' }).focus();
		await coordinator.getByRole('textbox', { name: '支援目標' }).focus();
		await expect(coordinator.locator('#plan-issues-error')).toHaveText('入力してください。');

		await coordinator.getByRole('combobox', { name: '支援の程度' }).selectOption({ label: '重点的な支援' });
		await coordinator.getByRole('checkbox', { name: '本人（母）と一緒に作成した' }).check();
		await coordinator.getByRole('textbox', { name: '全体的な課題' }).fill('近くに支援者がいない。夜間の授乳がつらい。');
		await expect(coordinator.locator('#plan-issues-error')).toHaveCount(0);
		await coordinator.getByRole('textbox', { name: '支援目標' }).fill('産後の生活リズムを整える。');
		await coordinator.getByRole('checkbox', { name: 'ままりら（産後デイケア）' }).check();
		await coordinator.getByRole('checkbox', { name: '産前産後寄り添い支援訪問' }).check();
		await coordinator.getByLabel('評価・見直し日').fill(reviewDue);

		await coordinator.getByRole('button', { name: '支援の予定を追加' }).click();
		const planned = coordinator.getByRole('group', { name: '支援の予定 1' });
		await planned.getByLabel('日付').fill(tokyoDate(3));
		await planned.getByRole('combobox', { name: '方法', exact: true }).selectOption({ label: 'サービスの利用' });
		await planned.getByRole('combobox', { name: 'サービス', exact: true }).selectOption({ label: 'ままりら（産後デイケア）' });
		await planned.getByRole('textbox', { name: '内容', exact: true }).fill('ままりら 週1回');
		await expectNoSeriousViolations(coordinator, 'new plan form');
		await coordinator.getByRole('button', { name: '保存' }).click();

		await expect(coordinator.getByRole('heading', { level: 1, name: `支援プラン（${today} 作成）` })).toBeVisible();
		await expect(coordinator.getByTestId('plan-consent')).toContainText('同意なし');
		await expect(coordinator.getByText('ままりら（産後デイケア）、産前産後寄り添い支援訪問')).toBeVisible();
		await expect(coordinator.getByRole('region', { name: '支援の予定', exact: true }).getByRole('cell', { name: 'ままりら 週1回' })).toBeVisible();
		await expect(coordinator.getByTestId('sync-state').first()).toHaveAttribute('data-state', 'synced', { timeout: 60_000 });
		await expectNoSeriousViolations(coordinator, 'plan page');

		await coordinator.getByRole('link', { name: '家庭のページへ戻る' }).click();
		const list = coordinator.getByRole('region', { name: '支援プラン', exact: true });
		await expect(list.getByRole('link', { name: `支援プラン（${today} 作成）` })).toBeVisible();
		await expect(list).toContainText(`見直し日 ${reviewDue}`);
		await expect(list).toContainText('重点的な支援');

		const onServer = await couchAdmin(baseURL!).request<{ docs: Doc[] }>(`${teamDb}/_find`, { method: 'POST', body: { selector: { type: 'plan', familyId: family.id } } });
		expect(onServer.docs).toHaveLength(1);
		expect(onServer.docs[0]).toMatchObject({ status: 'active', author: 'coordinator1', reviewDue, services: ['mamarira', 'companion-visit'], madeWithMother: true, consentToShare: false });
		await coordinator.context().close();

		// The family's district nurse, on her own tablet, finds the review on Today after syncing.
		const nurse = await (await browser.newContext({ baseURL })).newPage();
		await nurse.goto('/');
		await signIn(nurse, 'phn1');
		await firstSyncDone(nurse);
		await showAllSoon(nurse);
		const review = planReviewOn(nurse, family.name);
		await expect(review).toBeVisible();
		await expect(review).toHaveAttribute('data-kind', 'plan-review');

		// She evaluates it and closes it: the plan reads 終了 and its review leaves Today.
		await review.getByRole('link', { name: family.name, exact: true }).click();
		await nurse.getByRole('region', { name: '支援プラン', exact: true }).getByRole('link', { name: `支援プラン（${today} 作成）` }).click();
		await nurse.getByRole('link', { name: '変更・評価・終了' }).click();
		await expect(nurse.getByRole('heading', { level: 1, name: '支援プランを変更' })).toBeVisible();
		await nurse.getByRole('button', { name: '評価を追加' }).click();
		await nurse.getByRole('group', { name: '評価 1' }).getByRole('textbox', { name: '評価の結果', exact: true }).fill('ままりらに通えている。');
		await nurse.getByRole('checkbox', { name: 'このプランを終了する' }).check();
		await expect(nurse.getByLabel('終了日')).toHaveValue(today);
		await nurse.getByRole('button', { name: '保存' }).click();
		await expect(nurse.getByRole('group', { name: 'プランの終了' }).getByText('入力してください。')).toBeVisible();
		await nurse.getByRole('combobox', { name: '終了の理由' }).selectOption({ label: '支援終了' });
		await expectNoSeriousViolations(nurse, 'plan edit form');
		await nurse.getByRole('button', { name: '保存' }).click();
		await expect(nurse.getByRole('heading', { level: 1, name: `支援プラン（${today} 作成）` })).toBeVisible();
		await expect(nurse.getByRole('region', { name: 'プランの終了' })).toContainText('支援終了');
		await expect(nurse.getByRole('region', { name: '評価', exact: true })).toContainText('ままりらに通えている。');
		await expect(nurse.getByRole('region', { name: 'プランの基本' })).toContainText('終了');
		await nav(nurse).getByRole('link', { name: '今日' }).click();
		await showAllSoon(nurse);
		await expect(planReviewOn(nurse, family.name)).toHaveCount(0);
		await nurse.context().close();
	});

	test('a promoter who types the address of a new plan is refused', async ({ page, baseURL }) => {
		const family = await familyWithoutPlan(baseURL!);
		await page.goto('/');
		await signIn(page, 'promoter1');
		await firstSyncDone(page);
		await gotoUnlocked(page, `/families/${family.id}/plans/new`);
		await expect(page.getByRole('heading', { level: 1, name: '支援プランを作る' })).toBeVisible();
		await expect(page.getByText('支援プランを作成・変更できるのは、産後ケアコーディネーター・保健師・統括保健師だけです。')).toBeVisible();
		await expect(page.getByRole('button', { name: '保存' })).toHaveCount(0);
		await expect(page.getByRole('textbox', { name: '全体的な課題' })).toHaveCount(0);
	});
});
