// End-to-end tests drive the built app in real Chromium against the launcher and embedded server.
import { defineConfig, devices } from '@playwright/test';
import { rmSync } from 'node:fs';
import { chromiumLaunchOptions } from './tools/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4310);
export const baseURL = `http://localhost:${port}`;
const dataDir = 'test-results/e2e-data';

// Each run starts from an empty embedded server; workers re-read this file, only the runner cleans.
if (!process.env.TEST_WORKER_INDEX) rmSync(dataDir, { recursive: true, force: true });

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/e2e-artifacts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	forbidOnly: !!process.env.CI,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL,
		locale: 'ja-JP',
		timezoneId: 'Asia/Tokyo',
		trace: 'retain-on-failure',
		launchOptions: chromiumLaunchOptions()
	},
	projects: [
		{ name: 'tablet-landscape', use: { ...devices['Desktop Chrome'], viewport: { width: 1024, height: 768 }, hasTouch: true } }
	],
	webServer: {
		command: 'node server/main.ts',
		// Ready only once provisioning is done; the port answers earlier than that.
		wait: { stdout: /Yorisoi is ready at/ },
		reuseExistingServer: false,
		timeout: 120_000,
		stdout: 'pipe',
		env: {
			PORT: String(port),
			YORISOI_DATA_DIR: dataDir,
			YORISOI_DEMO: '1'
		}
	}
});
