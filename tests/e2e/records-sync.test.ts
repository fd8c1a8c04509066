import { expect, test, type Page } from '@playwright/test';
import { couchAdmin } from './couch-admin.ts';
import { openFamily, registerFamily, syncBadge } from './families.ts';
import { nav, signIn, unlock, waitForOfflineReady } from './shell.ts';

const teamDb = 'yorisoi-team-chuo';
const unique = () => String(Date.now() % 1_000_000);

/** The first sync after signing in has finished (the frame's summary says so). */
async function firstSyncDone(page: Page) {
	await expect(page.getByTestId('sync-summary')).toHaveAttribute('data-state', 'idle', { timeout: 90_000 });
}

test.describe('records and sync', () => {
	test.describe.configure({ timeout: 180_000 });

	test('a family registered offline survives a reload and reaches the server once back online', async ({ page, context, baseURL }) => {
		await page.goto('/');
		await signIn(page, 'midwife1');
		await waitForOfflineReady(page);
		await firstSyncDone(page);

		await context.setOffline(true);
		const givenName = `春${unique()}`;
		await registerFamily(page, { familyName: '小川', givenName, familyNameKana: 'おがわ', givenNameKana: 'はる', phone: '0258-11-2233' });
		await expect(syncBadge(page)).toHaveAttribute('data-state', 'pending');

		// A reload locks the tab: the key to the data is in memory only. Offline, the password opens it.
		await page.reload();
		await unlock(page);
		await expect(page.getByRole('heading', { level: 1, name: `小川 ${givenName}` })).toBeVisible();
		await expect(syncBadge(page)).toHaveAttribute('data-state', 'pending');

		await context.setOffline(false);
		await expect(syncBadge(page)).toHaveAttribute('data-state', 'synced', { timeout: 60_000 });
		const onServer = (await couchAdmin(baseURL!).families(teamDb)).filter((doc) => doc.givenName === givenName);
		expect(onServer).toHaveLength(1);
		expect(onServer[0]).toMatchObject({ familyName: '小川', phone: '0258-11-2233', createdBy: 'midwife1', team: 'chuo' });
	});

	test('two tablets edit one family offline: different fields merge, the same field is offered side by side', async ({ browser, baseURL }) => {
		const tabletA = await (await browser.newContext({ baseURL })).newPage();
		const tabletB = await (await browser.newContext({ baseURL })).newPage();
		await tabletA.goto('/');
		await signIn(tabletA, 'midwife1');
		await tabletB.goto('/');
		await signIn(tabletB, 'phn1');
		await Promise.all([firstSyncDone(tabletA), firstSyncDone(tabletB)]);

		const givenName = `夏${unique()}`;
		await registerFamily(tabletA, { familyName: '森', givenName, familyNameKana: 'もり', givenNameKana: 'なつ' });
		await expect(syncBadge(tabletA)).toHaveAttribute('data-state', 'synced', { timeout: 60_000 });
		await syncNow(tabletB);
		await openFamily(tabletB, givenName, `森 ${givenName}`);
		await openFamily(tabletA, givenName, `森 ${givenName}`);

		// Different fields, both offline.
		await tabletA.context().setOffline(true);
		await tabletB.context().setOffline(true);
		await editPhone(tabletA, '090-1111-1111');
		await editAddress(tabletB, '長岡市大手通2-2');
		await tabletA.context().setOffline(false);
		await expect(syncBadge(tabletA)).toHaveAttribute('data-state', 'synced', { timeout: 60_000 });
		await tabletB.context().setOffline(false);
		await expect(tabletB.getByText('090-1111-1111')).toBeVisible({ timeout: 60_000 });
		await expect(tabletB.getByText('長岡市大手通2-2')).toBeVisible();
		await expect(syncBadge(tabletB)).toHaveAttribute('data-state', 'synced', { timeout: 60_000 });
		await syncNow(tabletA);
		await openFamily(tabletA, givenName, `森 ${givenName}`);
		await expect(tabletA.getByText('長岡市大手通2-2')).toBeVisible();
		const onServer = async () => (await couchAdmin(baseURL!).families(teamDb)).filter((doc) => doc.givenName === givenName);
		// The merge and the deletion of the merged-away revision reach the server with the next push.
		await expect.poll(async () => (await onServer()).map((doc) => [doc.phone, doc.address, doc._conflicts ?? []]), { timeout: 30_000 }).toEqual([
			['090-1111-1111', '長岡市大手通2-2', []]
		]);

		// The same field, both offline: nobody's edit is thrown away; a person chooses.
		await tabletA.context().setOffline(true);
		await tabletB.context().setOffline(true);
		await editPhone(tabletA, '090-2222-2222');
		await editPhone(tabletB, '090-3333-3333');
		await tabletA.context().setOffline(false);
		await expect(syncBadge(tabletA)).toHaveAttribute('data-state', 'synced', { timeout: 60_000 });
		await tabletB.context().setOffline(false);
		await expect(syncBadge(tabletB)).toHaveAttribute('data-state', 'conflict', { timeout: 60_000 });

		await nav(tabletB).getByRole('link', { name: '同期' }).click();
		await tabletB.getByRole('link', { name: '確認して解決' }).click();
		const phone = tabletB.getByRole('group', { name: '電話番号' });
		await expect(phone.getByRole('radio', { name: /090-2222-2222/ })).toBeVisible();
		await expect(phone.getByRole('radio', { name: /090-3333-3333/ })).toBeVisible();
		await phone.getByRole('radio', { name: /090-2222-2222/ }).check();
		await tabletB.getByRole('button', { name: 'この内容で解決' }).click();
		await expect(tabletB.getByRole('status').filter({ hasText: '解決しました' })).toBeVisible();
		await openFamily(tabletB, givenName, `森 ${givenName}`);
		await expect(syncBadge(tabletB)).toHaveAttribute('data-state', 'synced', { timeout: 60_000 });
		await expect.poll(async () => (await onServer()).map((doc) => [doc.phone, doc.address, doc._conflicts ?? []]), { timeout: 30_000 }).toEqual([
			['090-2222-2222', '長岡市大手通2-2', []]
		]);
	});

	test('a record the server refuses shows its reason, stays on the device, and goes once corrected', async ({ page, baseURL }) => {
		const admin = couchAdmin(baseURL!);
		await page.goto('/');
		await signIn(page, 'phn1');
		await firstSyncDone(page);
		const givenName = `秋${unique()}`;
		await registerFamily(page, { familyName: '林', givenName, familyNameKana: 'はやし', givenNameKana: 'あき' });
		await expect(syncBadge(page)).toHaveAttribute('data-state', 'synced', { timeout: 60_000 });

		// The account loses its staff role on the server while the worker is signed in.
		const user = await admin.request<{ _rev: string; roles: string[] }>('_users/org.couchdb.user:phn1');
		await admin.request('_users/org.couchdb.user:phn1', { method: 'PUT', body: { ...user, roles: user.roles.filter((r) => r !== 'phn') } });
		try {
			await editPhone(page, '0258-99-0000');
			await expect(syncBadge(page)).toHaveAttribute('data-state', 'refused', { timeout: 60_000 });
			await expect(page.getByRole('alert')).toContainText('記録を書く権限');
			await expect(page.getByText('0258-99-0000')).toBeVisible();
			await nav(page).getByRole('link', { name: '同期' }).click();
			await expect(page.getByTestId('refused-reason')).toContainText('記録を書く権限');
		} finally {
			const now = await admin.request<{ _rev: string; roles: string[] }>('_users/org.couchdb.user:phn1');
			await admin.request('_users/org.couchdb.user:phn1', { method: 'PUT', body: { ...now, roles: [...now.roles, 'phn'] } });
		}

		await page.getByRole('link', { name: '直す' }).click();
		await page.getByLabel('電話番号').fill('0258-99-0001');
		await page.getByRole('button', { name: '保存' }).click();
		await expect(syncBadge(page)).toHaveAttribute('data-state', 'synced', { timeout: 60_000 });
		const server = (await admin.families(teamDb)).filter((doc) => doc.givenName === givenName);
		expect(server[0]).toMatchObject({ phone: '0258-99-0001', updatedBy: 'phn1' });
	});
});

async function syncNow(page: Page) {
	await nav(page).getByRole('link', { name: '同期' }).click();
	await page.getByRole('button', { name: '今すぐ同期' }).click();
	await expect(page.getByTestId('sync-overall')).toHaveText('同期済み', { timeout: 60_000 });
}

async function editPhone(page: Page, phone: string) {
	await page.getByRole('link', { name: '編集' }).click();
	await page.getByLabel('電話番号').fill(phone);
	await page.getByRole('button', { name: '保存' }).click();
	await expect(page.getByText(phone)).toBeVisible();
}

async function editAddress(page: Page, address: string) {
	await page.getByRole('link', { name: '編集' }).click();
	await page.getByLabel('住所').fill(address);
	await page.getByRole('button', { name: '保存' }).click();
	await expect(page.getByText(address)).toBeVisible();
}
