#!/usr/bin/env node
// `npm start`: builds what is out of date (the web app, the API bundle), loads the demo data (idempotent) and
// serves, on the embedded database unless DATABASE_URL is set. Rebuilding the web app on every start took most of
// a restart (about 18 of 30 seconds, bench/results, issue 9); the bundle starts in a fraction of tsx's time.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newest = (path) => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
};
const builtAt = (path) => (existsSync(path) ? statSync(path).mtimeMs : -1);
const run = (command, args, env = {}) => {
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (status !== 0) process.exit(status ?? 1);
};

const contracts = newest('packages/contracts/src');
const web = Math.max(
  contracts,
  newest('apps/web/src'),
  newest('apps/web/index.html'),
  newest('apps/web/vite.config.ts'),
);
if (web > builtAt('apps/web/dist/index.html')) run('npm', ['run', 'build', '-w', '@atensi/web']);
const api = Math.max(contracts, newest('apps/api/src'), newest('apps/api/scripts/build.mjs'));
if (api > builtAt('apps/api/dist/cli.js')) run('npm', ['run', '--silent', 'build', '-w', '@atensi/api']);
run('node', ['apps/api/bin/atensi.js', 'seed', '--demo'], { ATENSI_USE_DIST: '1' });
run('node', ['apps/api/bin/atensi.js', 'serve'], { ATENSI_USE_DIST: '1' });
