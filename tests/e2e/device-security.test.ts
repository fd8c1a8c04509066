// Device security as a worker meets it on a shared tablet: the app locks itself, a reload comes up
// locked, wrong passwords are counted and the tenth erases the user's data, users switch without
// seeing each other's work, logout can erase, and an account disabled on the server is erased.
import { expect, test, type Page } from '@playwright/test';
import { couchAdmin } from './couch-admin.ts';
import { registerFamily } from './families.ts';
import { demoPassword, lockScreen, nav, signIn, unlock, waitForApp, waitForOfflineReady } from './shell.ts';
import { addChild, answerEpds, draftSaved, startVisit } from './visits.ts';

const unique = () => String(Date.now() % 1_000_000);

function daysAgo(days: number): string {
	return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** A family with a baby, and a 産後ケア訪問 form left half-filled on screen. */
async function openPostpartumDraft(page: Page, givenName: string): Promise<void> {
	await registerFamily(page, { familyName: '石田', givenName, familyNameKana: 'いしだ', givenNameKana: 'あおい' });
	await addChild(page, { birthDate: daysAgo(30), birthWeightG: '3050', gestationalWeeks: '39' });
	await startVisit(page, '産後ケア訪問');
	await page.getByRole('textbox', { name: '体重', exact: true }).fill('4250');
	for (const [i, position] of [1, 1, 1].entries()) await answerEpds(page, i + 1, position);
	await draftSaved(page);
}

/** The names of this origin's IndexedDB databases that belong to `user`. */
async function databasesOf(page: Page, user: string): Promise<string[]> {
	const names = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));
	return names.filter((name) => name.includes(user));
}

async function tryPassword(page: Page, password: string): Promise<void> {
	await lockScreen(page).getByLabel('パスワード').fill(password);
	await lockScreen(page).getByRole('button', { name: 'ロックを解除' }).click();
}

async function lockNow(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'ロック', exact: true }).click();
	await expect(lockScreen(page)).toBeVisible();
}

/** Nothing of the user's data is on screen or anywhere in the page while locked. */
async function expectNothingShown(page: Page, ...texts: string[]): Promise<void> {
	await expect(nav(page)).toHaveCount(0);
	await expect(page.getByTestId('signed-in-user')).toHaveCount(0);
	const html = await page.content();
	for (const text of texts) expect(html).not.toContain(text);
}

