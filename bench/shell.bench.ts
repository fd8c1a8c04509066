// The first screen: JavaScript shipped (gzip) and offline start-to-interactive under 4× CPU
// slowdown, against the same start online with no service worker (cold cache) in the same run.
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tools/chromium.mjs';
import { median, type BenchResult } from './stats.ts';

const runs = 7;

async function timeToInteractive(page: Page, url: string): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.goto(url);
	await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
	const mark = await page.evaluate(() => performance.getEntriesByName('yorisoi:interactive')[0]?.startTime);
	await cdp.detach();
	if (mark === undefined) throw new Error('the app never marked itself interactive');
	return mark;
}

async function firstScreenJavaScript(browser: Browser, url: string): Promise<{ raw: number; gzip: number; files: number }> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const bodies: Promise<Buffer>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') bodies.push(response.body());
	});
	await page.goto(url);
	await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
	const scripts = await Promise.all(bodies);
	await context.close();
	return { files: scripts.length, raw: scripts.reduce((n, b) => n + b.length, 0), gzip: scripts.reduce((n, b) => n + gzipSync(new Uint8Array(b)).length, 0) };
}

async function offlineStarts(context: BrowserContext, url: string): Promise<number[]> {
	const first = await context.newPage();
	await first.goto(url);
	await first.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
	await first.close();
	await context.setOffline(true);
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const page = await context.newPage();
		times.push(await timeToInteractive(page, url));
		await page.close();
	}
	return times;
}

export async function benchShell(baseUrl: string): Promise<BenchResult[]> {
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		const js = await firstScreenJavaScript(browser, `${baseUrl}/`);
		const offline = await offlineStarts(await browser.newContext(), `${baseUrl}/`);
		const online: number[] = [];
		for (let i = 0; i < runs; i++) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			online.push(await timeToInteractive(await context.newPage(), `${baseUrl}/`));
			await context.close();
		}
		const offlineMedian = median(offline);
		const onlineMedian = median(online);
		return [
			{ name: 'first screen JavaScript (gzip)', value: js.gzip / 1024, unit: 'KB', budget: 200, note: `${js.files} files, ${(js.raw / 1024).toFixed(1)} KB raw` },
			{
				name: 'offline start to interactive, 4× CPU (median)',
				value: offlineMedian,
				unit: 'ms',
				budget: 1500,
				baseline: { name: 'online, no service worker, cold cache', value: onlineMedian },
				note: `runs: ${offline.map((t) => t.toFixed(0)).join(', ')}`
			}
		];
	} finally {
		await browser.close();
	}
}
