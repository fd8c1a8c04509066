// One place that knows how to start Chromium on these machines, for Playwright, benches and tools.
import { existsSync } from 'node:fs';

/** Debian's Chromium when installed (Playwright cannot download its own here), else Playwright's. */
export function chromiumExecutable() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
}

export function chromiumLaunchOptions() {
	return {
		executablePath: chromiumExecutable(),
		// Without the networking flags Chromium floods a closed network with refused connections.
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
	};
}