test.describe('device security', () => {
	test.describe.configure({ timeout: 180_000 });

	test('locks after five idle minutes with a visit half-filled; the right password returns to it untouched', async ({ page }) => {
		await page.clock.install();
		await page.goto('/');
		await signIn(page, 'midwife1');
		const givenName = `葵${unique()}`;
		await openPostpartumDraft(page, givenName);

		// Four minutes without input: still open. Five: locked, and the form is gone from the page.
		await page.clock.fastForward('04:00');
		await expect(page.getByRole('textbox', { name: '体重', exact: true })).toHaveValue('4250');
		await page.clock.fastForward('01:01');
		await expect(lockScreen(page)).toBeVisible();
		await expect(lockScreen(page)).toContainText('midwife1 さんの画面はロックされています');
		await expectNothingShown(page, givenName, '4250');

		await tryPassword(page, 'not-my-password');
		await expect(lockScreen(page).getByRole('alert')).toHaveText('パスワードが違います。確認してもう一度入力してください。');
		await expect(lockScreen(page)).toBeVisible();

		await unlock(page);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('産後ケア訪問');
		await expect(page.getByText(/下書きを復元しました/)).toBeVisible();
		await expect(page.getByRole('textbox', { name: '体重', exact: true })).toHaveValue('4250');
		await expect(page.getByText('10問中3問回答')).toBeVisible();
	});

	test('the idle time is a device setting; a reload comes up locked and keeps only the user’s name', async ({ page }) => {
		await page.clock.install();
		await page.goto('/');
		await signIn(page, 'midwife1');
		const givenName = `蓮${unique()}`;
		await registerFamily(page, { familyName: '小林', givenName, familyNameKana: 'こばやし', givenNameKana: 'れん' });

		await page.reload();
		await waitForApp(page);
		await expect(lockScreen(page)).toBeVisible();
		await expectNothingShown(page, givenName);
		// The tab keeps the user's name for the lock screen, and nothing else of ours.
		const kept = await page.evaluate(() => Object.entries(sessionStorage));
		expect(kept.filter(([key]) => key.startsWith('yorisoi'))).toEqual([['yorisoi.activeUser', 'midwife1']]);
		expect(JSON.stringify(kept)).not.toContain(givenName);
		await unlock(page);
		await expect(page.getByRole('heading', { level: 1, name: `小林 ${givenName}` })).toBeVisible();

		await nav(page).getByRole('link', { name: '設定' }).click();
		await expect(page.getByRole('radio', { name: '5分', exact: true })).toBeChecked();
		await page.getByRole('radio', { name: '1分', exact: true }).check();
		await page.reload();
		await unlock(page);
		await expect(page.getByRole('radio', { name: '1分', exact: true })).toBeChecked();
		await page.clock.fastForward('01:01');
		await expect(lockScreen(page)).toBeVisible();
		await unlock(page);
		await page.getByRole('radio', { name: '5分', exact: true }).check();
	});

	test('two users on one tablet: each sees only their own work, and the first one’s draft waits for her', async ({ page, context }) => {
		await page.goto('/');
		await signIn(page, 'midwife1');
		await waitForOfflineReady(page);
		// Offline, so nothing of hers reaches the server (and from there phn1) meanwhile.
		await context.setOffline(true);
		const givenName = `凛${unique()}`;
		await openPostpartumDraft(page, givenName);
		await lockNow(page);

		await lockScreen(page).getByRole('button', { name: '別のユーザーでログイン' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'ログイン' })).toBeVisible();
		await expect(page).toHaveURL(/\/$/);
		await context.setOffline(false);
		await signIn(page, 'phn1');
		await expect(page.getByRole('heading', { level: 1, name: '今日の予定' })).toBeVisible();
		// phn1 begins a draft of her own: her list shows it, and nothing of midwife1's.
		await nav(page).getByRole('link', { name: '家庭' }).click();
		await page.getByRole('link', { name: '家庭を登録' }).click();
		await page.getByRole('textbox', { name: '氏', exact: true }).fill('佐藤');
		await nav(page).getByRole('link', { name: '今日' }).click();
		const drafts = page.getByRole('region', { name: '書きかけの下書き' });
		await expect(drafts.getByText('家庭の登録・編集')).toBeVisible();
		await expect(drafts.getByRole('listitem')).toHaveCount(1);
		await expect(page.getByRole('main')).not.toContainText(givenName);
		await nav(page).getByRole('link', { name: '家庭' }).click();
		await page.getByRole('searchbox', { name: '家庭を検索' }).fill(givenName);
		await expect(page.getByText(`「${givenName}」に一致する家庭はありません。`)).toBeVisible({ timeout: 30_000 });

		await lockNow(page);
		await lockScreen(page).getByRole('button', { name: '別のユーザーでログイン' }).click();
		await signIn(page, 'midwife1');
		// Her search box starts empty: what phn1 typed stayed with phn1.
		await nav(page).getByRole('link', { name: '家庭' }).click();
		await expect(page.getByRole('searchbox', { name: '家庭を検索' })).toHaveValue('');
		await nav(page).getByRole('link', { name: '今日' }).click();
		const hers = page.getByRole('region', { name: '書きかけの下書き' });
		await expect(hers.getByText(`石田 ${givenName}`)).toBeVisible();
		await expect(hers.getByText('家庭の登録・編集')).toHaveCount(0);
		await hers.getByRole('link', { name: '続きを入力' }).click();
		await expect(page.getByRole('textbox', { name: '体重', exact: true })).toHaveValue('4250');
		await expect(page.getByText('10問中3問回答')).toBeVisible();
	});

	test('ten wrong passwords in a row erase the user’s data, after warnings; the next sign-in needs the network', async ({ page, context }) => {
		await page.clock.install();
		await page.goto('/');
		await signIn(page, 'midwife1');
		const givenName = `楓${unique()}`;
		await registerFamily(page, { familyName: '中村', givenName, familyNameKana: 'なかむら', givenNameKana: 'かえで' });
		expect(await databasesOf(page, 'midwife1')).not.toEqual([]);
		await lockNow(page);

		const message = lockScreen(page).getByTestId('lock-message');
		for (let attempt = 1; attempt <= 9; attempt++) {
			await tryPassword(page, `guess-${attempt}`);
			await expect(message).toContainText('パスワードが違います');
			if (attempt >= 5) await expect(message).toContainText(`あと${10 - attempt}回間違えると、この端末のmidwife1さんのデータは消去されます。`);
			else await expect(message).not.toContainText('消去');
			// The wait after each wrong attempt grows; the clock skips it.
			await page.clock.fastForward('01:01');
			await expect(lockScreen(page).getByRole('button', { name: 'ロックを解除' })).toBeEnabled();
		}
		await tryPassword(page, 'guess-10');

		await expect(page.getByRole('heading', { level: 1, name: 'ログイン' })).toBeVisible();
		await expect(page.getByTestId('session-notice')).toContainText('パスワードを続けて10回間違えたため、この端末のmidwife1さんのデータを消去しました。');
		await expect.poll(() => databasesOf(page, 'midwife1')).toEqual([]);
		expect(await page.evaluate(() => sessionStorage.getItem('yorisoi.activeUser'))).toBeNull();

		// Even the right password cannot open anything offline now: there is nothing left to open.
		await context.setOffline(true);
		await page.getByLabel('ユーザー名').fill('midwife1');
		await page.getByLabel('パスワード').fill(demoPassword);
		await page.getByRole('button', { name: 'ログイン' }).click();
		await expect(page.getByRole('alert').filter({ hasText: 'ネットワーク接続が必要です' })).toBeVisible();
		await context.setOffline(false);
	});

	test('logout keeps the data for an offline sign-in, or erases it when asked', async ({ page, context }) => {
		await page.goto('/');
		await signIn(page, 'midwife1');
		await waitForOfflineReady(page);
		const userMenu = page.getByRole('dialog', { name: 'ログアウト' });

		await page.getByRole('button', { name: 'ログアウト' }).click();
		await userMenu.getByRole('button', { name: 'この端末にデータを残してログアウト' }).click();
		await context.setOffline(true);
		await signIn(page, 'midwife1');

		await page.getByRole('button', { name: 'ログアウト' }).click();
		await userMenu.getByRole('button', { name: 'この端末から自分のデータを消去してログアウト' }).click();
		await expect(page.getByTestId('session-notice')).toContainText('この端末からmidwife1さんのデータを消去しました。');
		await expect.poll(() => databasesOf(page, 'midwife1')).toEqual([]);
		await page.getByLabel('ユーザー名').fill('midwife1');
		await page.getByLabel('パスワード').fill(demoPassword);
		await page.getByRole('button', { name: 'ログイン' }).click();
		await expect(page.getByRole('alert').filter({ hasText: 'ネットワーク接続が必要です' })).toBeVisible();
		await context.setOffline(false);
	});

	test('an account disabled on the server is erased from the device at the next contact', async ({ page, baseURL }) => {
		const admin = couchAdmin(baseURL!);
		const userDoc = '_users/org.couchdb.user:midwife2';
		const setDisabled = async (disabled: boolean) => {
			const user = await admin.request<{ _rev: string; roles: string[] }>(userDoc);
			const roles = user.roles.filter((role) => role !== 'disabled');
			await admin.request(userDoc, { method: 'PUT', body: { ...user, roles: disabled ? [...roles, 'disabled'] : roles } });
		};
		await page.goto('/');
		await signIn(page, 'midwife2');
		await expect(page.getByTestId('sync-summary')).toHaveAttribute('data-state', 'idle', { timeout: 90_000 });
		expect(await databasesOf(page, 'midwife2')).not.toEqual([]);

		try {
			await setDisabled(true);
			// The next sync run is the next contact.
			await nav(page).getByRole('link', { name: '同期' }).click();
			await page.getByRole('button', { name: '今すぐ同期' }).click();
			await expect(page.getByTestId('session-notice')).toContainText('midwife2さんのアカウントはサーバーで無効にされているため、この端末のデータを消去しました。', { timeout: 60_000 });
			await expect.poll(() => databasesOf(page, 'midwife2')).toEqual([]);

			// Signing in is a contact too: the server lets the password through, the app does not.
			await page.getByLabel('ユーザー名').fill('midwife2');
			await page.getByLabel('パスワード').fill(demoPassword);
			await page.getByRole('button', { name: 'ログイン' }).click();
			await expect(page.getByTestId('session-notice')).toContainText('サーバーで無効にされている');
			await expect(page.getByTestId('signed-in-user')).toHaveCount(0);
			expect(await databasesOf(page, 'midwife2')).toEqual([]);
		} finally {
			await setDisabled(false);
		}
	});
});
