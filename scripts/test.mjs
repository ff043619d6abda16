#!/usr/bin/env node
// The whole test suite, as README's `npm test` and CI run it: static checks, the production build, then every
// Vitest project (unit, integration on PGlite, integration on PostgreSQL when TEST_DATABASE_URL is set, and the
// Playwright journeys in Chromium). Ends with one line `N passed, N failed` counting tests and checks.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const results = [];
const run = (name, command, args, env = {}) => {
  process.stdout.write(`\n== ${name}: ${command} ${args.join(' ')}\n`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  results.push({ name, ok: status === 0, seconds: (Date.now() - started) / 1000 });
  return status === 0;
};

run('typecheck', 'npm', ['run', '--silent', 'typecheck']);
run('lint', 'npx', ['biome', 'ci', '.']);
const built = run('build', 'npm', ['run', '--silent', 'build']);
if (built) run('built CLI runs', 'node', ['apps/api/dist/cli.js', '--help']);

if (!process.env.TEST_DATABASE_URL) {
  console.log('\nNOTE: integration tests on PostgreSQL are skipped: TEST_DATABASE_URL is not set (CI sets it).');
}
if (!existsSync('/usr/bin/chromium')) {
  console.log('NOTE: browser journeys are skipped: /usr/bin/chromium is missing (apt-get install -y chromium).');
}

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
const started = Date.now();
spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
  stdio: 'inherit',
});
const seconds = (Date.now() - started) / 1000;

let tests = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  tests = {
    passed: json.numPassedTests,
    failed: json.numFailedTests,
    skipped: json.numPendingTests + json.numTodoTests,
  };
  // A file that fails to load has no tests counted: count it as a failure.
  tests.failed += json.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
} else {
  tests.failed += 1;
}

const checksPassed = results.filter((r) => r.ok).length;
const checksFailed = results.length - checksPassed;
console.log('\n| step | result | seconds |\n|---|---|---|');
for (const r of results) console.log(`| ${r.name} | ${r.ok ? 'ok' : 'FAILED'} | ${r.seconds.toFixed(1)} |`);
console.log(
  `| vitest | ${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped | ${seconds.toFixed(1)} |`,
);
const passed = checksPassed + tests.passed;
const failed = checksFailed + tests.failed;
console.log(`\n${passed} passed, ${failed} failed${tests.skipped ? `, ${tests.skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
