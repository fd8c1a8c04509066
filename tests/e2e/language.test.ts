import { expect, test } from '@playwright/test';
import { nav, signIn, unlock, waitForApp } from './shell.ts';

test('Japanese by default; English chosen in Settings is remembered across reloads', async ({ page }) => {
	await page.goto('/');
	await waitForApp(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('ログイン');
	await signIn(page, 'phn1');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('今日の予定');
	// Dates the Japanese way: 2026年11月24日(火)
	await expect(page.getByTestId('today-date')).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日\([日月火水木金土]\)$/);

	await nav(page).getByRole('link', { name: '設定' }).click();
	await page.getByRole('radio', { name: 'English' }).check();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	await page.reload();
	await waitForApp(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Locked');
	await unlock(page, 'yorisoi-demo');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
	await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
	await nav(page).getByRole('link', { name: 'Today' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Today's visits");

	await nav(page).getByRole('link', { name: 'Settings' }).click();
	await page.getByRole('radio', { name: '日本語' }).check();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('設定');
	await page.reload();
	await unlock(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('設定');
});
