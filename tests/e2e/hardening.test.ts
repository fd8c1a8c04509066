// Browser hardening, as a worker's session sees it: the Content-Security-Policy is enforced and never
// violated, the app asks nothing of any other origin, and what the worker types (a name, a phone
// number, screening answers) appears in no URL, no request's address and no console message.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { registerFamily } from './families.ts';
import { gotoUnlocked, nav, signIn, unlock, waitForApp, waitForOfflineReady } from './shell.ts';
import { addChild, answerEpds, draftSaved, EPDS_12_WITH_ITEM_10, startVisit } from './visits.ts';

const unique = () => String(Date.now() % 1_000_000).padStart(6, '0');

function daysAgo(days: number): string {
	return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

function readable(url: string): string {
	try {
		return decodeURIComponent(url);
	} catch {
		return url;
	}
}

interface Violation {
	directive: string;
	blocked: string;
	url: string;
	sample: string;
}

/** Everything the session does that could leak or break: requests, addresses, console, CSP reports. */
async function watch(context: BrowserContext) {
	const seen = { requests: [] as Array<{ url: string; referer: string | undefined }>, urls: [] as string[], console: [] as string[], violations: [] as Violation[] };
	context.on('request', (request) => seen.requests.push({ url: request.url(), referer: request.headers()['referer'] }));
	await context.exposeBinding('__reportCspViolation', (_source, violation: Violation) => {
		seen.violations.push(violation);
	});
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { __reportCspViolation(v: unknown): void }).__reportCspViolation;
			void report({ directive: event.effectiveDirective, blocked: event.blockedURI, url: event.documentURI, sample: event.sample });
		});
	});
	const follow = (page: Page) => {
		page.on('console', (message) => seen.console.push(`${message.type()}: ${message.text()}`));
		page.on('pageerror', (error) => seen.console.push(`pageerror: ${error.name}: ${error.message}`));
		page.on('framenavigated', (frame) => {
			if (frame === page.mainFrame()) seen.urls.push(frame.url());
		});
	};
	for (const page of context.pages()) follow(page);
	context.on('page', follow);
	return seen;
}

const cspInConsole = /Content[- ]Security[- ]Policy|Refused to (load|execute|apply|connect|evaluate|frame)|Permissions[- ]Policy/i;

