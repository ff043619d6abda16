// `npm run bench -- --scale S`: generates (or reuses) the synthetic country, then runs every benchmark beside its
// floor in the same run, prints the tables and writes bench/results/<stamp>-scale-<S>.{json,md} (ADR 0012).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { readOrCreateKeyFile } from '../apps/api/src/config.js';
import { benchEmbedded } from './embedded.js';
import { explainReadPaths } from './explain.js';
import { describeMachine } from './lib/machine.js';
import { pickWorkers } from './lib/pool.js';
import { ROOT, startServer } from './lib/server.js';
import { benchReadPaths } from './read-paths.js';
import { renderMarkdown } from './report.js';
import { benchWeb } from './web.js';
import { benchWritePath, SCREENING_BODY } from './write-path.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '0.01' },
    only: { type: 'string', default: 'write,read,embedded,web' },
    regenerate: { type: 'boolean', default: false },
    seconds: { type: 'string' },
    requests: { type: 'string' },
  },
});
const scale = Number(values.scale);
if (!Number.isFinite(scale) || scale <= 0) throw new Error('--scale is a positive number');
const only = new Set((values.only ?? '').split(','));
const quick = scale < 0.5;
const seconds = Number(values.seconds ?? (quick ? 8 : 20));
const password = process.env.ATENSI_DEMO_PASSWORD ?? 'atensi-demo-2026';
const label = String(scale).replace('.', '_');
const databaseUrl =
  process.env.BENCH_DATABASE_URL ?? `postgres://atensi_ci:atensi_ci@127.0.0.1:5432/atensi_bench_s${label}`;
const dataDir = process.env.BENCH_DATA_DIR ?? `/tmp/bench-s${label}`;
const port = Number(process.env.BENCH_PORT ?? 3190);
const log = (line: string) => process.stdout.write(`${line}\n`);

/** The run only ever drops and creates a database whose name says it is a benchmark's. */
function databaseName(url: string): string {
  const name = new URL(url).pathname.slice(1);
  if (!name.startsWith('atensi_bench'))
    throw new Error(`refusing to use ${name}: the benchmark database's name must start with atensi_bench`);
  return name;
}

async function generatedScale(): Promise<string | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    const { rows } = await client.query<{ version: string }>(
      "SELECT version FROM reference_datasets WHERE name = 'bench-country'",
    );
    return rows[0]?.version ?? null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

async function run(command: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

async function ensureCountry(): Promise<{ generatedNow: boolean; version: string; generation: string | null }> {
  const name = databaseName(databaseUrl);
  const version = await generatedScale();
  const keys = join(dataDir, 'field-keys.json');
  if (!values.regenerate && version?.startsWith(`scale=${scale};`) && existsSync(keys)) {
    log(`country: reusing ${name} (${version}); applying any newer migrations`);
    await run('npx', ['atensi', 'migrate'], { DATABASE_URL: databaseUrl, ATENSI_DATA_DIR: dataDir });
    return { generatedNow: false, version, generation: null };
  }
  log(`country: generating scale ${scale} into ${name}`);
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(databaseUrl), { pathname: '/postgres' }).href,
  });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  mkdirSync(dataDir, { recursive: true });
  const output = await run('npx', ['atensi', 'bench', 'generate', '--scale', String(scale)], {
    DATABASE_URL: databaseUrl,
    ATENSI_DATA_DIR: dataDir,
  });
  return {
    generatedNow: true,
    version: (await generatedScale()) ?? '',
    generation: /generated .*/.exec(output)?.[0] ?? null,
  };
}

const started = new Date();
const machine = await describeMachine(
  Object.assign(new URL(databaseUrl), { pathname: '/postgres' }).href,
  databaseName(databaseUrl),
);
log(
  `machine: ${machine.cores} x ${machine.cpu}, ${machine.memoryGiB} GiB, load ${machine.loadAverageAtStart.join(' ')}, ${machine.node}`,
);
// The embedded mode runs on its own PGlite demo data: a run of it alone needs no generated country.
const needsCountry = only.has('write') || only.has('read') || only.has('web');
const country = needsCountry
  ? await ensureCountry()
  : { generatedNow: false, version: 'not used (embedded mode only)', generation: null };
