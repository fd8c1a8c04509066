import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { gotoUnlocked, lockScreen, screens, signIn, unlock, waitForApp } from './shell.ts';

const viewports = [
	{ name: 'tablet landscape', width: 1024, height: 768 },
	{ name: 'tablet portrait', width: 800, height: 1280 },
	{ name: 'phone', width: 390, height: 844 }
];

for (const viewport of viewports) {
	test.describe(viewport.name, () => {
		test.use({ viewport: { width: viewport.width, height: viewport.height } });

		test('axe finds no serious or critical violation on the login screen or any screen of the shell', async ({ page }) => {
			await page.goto('/');
			await waitForApp(page);
			await expect(page.getByRole('heading', { level: 1, name: 'ログイン' })).toBeVisible();
			await expectNoSeriousViolations(page, 'login');
			await signIn(page);
			await page.getByRole('button', { name: 'ロック', exact: true }).click();
			await expect(lockScreen(page)).toBeVisible();
			await expectNoSeriousViolations(page, 'lock screen');
			await unlock(page);
			for (const screen of [...screens, { path: '/no/such/screen', ja: 'ページが見つかりません' }]) {
				await gotoUnlocked(page, screen.path);
				await expect(page.getByRole('heading', { level: 1, name: screen.ja })).toBeVisible();
				await expectNoSeriousViolations(page, screen.path);
			}
		});

		test('every menu entry is on screen and large enough to touch', async ({ page }) => {
			await page.goto('/');
			await signIn(page);
			// A midwife's menu has no review entry: that is for coordinators, supervisors and nurses.
			const links = page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link');
			await expect(links).toHaveCount(4);
			for (const link of await links.all()) {
				await expect(link).toBeInViewport();
				const box = await link.boundingBox();
				expect(box!.width).toBeGreaterThanOrEqual(44);
				expect(box!.height).toBeGreaterThanOrEqual(44);
			}
		});
	});
}

/** Puts the keyboard's starting point at the top of the page, as on a page just loaded. */
async function focusPageStart(page: Page) {
	await page.evaluate(() => {
		document.body.tabIndex = -1;
		document.body.focus();
		document.body.removeAttribute('tabindex');
	});
}

async function expectNoSeriousViolations(page: Page, where: string) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
	const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(blocking.map((v) => `${where}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('the keyboard reaches the skip link, then the menu, and the skip link moves focus to the content', async ({ page }) => {
	await page.goto('/settings');
	await signIn(page);
	await expect(page.locator('main')).toBeFocused();
	// A reload comes up locked, with the password field ready; unlocking puts focus on the content.
	await page.reload();
	await waitForApp(page);
	await expect(lockScreen(page).getByLabel('パスワード')).toBeFocused();
	await unlock(page);
	await expect(page.locator('main')).toBeFocused();
	await focusPageStart(page);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: '本文へ移動' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();

	await gotoUnlocked(page, '/settings');
	await focusPageStart(page);
	await page.keyboard.press('Tab');
	await expect(skip).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('sync-summary')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'ロック', exact: true })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'ログアウト' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('navigation').getByRole('link', { name: '今日' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('今日の予定');
});

test.describe('field screens', () => {
	test.use({ viewport: { width: 1024, height: 768 } });
	test.describe.configure({ timeout: 180_000 });

	test('axe finds no serious or critical violation on the worklist, register, family page and visit forms', async ({ page }) => {
		await page.goto('/');
		await signIn(page, 'midwife1');
		await expect(page.getByTestId('sync-summary')).toHaveAttribute('data-state', 'idle', { timeout: 90_000 });
		await expect(page.getByTestId('worklist')).toBeVisible({ timeout: 30_000 });
		await expectNoSeriousViolations(page, 'today');

		await gotoUnlocked(page, '/families');
		await expect(page.getByTestId('family-count')).toBeVisible({ timeout: 30_000 });
		await expectNoSeriousViolations(page, 'families');

		// A family with a visit on file: its page, the visit, and a new visit form with errors showing.
		await page.getByRole('checkbox', { name: /訪問の予定がある/ }).check();
		await page.getByRole('list', { name: '家庭' }).getByRole('link').first().click();
		await expect(page.getByRole('heading', { name: 'これまでの記録' })).toBeVisible();
		await expectNoSeriousViolations(page, 'family page');
		const familyUrl = page.url();
		await page.getByRole('region', { name: '訪問を記録する' }).getByRole('link', { name: '産後ケア訪問' }).click();
		await page.getByRole('textbox', { name: '体重', exact: true }).fill('40000');
		await page.getByRole('button', { name: '提出する' }).click();
		await expect(page.getByText('500〜20000 gの範囲で入力してください。')).toBeVisible();
		await expectNoSeriousViolations(page, 'postpartum visit form');
		for (const path of ['visits/new/pregnancy-interview', 'visits/new/universal', 'screenings/clinic-epds', 'children/new', 'pregnancies/new']) {
			await gotoUnlocked(page, `${familyUrl}/${path}`);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expectNoSeriousViolations(page, path);
		}
	});

	test('axe finds no serious or critical violation on the promoter’s companion visit form', async ({ page }) => {
		await page.goto('/');
		await signIn(page, 'promoter1');
		await gotoUnlocked(page, '/families');
		await expect(page.getByTestId('family-count')).toBeVisible({ timeout: 60_000 });
		await page.getByRole('list', { name: '家庭' }).getByRole('link').first().click();
		await page.getByRole('region', { name: '訪問を記録する' }).getByRole('link', { name: '寄り添い支援訪問' }).click();
		await page.getByRole('button', { name: '提出する' }).click();
		await expect(page.getByRole('alert').filter({ hasText: '問題があります' })).toBeVisible();
		await expectNoSeriousViolations(page, 'companion visit form');
	});
});