test.describe('browser hardening', () => {
	test.describe.configure({ timeout: 240_000 });

	test('the policy arrives as a header and as the page’s meta, and they agree', async ({ page, baseURL }) => {
		const response = await page.goto('/families');
		const header = response?.headers()['content-security-policy'] ?? '';
		const meta = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
		expect(header).toBe(`${meta}; frame-ancestors 'none'`);
		for (const directive of ["default-src 'none'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "style-src 'self'"]) expect(meta).toContain(directive);
		// Scripts: the app's own files and Kit's one bootstrap, by hash; nothing inline otherwise, no eval.
		expect(meta).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
		expect(meta).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
		expect(response?.headers()).toMatchObject({
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'no-referrer',
			'x-frame-options': 'DENY',
			'cross-origin-opener-policy': 'same-origin'
		});
		expect(response?.headers()['permissions-policy']).toContain('camera=()');

		// The service worker runs under the same policy, sent with its own script.
		const worker = await page.request.get(`${baseURL}/service-worker.js`);
		expect(worker.headers()['content-security-policy']).toBe(header);
	});

	test('the policy is enforced: injected inline script does not run, and no other site can frame the app', async ({ page, context, baseURL }) => {
		const seen = await watch(context);
		await page.goto('/');
		await waitForApp(page);
		const ran = await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.__injected = true';
			document.head.append(script);
			const image = new Image();
			image.src = 'https://tracker.example/pixel.gif';
			return (window as unknown as { __injected?: boolean }).__injected === true;
		});
		expect(ran).toBe(false);
		// Reported once per policy that forbids it: the header's and the meta's.
		await expect.poll(() => [...new Set(seen.violations.map((v) => v.directive))].sort()).toEqual(['img-src', 'script-src-elem']);

		// A page of another origin that frames the app gets an empty frame.
		const framer = await context.newPage();
		await framer.setContent(`<iframe src="${baseURL}/" title="framed"></iframe>`);
		await expect.poll(() => framer.frames()[1]?.url()).toMatch(/^chrome-error:/);
	});

	test('a working session: every request stays on the app’s origin, and typed data reaches no URL or console message', async ({ page, context, baseURL }) => {
		const origin = new URL(baseURL!).origin;
		const seen = await watch(context);
		const suffix = unique();
		const givenName = `結衣${suffix}`;
		const phone = `090-${suffix.slice(0, 4)}-${suffix.slice(2)}`;
		const typed = [givenName, phone, encodeURIComponent(givenName), phone.replaceAll('-', '')];

		// Login, Today, the first sync.
		await page.goto('/');
		await signIn(page, 'midwife1');
		await waitForOfflineReady(page);
		await expect(page.getByTestId('sync-summary')).toHaveAttribute('data-state', 'idle', { timeout: 90_000 });

		// Families: register one, search for it by name, open its page, a visit with an EPDS.
		await registerFamily(page, { familyName: '岩崎', givenName, familyNameKana: 'いわさき', givenNameKana: 'ゆい', phone });
		await nav(page).getByRole('link', { name: '家庭' }).click();
		await page.getByRole('searchbox', { name: '家庭を検索' }).fill(givenName);
		await page.getByRole('searchbox', { name: '家庭を検索' }).press('Enter');
		await page.getByRole('link', { name: new RegExp(givenName) }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText(givenName);
		await addChild(page, { birthDate: daysAgo(25), birthWeightG: '3120', gestationalWeeks: '39' });
		await startVisit(page, '産後ケア訪問');
		await page.getByRole('textbox', { name: '体重', exact: true }).fill('4180');
		await page.getByRole('textbox', { name: '助言・指導の内容' }).fill(`${givenName}さんに授乳の助言。連絡先 ${phone}`);
		for (const [i, position] of EPDS_12_WITH_ITEM_10.entries()) await answerEpds(page, i + 1, position);
		await draftSaved(page);
		// A reload mid-form: the draft comes back from the device, not from the address.
		await page.reload();
		await unlock(page);
		await expect(page.getByRole('textbox', { name: '体重', exact: true })).toHaveValue('4180');
		await page.getByRole('button', { name: '提出する' }).click();
		await expect(page.getByRole('heading', { level: 1, name: '産後ケア訪問' })).toBeVisible();
		await expect(page.getByTestId('sync-state').first()).toHaveAttribute('data-state', 'synced', { timeout: 60_000 });

		// Sync and Settings, then Today again.
		await nav(page).getByRole('link', { name: '同期', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: '同期' })).toBeVisible();
		await nav(page).getByRole('link', { name: '設定', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: '設定' })).toBeVisible();
		await nav(page).getByRole('link', { name: '今日', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: '今日の予定' })).toBeVisible();

		// No third party: every request went to the app's own origin, with no Referer.
		expect(seen.requests.length).toBeGreaterThan(20);
		expect(seen.requests.map((r) => r.url).filter((url) => new URL(url).origin !== origin)).toEqual([]);
		expect(seen.requests.filter((r) => r.referer).slice(0, 5)).toEqual([]);
		// Addresses hold opaque ids only: nothing typed in what the page showed or what it asked for.
		expect(seen.urls.length).toBeGreaterThan(5);
		for (const url of [...seen.urls, ...seen.requests.map((r) => r.url)]) {
			for (const value of typed) expect(readable(url), url).not.toContain(readable(value));
		}
		expect(seen.urls.some((url) => /\/families\/family%3A|\/families\/family:/.test(url))).toBe(true);
		// The console: no typed value, no CSP or Permissions-Policy complaint; no violation reported.
		for (const message of seen.console) {
			for (const value of typed) expect(message).not.toContain(value);
			expect(message).not.toMatch(cspInConsole);
		}
		expect(seen.violations).toEqual([]);
	});

	test('no screen breaks the policy, the lock screen, the error page and the offline shell included', async ({ page, context }) => {
		const seen = await watch(context);
		await page.goto('/');
		await waitForApp(page);
		await signIn(page, 'coordinator1');
		await expect(page.getByTestId('sync-summary')).toHaveAttribute('data-state', 'idle', { timeout: 90_000 });
		for (const link of ['家庭', '確認', '同期', '設定', '今日']) {
			await nav(page).getByRole('link', { name: link, exact: true }).click();
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		}
		await nav(page).getByRole('link', { name: '家庭', exact: true }).click();
		await expect(page.getByTestId('family-count')).toBeVisible({ timeout: 30_000 });
		await page.getByRole('list', { name: '家庭' }).getByRole('link').first().click();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await gotoUnlocked(page, '/families/family:does-not-exist');
		await gotoUnlocked(page, '/no/such/screen');
		await expect(page.getByRole('heading', { level: 1, name: 'ページが見つかりません' })).toBeVisible();

		// Offline, the service worker answers with the shell it keeps, the policy header included.
		await waitForOfflineReady(page);
		await context.setOffline(true);
		const offline = await page.goto('/sync');
		expect(offline?.fromServiceWorker()).toBe(true);
		expect(offline?.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-.*frame-ancestors 'none'$/);
		await unlock(page);
		await expect(page.getByRole('heading', { level: 1, name: '同期' })).toBeVisible();
		await context.setOffline(false);

		expect(seen.violations).toEqual([]);
		expect(seen.console.filter((message) => cspInConsole.test(message))).toEqual([]);
	});
});
