// `npm run bench`: builds the app, serves it with a fresh embedded server, runs every benchmark
// and prints figures, budgets and ratios against baselines measured in the same run.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildVersion, startServer } from '../tools/serve.ts';
import { benchDashboard } from './dashboard.bench.ts';
import { benchField } from './field.bench.ts';
import { benchShell } from './shell.bench.ts';
import { benchFirstSync } from './sync.bench.ts';
import { formatResult, type BenchResult } from './stats.ts';

// `npm run bench -- sync` runs one benchmark; no argument runs all.
const only = process.argv.slice(2);
const wants = (name: string) => only.length === 0 || only.includes(name);
const root = mkdtempSync(join(tmpdir(), 'yorisoi-bench-'));
const staticDir = join(root, 'build');
const results: BenchResult[] = [];
// The field bench bundles its own page; only the shell and sync benches need the built app.
if (wants('shell') || wants('sync')) await buildVersion(`bench-${Date.now()}`, staticDir);
if (wants('shell')) {
	const server = await startServer({ staticDir, dataDir: join(root, 'data') });
	try {
		results.push(...(await benchShell(server.url)));
	} finally {
		server.process.kill('SIGINT');
	}
}
if (wants('sync')) results.push(...(await benchFirstSync(staticDir)));
if (wants('field')) results.push(...(await benchField()));
if (wants('dashboard')) results.push(...(await benchDashboard()));
console.log('\nYorisoi benchmarks');
for (const result of results) console.log(formatResult(result));
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
rmSync(root, { recursive: true, force: true });
