import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { gotoUnlocked, nav, signIn, unlock, waitForOfflineReady } from './shell.ts';
import { buildVersion, startServer } from '../../tools/serve.ts';

// A deploy while a worker has the app open: a second build with another version replaces the
// files the server sends; the open page must offer the update and keep what was typed (as a draft:
// a reloaded tab is locked, and what was typed comes back from the device once it is unlocked).
test.describe('a new version deployed while the app is open', () => {
	test.describe.configure({ timeout: 240_000 });
	let root: string;
	let server: { url: string; process: ChildProcess } | undefined;
	const nextVersion = `next-${Date.now()}`;

	test.beforeAll(async () => {
		root = mkdtempSync(join(tmpdir(), 'yorisoi-deploy-'));
		await buildVersion(nextVersion, join(root, 'next'));
		cpSync('build', join(root, 'live'), { recursive: true });
		server = await startServer({ staticDir: join(root, 'live'), dataDir: join(root, 'data') });
	});

	test.afterAll(() => {
		server?.process.kill('SIGINT');
		rmSync(root, { recursive: true, force: true });
	});

	test('offers 新しいバージョンがあります, and reloading keeps an open draft and runs the new build', async ({ page }) => {
		await page.goto(`${server!.url}/settings`);
		await signIn(page);
		await waitForOfflineReady(page);
		const oldVersion = await page.getByTestId('app-version').textContent();
		expect(oldVersion).not.toBe(nextVersion);

		rmSync(join(root, 'live'), { recursive: true, force: true });
		cpSync(join(root, 'next'), join(root, 'live'), { recursive: true });

		// The worker opens a new form and starts typing; the navigation makes the browser look for a new worker.
		await gotoUnlocked(page, `${server!.url}/families/new`);
		const familyName = page.getByRole('textbox', { name: '氏', exact: true });
		await familyName.fill('山田');
		await page.getByRole('textbox', { name: '電話番号', exact: true }).fill('0258-12-3456');
		const prompt = page.getByRole('alertdialog', { name: '新しいバージョンがあります' });
		await expect(prompt).toBeVisible({ timeout: 60_000 });

		// The draft is saved before the reload; the reloaded tab is locked, and unlocking restores it.
		await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: '再読み込み' }).click()]);
		await unlock(page);
		await expect(page.getByRole('alertdialog')).toHaveCount(0);
		await expect(page.getByText('前回の入力途中の内容を復元しました。')).toBeVisible();
		await expect(familyName).toHaveValue('山田');
		await expect(page.getByRole('textbox', { name: '電話番号', exact: true })).toHaveValue('0258-12-3456');
		await nav(page).getByRole('link', { name: '設定' }).click();
		await expect(page.getByTestId('app-version')).toHaveText(nextVersion);
	});
});
