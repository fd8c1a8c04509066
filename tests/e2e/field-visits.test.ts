import { expect, test, type Page } from '@playwright/test';
import { couchAdmin } from './couch-admin.ts';
import { openFamily, registerFamily } from './families.ts';
import { nav, signIn, unlock, waitForOfflineReady } from './shell.ts';
import { addChild, answerEpds, draftSaved, EPDS_12_WITH_ITEM_10, startVisit } from './visits.ts';

const teamDb = 'yorisoi-team-chuo';
const unique = () => String(Date.now() % 1_000_000);

async function firstSyncDone(page: Page) {
	await expect(page.getByTestId('sync-summary')).toHaveAttribute('data-state', 'idle', { timeout: 90_000 });
}

function daysAgo(days: number): string {
	return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

test.describe('field visits', () => {
	test.describe.configure({ timeout: 240_000 });

	test('a postpartum visit made offline survives a closed page, syncs, and raises the flag on the coordinator’s tablet', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ baseURL });
		let page = await context.newPage();
		await page.goto('/');
		await signIn(page, 'midwife1');
		await waitForOfflineReady(page);
		await firstSyncDone(page);

		await context.setOffline(true);
		const givenName = `葵${unique()}`;
		await registerFamily(page, { familyName: '石田', givenName, familyNameKana: 'いしだ', givenNameKana: 'あおい' });
		await addChild(page, { birthDate: daysAgo(30), birthWeightG: '3050', gestationalWeeks: '39' });
		await startVisit(page, '産後ケア訪問');
		await page.getByRole('textbox', { name: '体重', exact: true }).fill('4250');
		await expect(page.getByRole('status').filter({ hasText: 'g/日' })).toBeVisible();
		for (const [i, position] of EPDS_12_WITH_ITEM_10.slice(0, 5).entries()) await answerEpds(page, i + 1, position);
		await draftSaved(page);

		// The tab is closed halfway; a new one opens offline and the worker signs in again.
		await page.close();
		page = await context.newPage();
		await page.goto('/');
		await signIn(page, 'midwife1');
		const drafts = page.getByRole('region', { name: '書きかけの下書き' });
		await expect(drafts.getByText(`石田 ${givenName}`)).toBeVisible();
		await drafts.getByRole('link', { name: '続きを入力' }).click();
		await expect(page.getByText(/下書きを復元しました/)).toBeVisible();
		await expect(page.getByRole('textbox', { name: '体重', exact: true })).toHaveValue('4250');
		await expect(page.getByText('10問中5問回答')).toBeVisible();
		for (const [i, position] of EPDS_12_WITH_ITEM_10.entries()) if (i >= 5) await answerEpds(page, i + 1, position);
		await expect(page.getByRole('status').filter({ hasText: '12点' })).toContainText('項目10');
		await page.getByRole('button', { name: '提出する' }).click();

		await expect(page.getByRole('heading', { level: 1, name: '産後ケア訪問' })).toBeVisible();
		await expect(page.getByText('合計 12点（区分点 9点）')).toBeVisible();
		await expect(page.getByRole('alert').filter({ hasText: '項目10' })).toBeVisible();
		await expect(page.getByTestId('sync-state').first()).toHaveAttribute('data-state', 'pending');

		await context.setOffline(false);
		await expect(page.getByTestId('sync-state').first()).toHaveAttribute('data-state', 'synced', { timeout: 60_000 });
		const admin = couchAdmin(baseURL!);
		const familyId = (await admin.families(teamDb)).find((doc) => doc.givenName === givenName)?._id;
		expect(familyId).toBeDefined();
		const docs = await admin.request<{ docs: Array<Record<string, unknown>> }>(`${teamDb}/_find`, { method: 'POST', body: { selector: { familyId } } });
		const visit = docs.docs.find((doc) => doc['type'] === 'visit');
		const screening = docs.docs.find((doc) => doc['type'] === 'screening');
		expect(visit).toMatchObject({ kind: 'postpartum-care', status: 'submitted', createdBy: 'midwife1', baby: { exam: { weightG: 4250 } } });
		expect(screening).toMatchObject({ instrument: 'epds', total: 12, item10: 2, visitId: visit?.['_id'], answers: EPDS_12_WITH_ITEM_10 });

		const coordinator = await (await browser.newContext({ baseURL })).newPage();
		await coordinator.goto('/');
		await signIn(coordinator, 'coordinator1');
		await firstSyncDone(coordinator);
		await openFamily(coordinator, givenName, `石田 ${givenName}`);
		await expect(coordinator.getByText(/EPDS 項目10/).first()).toBeVisible();
		await coordinator.context().close();
		await context.close();
	});

	test('a promoter logs a companion visit and sees no clinical field anywhere', async ({ page, baseURL }) => {
		await page.goto('/');
		await signIn(page, 'promoter1');
		await firstSyncDone(page);
		const clinical = /EPDS|エジンバラ|赤ちゃんへの気持ち|チェックリスト|体重|特定妊婦|血圧|便色/;
		await expect(page.getByRole('main')).not.toContainText(clinical);

		await nav(page).getByRole('link', { name: '家庭' }).click();
		await expect(page.getByTestId('family-count')).toBeVisible({ timeout: 30_000 });
		await expect(page.getByRole('main')).not.toContainText(clinical);
		await page.getByRole('list', { name: '家庭' }).getByRole('link').first().click();
		await expect(page.getByRole('main')).not.toContainText(clinical);
		await expect(page.getByRole('link', { name: '産後ケア訪問' })).toHaveCount(0);

		await startVisit(page, '寄り添い支援訪問');
		await expect(page.getByRole('main')).not.toContainText(clinical);
		await page.getByRole('textbox', { name: '所要時間' }).fill('90');
		await page.getByRole('checkbox', { name: '沐浴' }).check();
		await page.getByRole('textbox', { name: '一緒にしたこと（具体的に）' }).fill('一緒に沐浴をしました');
		await page.getByRole('textbox', { name: 'お母さんの様子' }).fill('笑顔で話していました');
		await page.getByRole('textbox', { name: '保健師に伝えたい気がかり' }).fill('夜あまり眠れていないそうです');
		await page.getByRole('button', { name: '提出する' }).click();
		await expect(page.getByRole('heading', { level: 1, name: '寄り添い支援訪問' })).toBeVisible();
		await expect(page.getByText('一緒に沐浴をしました')).toBeVisible();
		await expect(page.getByRole('main')).not.toContainText(clinical);
		await expect(page.getByTestId('sync-state').first()).toHaveAttribute('data-state', 'synced', { timeout: 60_000 });

		// The promoter's own database received the visit; nothing clinical ever reached it.
		const admin = couchAdmin(baseURL!);
		const all = await admin.request<{ rows: Array<{ doc: Record<string, unknown> }> }>('yorisoi-promoter-promoter1/_all_docs?include_docs=true');
		const docs = all.rows.map((row) => row.doc).filter((doc) => !String(doc['_id']).startsWith('_design'));
		expect(docs.some((doc) => doc['type'] === 'visit' && doc['doneTogether'] === '一緒に沐浴をしました')).toBe(true);
		// Besides families and companion visits, only reviews of the promoter's own visits (a returned visit's comment).
		expect(docs.filter((doc) => !(doc['type'] === 'family' || (doc['type'] === 'visit' && doc['kind'] === 'companion') || (doc['type'] === 'review' && doc['visitBy'] === 'promoter1')))).toEqual([]);
	});

	test('bad input gets a message per field and nothing typed is lost', async ({ page }) => {
		await page.goto('/');
		await signIn(page, 'midwife1');
		await firstSyncDone(page);
		const givenName = `楓${unique()}`;
		await registerFamily(page, { familyName: '中村', givenName, familyNameKana: 'なかむら', givenNameKana: 'かえで' });
		await addChild(page, { birthDate: daysAgo(20), birthWeightG: '2980', gestationalWeeks: '38' });
		await startVisit(page, '産後ケア訪問');

		const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
		await page.getByLabel('訪問日').fill(tomorrow);
		await page.getByRole('textbox', { name: '体重', exact: true }).fill('40000');
		await page.getByRole('textbox', { name: '身長', exact: true }).fill('五十');
		await page.getByRole('textbox', { name: '助言・指導の内容' }).fill('<script>alert("x")</script>');
		await answerEpds(page, 1, 0);
		await draftSaved(page);
		await page.getByRole('button', { name: '提出する' }).click();

		await expect(page.getByRole('alert').filter({ hasText: '問題があります' })).toBeVisible();
		await expect(page.getByText('未来の日付は入力できません。')).toBeVisible();
		await expect(page.getByText('500〜20000 gの範囲で入力してください。')).toBeVisible();
		await expect(page.getByText('数字で入力してください（例 4250）。')).toBeVisible();
		await expect(page.getByText(/1問だけ回答されています/)).toBeVisible();
		await expect(page.getByRole('textbox', { name: '体重', exact: true })).toHaveAttribute('aria-invalid', 'true');

		// Nothing is lost across a reload, the hostile text included, as text.
		await page.reload();
		await unlock(page);
		await expect(page.getByRole('textbox', { name: '体重', exact: true })).toHaveValue('40000');
		await expect(page.getByRole('textbox', { name: '身長', exact: true })).toHaveValue('五十');
		await expect(page.getByRole('textbox', { name: '助言・指導の内容' })).toHaveValue('<script>alert("x")</script>');

		let dialogs = 0;
		page.on('dialog', (dialog) => {
			dialogs += 1;
			void dialog.dismiss();
		});
		await page.getByLabel('訪問日').fill(daysAgo(0));
		await page.getByRole('textbox', { name: '体重', exact: true }).fill('3400');
		await page.getByRole('textbox', { name: '身長', exact: true }).fill('５０．５');
		await page.getByRole('button', { name: '回答をすべて消す' }).click();
		await page.getByRole('button', { name: '提出する' }).click();
		await expect(page.getByRole('heading', { level: 1, name: '産後ケア訪問' })).toBeVisible();
		await expect(page.getByText('<script>alert("x")</script>')).toBeVisible();
		await expect(page.getByText('50.5 cm')).toBeVisible();
		expect(dialogs).toBe(0);
	});
});
