import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { screens, signIn, waitForApp } from './shell.ts';

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
			for (const screen of [...screens, { path: '/no/such/screen', ja: 'ページが見つかりません' }]) {
				await page.goto(screen.path);
				await waitForApp(page);
				await expect(page.getByRole('heading', { level: 1, name: screen.ja })).toBeVisible();
				await expectNoSeriousViolations(page, screen.path);
			}
		});

		test('every menu entry is on screen and large enough to touch', async ({ page }) => {
			await page.goto('/');
			await signIn(page);
			const links = page.getByRole('navigation').getByRole('link');
			await expect(links).toHaveCount(5);
			for (const link of await links.all()) {
				await expect(link).toBeInViewport();
				const box = await link.boundingBox();
				expect(box!.width).toBeGreaterThanOrEqual(44);
				expect(box!.height).toBeGreaterThanOrEqual(44);
			}
		});
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
	await page.reload();
	await waitForApp(page);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: '本文へ移動' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();

	await page.goto('/settings');
	await waitForApp(page);
	await page.keyboard.press('Tab');
	await expect(skip).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('sync-summary')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'ログアウト' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('navigation').getByRole('link', { name: '今日' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('今日の予定');
});
