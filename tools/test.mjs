// `npm test`: every check in order (types, lint, unit, build, end-to-end), then one closing line
// counting passed and failed tests. Runs all stages even after a failure, so one run shows everything.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { chromiumExecutable } from './chromium.mjs';

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
	console.error(`Node ${process.versions.node} is too old: run the tests through npm (npm test), which uses the Node 24 installed in node_modules.`);
	process.exit(1);
}

const bin = (name) => `node_modules/.bin/${name}`;
const results = [];

function run(name, command, args, env = {}) {
	console.log(`\n▶ ${name}`);
	const started = Date.now();
	const outcome = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	const ok = outcome.status === 0;
	console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
	return ok;
}

function check(name, command, args) {
	const ok = run(name, command, args);
	results.push({ stage: name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
	return ok;
}

function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
}

/** A runner's own counts; if its report is missing the run crashed, which counts as one failure. */
function suite(name, ok, counts) {
	if (!counts) results.push({ stage: name, passed: 0, failed: 1 });
	else results.push({ stage: name, passed: counts.passed, failed: counts.failed + (ok || counts.failed ? 0 : 1) });
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
const only = process.argv.slice(2);
const wants = (stage) => only.length === 0 || only.includes(stage);

if (wants('check')) {
	check('svelte-kit sync', bin('svelte-kit'), ['sync']);
	check('svelte-check', bin('svelte-check'), ['--fail-on-warnings', '--tsconfig', './tsconfig.json']);
	check('tsc service worker', bin('tsc'), ['-p', 'src/service-worker/tsconfig.json']);
	check('tsc server', bin('tsc'), ['-p', 'server/tsconfig.json']);
	check('tsc tests', bin('tsc'), ['-p', 'tests/tsconfig.json']);
	check('tsc field bench page', bin('tsc'), ['-p', 'bench/field/tsconfig.json']);
}
if (wants('lint')) check('eslint', bin('eslint'), ['.']);

if (wants('unit')) {
	const ok = run('unit tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
	const report = readJson('test-results/unit.json');
	suite('unit', ok, report && { passed: report.numPassedTests, failed: report.numFailedTests });
}

if (wants('e2e')) {
	const built = check('build', bin('vite'), ['build']);
	if (!chromiumExecutable()) {
		console.warn('No system Chromium found (apt-get install chromium); Playwright will try its own browser.');
	}
	if (built) {
		const ok = run('end-to-end tests (playwright)', bin('playwright'), ['test']);
		const report = readJson('test-results/e2e.json');
		const stats = report?.stats;
		suite('e2e', ok, stats && { passed: stats.expected + stats.flaky, failed: stats.unexpected });
	} else {
		suite('e2e', false, undefined);
	}
}

console.log('\nSummary');
for (const r of results) console.log(`  ${r.failed ? '✘' : '✔'} ${r.stage}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
