// Builds a version of the app and serves it with a launcher of its own (update tests, benchmarks).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export async function buildVersion(version: string, outDir: string): Promise<void> {
	const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
		env: { ...process.env, YORISOI_VERSION: version, YORISOI_BUILD_DIR: outDir },
		stdio: ['ignore', 'inherit', 'inherit']
	});
	const [code] = (await once(child, 'exit')) as [number | null];
	if (code !== 0) throw new Error(`building version ${version} failed with exit code ${code}`);
}

/** Starts `server/main.ts` on a free port; resolves with its URL once it says it is ready. */
/** `port` 0 (default) picks a free one; a fixed port lets a test restart the server at the same origin. */
export async function startServer(options: { staticDir: string; dataDir: string; demo?: boolean; port?: number }): Promise<{ url: string; process: ChildProcess }> {
	const child = spawn(process.execPath, ['server/main.ts'], {
		env: { ...process.env, PORT: String(options.port ?? 0), YORISOI_STATIC_DIR: options.staticDir, YORISOI_DATA_DIR: options.dataDir, YORISOI_STATIC_LIVE: '1', YORISOI_DEMO: options.demo === false ? '0' : '1' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	let output = '';
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 60_000);
		child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
			output += chunk;
			const ready = /Yorisoi is ready at (http:\/\/\S+?)\/?\s/.exec(output);
			if (ready) {
				clearTimeout(timer);
				resolve({ url: ready[1]!, process: child });
			}
		});
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`the server exited with code ${code}:\n${output}`));
		});
	});
}
