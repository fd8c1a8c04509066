// Renders static/icons/icon.svg to the PNG icons the manifest names (run by hand after editing it).
// The maskable icon shrinks the drawing into the 80 % safe zone so launchers may crop it to any shape.
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const svg = await readFile(new URL('../static/icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();

async function render(size, file, { maskable = false, rounded = false } = {}) {
	await page.setViewportSize({ width: size, height: size });
	const inner = maskable ? 0.8 : 1;
	await page.setContent(`<html><body style="margin:0;background:${maskable ? '#2f6f5e' : 'transparent'}">
		<div style="width:${size}px;height:${size}px;display:grid;place-items:center">
			<div style="width:${size * inner}px;height:${size * inner}px;border-radius:${rounded ? size * 0.18 : 0}px;overflow:hidden">${svg.replace('<svg ', `<svg width="${size * inner}" height="${size * inner}" `)}</div>
		</div></body></html>`);
	await page.screenshot({ path: new URL(`../static/icons/${file}`, import.meta.url).pathname, omitBackground: !maskable });
}

await render(192, 'icon-192.png', { rounded: true });
await render(512, 'icon-512.png', { rounded: true });
await render(512, 'icon-maskable-512.png', { maskable: true });
await browser.close();