const keyRing = needsCountry ? readOrCreateKeyFile(join(dataDir, 'field-keys.json')) : null;
const results: Record<string, unknown> = { scale, startedAt: started.toISOString(), machine, country };

if (only.has('web') && !existsSync(join(ROOT, 'apps/web/dist/index.html')))
  await run('npm', ['run', 'build', '-w', '@atensi/web']);
if (needsCountry && keyRing) {
  const server = await startServer({ DATABASE_URL: databaseUrl, ATENSI_DATA_DIR: dataDir }, port);
  try {
    // Reads and the web first: the write benchmark adds cases in intake to its workers' lists.
    if (only.has('read')) {
      log('read paths:');
      const reads = await benchReadPaths({
        baseUrl: server.url,
        databaseUrl,
        keyRing,
        password,
        requestsPerPath: Number(values.requests ?? (quick ? 150 : 250)),
        log,
      });
      results.readPaths = reads.rows;
      log('query plans:');
      const worker = reads.sample;
      results.plans = await explainReadPaths({
        databaseUrl,
        keyRing,
        username: worker.username,
        password,
        requests: [
          { label: 'search by name', url: `/api/v1/beneficiaries?q=${encodeURIComponent(worker.name)}&limit=50` },
          { label: 'search by NIK', url: `/api/v1/beneficiaries?nik=${worker.nik}&limit=50` },
          { label: 'case page', url: `/api/v1/cases/${worker.caseId}` },
          { label: 'case progress', url: `/api/v1/cases/${worker.servedCaseId}/progress` },
          { label: 'work list', url: '/api/v1/worklist' },
        ],
      });
    }
    if (only.has('web')) {
      log('web (3G):');
      const [first] = await pickWorkers(databaseUrl, 1);
      if (first) results.web = await benchWeb({ baseUrl: server.url, username: first.username, password, log });
    }
    if (only.has('write')) {
      log(`write path (${seconds} s per measurement):`);
      results.writePath = await benchWritePath({
        baseUrl: server.url,
        databaseUrl,
        keyRing,
        password,
        seconds,
        concurrencies: [32, 128],
        serverGroup: server.process.pid,
        log,
      });
      // The statements one screening sends, on a case of the pool the benchmark made.
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      const pooled = (
        await client.query<{ id: string; username: string }>(
          "SELECT c.id, u.username FROM cases c JOIN users u ON u.id = c.assigned_worker_id WHERE c.status = 'intake' AND c.opened_at > now() - interval '1 hour' LIMIT 1",
        )
      ).rows[0];
      await client.end();
      if (pooled) {
        const [plan] = await explainReadPaths({
          databaseUrl,
          keyRing,
          username: pooled.username,
          password,
          requests: [
            {
              label: 'screening (write)',
              url: `/api/v1/cases/${pooled.id}/screenings`,
              method: 'POST',
              payload: SCREENING_BODY,
            },
          ],
        });
        if (plan) results.plans = [...((results.plans as unknown[]) ?? []), plan];
      }
    }
  } finally {
    await server.stop();
  }
}
if (only.has('embedded')) {
  log('embedded mode (PGlite):');
  results.embedded = await benchEmbedded({ port: port + 1, dataDir: `${dataDir}-embedded`, log });
}
results.finishedAt = new Date().toISOString();

const stamp = started.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
const directory = join(ROOT, 'bench/results');
mkdirSync(directory, { recursive: true });
const base = join(directory, `${stamp}-scale-${label}`);
writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
const markdown = renderMarkdown(results);
writeFileSync(`${base}.md`, markdown);
writeFileSync(`${base}.summary.md`, renderMarkdown(results, 'summary'));
log(`\n${markdown}`);
log(`results: ${base}.json and .md`);
