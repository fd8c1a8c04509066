import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer } from '../../tools/serve.ts';
import { couchAdmin } from './couch-admin.ts';
import { registerFamily, syncBadge } from './families.ts';
import { nav, signIn } from './shell.ts';

// The server (proxy and database) goes away in the middle of a push and comes back: sync resumes
// by itself and both sides end the same, with nothing written twice.
test.describe('the connection cut mid-sync', () => {
	test.describe.configure({ timeout: 240_000 });
	const port = Number(process.env.E2E_CUT_PORT ?? 4320);
	let dataDir: string;
	let server: { url: string; process: ChildProcess } | undefined;

	test.beforeAll(async () => {
		dataDir = mkdtempSync(join(tmpdir(), 'yorisoi-cut-'));
		server = await startServer({ staticDir: 'build', dataDir, port });
	});

	test.afterAll(() => {
		server?.process.kill('SIGINT');
		rmSync(dataDir, { recursive: true, force: true });
	});

	test('a push cut off by the server stopping resumes when it returns; both sides identical', async ({ page, context }) => {
		await page.goto(`${server!.url}/`);
		await signIn(page, 'midwife1');
		await expect(page.getByTestId('sync-summary')).toHaveAttribute('data-state', 'idle', { timeout: 90_000 });

		await context.setOffline(true);
		const givenName = `冬${Date.now() % 1_000_000}`;
		await registerFamily(page, { familyName: '石田', givenName, familyNameKana: 'いしだ', givenNameKana: 'ふゆ' });

		// Hold the push at the door until the server is gone, so the cut falls inside the sync.
		let pushSeen!: () => void;
		const pushing = new Promise<void>((resolve) => (pushSeen = resolve));
		let release!: () => void;
		const released = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/db/yorisoi-team-chuo/_bulk_docs', async (route) => {
			pushSeen();
			await released;
			await route.continue().catch(() => {});
		});
		await context.setOffline(false);
		await pushing;
		const stopped = once(server!.process, 'exit');
		server!.process.kill('SIGINT');
		await stopped;
		release();
		await page.unroute('**/db/yorisoi-team-chuo/_bulk_docs');
		await expect(syncBadge(page)).toHaveAttribute('data-state', 'pending');
		await expect(page.getByTestId('sync-summary')).not.toHaveAttribute('data-state', 'idle');

		server = await startServer({ staticDir: 'build', dataDir, port });
		await expect(syncBadge(page)).toHaveAttribute('data-state', 'synced', { timeout: 90_000 });

		const families = await couchAdmin(server.url, dataDir).families('yorisoi-team-chuo');
		expect(families.filter((doc) => doc.givenName === givenName)).toHaveLength(1);
		await nav(page).getByRole('link', { name: '家庭' }).click();
		await expect(page.getByTestId('family-count')).toHaveText(`${families.length}件`);
		await page.getByRole('searchbox', { name: '家庭を検索' }).fill(givenName);
		await expect(page.getByRole('list', { name: '家庭' }).getByRole('listitem')).toHaveCount(1);
	});
});
