// Page helpers shared by the end-to-end tests: wait for visible states, never for time.
import { expect, type Page } from '@playwright/test';

/** The root layout marks the body once the app is mounted and interactive. */
export async function waitForApp(page: Page): Promise<void> {
	await expect(page.locator('body[data-ready="true"]')).toBeAttached();
}

/** Resolves once the service worker has installed (precached everything) and activated. */
export async function waitForOfflineReady(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		return registration.active?.state;
	});
	await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state)).toBe('activated');
}

export const demoPassword = 'yorisoi-demo';

/** Signs in through the login screen, as a worker would; the app must show the login first. */
export async function signIn(page: Page, user = 'midwife1', password = demoPassword): Promise<void> {
	await waitForApp(page);
	await page.getByLabel('ユーザー名').fill(user);
	await page.getByLabel('パスワード').fill(password);
	await page.getByRole('button', { name: 'ログイン' }).click();
	await expect(page.getByTestId('signed-in-user')).toContainText(user);
}

/** The lock screen (after idle time, "lock now", or any reload of a signed-in tab). */
export function lockScreen(page: Page) {
	return page.getByTestId('lock-screen');
}

/**
 * Unlocks the lock screen with the password, as after any reload of a signed-in tab: the key to
 * the user's data lives in memory only, so a reloaded tab always asks again.
 */
export async function unlock(page: Page, password = demoPassword): Promise<void> {
	await waitForApp(page);
	await expect(lockScreen(page)).toBeVisible();
	await lockScreen(page).getByLabel(/パスワード|Password/).fill(password);
	await lockScreen(page).getByRole('button', { name: /ロックを解除|Unlock/ }).click();
	await expect(lockScreen(page)).toHaveCount(0);
	// Attached, not visible: phones show no name in the header.
	await expect(page.getByTestId('signed-in-user')).toBeAttached();
}

/** Opens a path by the address bar (a full load) in a signed-in tab: it comes up locked. */
export async function gotoUnlocked(page: Page, path: string, password = demoPassword): Promise<void> {
	await page.goto(path);
	await unlock(page, password);
}

export function nav(page: Page) {
	return page.getByRole('navigation', { name: /メインメニュー|Main menu/ });
}

export const screens = [
	{ path: '/', ja: '今日の予定', en: "Today's visits", link: '今日' },
	{ path: '/families', ja: '家庭', en: 'Families', link: '家庭' },
	{ path: '/sync', ja: '同期', en: 'Sync', link: '同期' },
	{ path: '/settings', ja: '設定', en: 'Settings', link: '設定' }
] as const;

/** The supervision screens: coordinators, supervisors and public health nurses only. */
export const supervisionScreens = [
	{ path: '/review', ja: '確認待ちの報告', tab: '確認待ちの報告' },
	{ path: '/review/alerts', ja: '支援台帳', tab: '支援台帳' },
	{ path: '/review/dashboard', ja: 'ダッシュボード', tab: 'ダッシュボード' },
	{ path: '/review/exports', ja: '書き出し・印刷', tab: '書き出し・印刷' }
] as const;
