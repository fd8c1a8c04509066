import { expect, test } from '@playwright/test';
import { gotoUnlocked, nav, screens, signIn, unlock, waitForOfflineReady } from './shell.ts';

test.describe('the app shell offline', () => {
	test('after one online visit the app starts with no network, and every screen opens', async ({ page, context }) => {
		await page.goto('/');
		await signIn(page);
		await waitForOfflineReady(page);
		await expect(page.getByTestId('connection-status')).toHaveText(/オンライン/);

		await context.setOffline(true);
		await expect(page.getByTestId('connection-status')).toHaveText(/オフライン/);
		await page.reload();
		await unlock(page);
		await expect(page.getByRole('heading', { level: 1, name: '今日の予定' })).toBeVisible();
		await expect(page.getByTestId('connection-status')).toHaveText(/オフライン/);

		for (const screen of screens) {
			await nav(page).getByRole('link', { name: screen.link, exact: true }).click();
			await expect(page.getByRole('heading', { level: 1, name: screen.ja, exact: true })).toBeVisible();
			await expect(page).toHaveURL(new RegExp(`${screen.path === '/' ? '/$' : screen.path}$`));
		}
	});

	test('a deep link opens offline, including one never visited online', async ({ page, context }) => {
		await page.goto('/');
		await signIn(page);
		await waitForOfflineReady(page);
		await context.setOffline(true);

		await gotoUnlocked(page, '/sync');
		await expect(page.getByRole('heading', { level: 1, name: '同期' })).toBeVisible();

		await gotoUnlocked(page, '/settings?from=bookmark');
		await expect(page.getByRole('heading', { level: 1, name: '設定' })).toBeVisible();

		await gotoUnlocked(page, '/no/such/screen');
		await expect(page.getByRole('heading', { level: 1, name: 'ページが見つかりません' })).toBeVisible();
	});

	test('the database path is never cached: offline it fails instead of answering from a cache', async ({ page, context }) => {
		await page.goto('/');
		await waitForOfflineReady(page);
		const online = await page.evaluate(async () => (await fetch('/db/')).status);
		expect(online).toBe(200);

		const cachedDbUrls = await page.evaluate(async () => {
			const urls: string[] = [];
			for (const name of await caches.keys()) {
				for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
			}
			return urls.filter((path) => path.startsWith('/db'));
		});
		expect(cachedDbUrls).toEqual([]);

		await context.setOffline(true);
		const offline = await page.evaluate(async () => {
			try {
				return `status ${(await fetch('/db/')).status}`;
			} catch {
				return 'network error';
			}
		});
		expect(offline).toBe('network error');
	});

	test('the manifest makes the app installable with real icons', async ({ page, request }) => {
		await page.goto('/');
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		expect(href).toBeTruthy();
		const manifest = await (await request.get(href!)).json();
		expect(manifest).toMatchObject({ name: expect.stringContaining('寄り添い'), short_name: '寄り添い', lang: 'ja', display: 'standalone', start_url: '/', theme_color: '#2f6f5e' });
		const icons = manifest.icons as { src: string; sizes: string; purpose: string; type: string }[];
		for (const wanted of [{ sizes: '192x192', purpose: 'any' }, { sizes: '512x512', purpose: 'any' }, { sizes: '512x512', purpose: 'maskable' }]) {
			const icon = icons.find((i) => i.sizes === wanted.sizes && i.purpose === wanted.purpose);
			expect(icon, JSON.stringify(wanted)).toBeTruthy();
			const response = await request.get(icon!.src);
			expect(response.headers()['content-type']).toBe('image/png');
			const png = await response.body();
			// PNG signature, then the IHDR width and height.
			expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
			const size = Number(wanted.sizes.split('x')[0]);
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
		}
	});
});
