import pg from 'pg';
import { FieldCipher, type KeyRing } from '../apps/api/src/platform/crypto/field-cipher.js';
import { pickWorkers } from './lib/pool.js';
import { type Session, signIn } from './lib/sessions.js';
import { round, summarise } from './lib/stats.js';

export type ReadPath = 'floor' | 'search_name' | 'search_nik' | 'case_page' | 'case_progress' | 'work_list';

export const READ_PATHS: { path: ReadPath; label: string }[] = [
  { path: 'floor', label: 'floor: GET /api/v1/bench/floor (session check, one SELECT by key)' },
  { path: 'search_name', label: 'beneficiary search by name: GET /beneficiaries?q=…&limit=50' },
  { path: 'search_nik', label: 'beneficiary search by NIK: GET /beneficiaries?nik=…' },
  { path: 'case_page', label: 'case page: GET /cases/:id (case, history, names)' },
  {
    path: 'case_progress',
    label: 'case progress: GET /cases/:id/progress (planned vs delivered, service records of a case in service)',
  },
  { path: 'work_list', label: 'work list: GET /worklist' },
];

type Sample = { session: Session; names: string[]; niks: string[]; cases: string[]; served: string[] };

/** People and cases each worker can see (registered at, or held by, their IPWL), with NIKs opened with the keys. */
async function samplesOf(url: string, keyRing: KeyRing, sessions: Session[], perWorker: number): Promise<Sample[]> {
  const cipher = new FieldCipher(keyRing);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const samples: Sample[] = [];
    for (const session of sessions) {
      const people = await client.query<{ full_name: string; nik_cipher: string | null }>(
        `SELECT full_name, nik_cipher FROM beneficiaries
          WHERE registered_institution_id = $1 AND nik_cipher IS NOT NULL ORDER BY md5(id::text) LIMIT $2`,
        [session.institutionId, perWorker],
      );
      const cases = await client.query<{ id: string }>(
        `SELECT id FROM cases WHERE institution_id = $1 AND status <> 'intake' ORDER BY md5(id::text) LIMIT $2`,
        [session.institutionId, perWorker],
      );
      const served = await client.query<{ id: string }>(
        `SELECT id FROM cases WHERE institution_id = $1 AND status IN ('in_service', 'reintegration')
            AND active_plan_id IS NOT NULL ORDER BY md5(id::text) LIMIT $2`,
        [session.institutionId, perWorker],
      );
      samples.push({
        session,
        names: people.rows.map((row) => row.full_name),
        niks: people.rows.map((row) => cipher.open('beneficiaries.nik', row.nik_cipher) ?? ''),
        cases: cases.rows.map((row) => row.id),
        served: served.rows.length > 0 ? served.rows.map((row) => row.id) : cases.rows.map((row) => row.id),
      });
    }
    return samples;
  } finally {
    await client.end();
  }
}

function pathFor(path: ReadPath, sample: Sample, n: number): string {
  const pick = <T>(items: T[]) => items[n % Math.max(1, items.length)];
  switch (path) {
    case 'floor':
      return '/api/v1/bench/floor';
    case 'search_name':
      return `/api/v1/beneficiaries?q=${encodeURIComponent(pick(sample.names) ?? 'siti')}&limit=50`;
    case 'search_nik':
      return `/api/v1/beneficiaries?nik=${pick(sample.niks) ?? ''}&limit=50`;
    case 'case_page':
      return `/api/v1/cases/${pick(sample.cases)}`;
    case 'case_progress':
      return `/api/v1/cases/${pick(sample.served)}/progress`;
    case 'work_list':
      return '/api/v1/worklist';
    default: {
      const unknown: never = path;
      throw new Error(`unknown read path ${String(unknown)}`);
    }
  }
}

export type ReadRow = {
  path: ReadPath;
  label: string;
  n: number;
  p50: number;
  p95: number;
  p99: number;
  ratioP95: number;
};

/**
 * Each read path by many workers in turn, one request at a time (latency, not throughput), interleaved with the
 * floor so both see the same machine: p50/p95/p99 in ms and the p95 as a ratio of the floor's p95.
 */
export async function benchReadPaths(options: {
  baseUrl: string;
  databaseUrl: string;
  keyRing: KeyRing;
  password: string;
  requestsPerPath: number;
  log: (line: string) => void;
}): Promise<{
  rows: ReadRow[];
  sample: { username: string; name: string; nik: string; caseId: string; servedCaseId: string };
}> {
  const workers = await pickWorkers(options.databaseUrl, 12);
  const sessions: Session[] = [];
  for (const worker of workers) sessions.push(await signIn(options.baseUrl, worker.username, options.password));
  const samples = await samplesOf(
    options.databaseUrl,
    options.keyRing,
    sessions,
    Math.ceil(options.requestsPerPath / sessions.length) + 5,
  );
  const times = new Map<ReadPath, number[]>(READ_PATHS.map(({ path }) => [path, []]));
  const total = options.requestsPerPath + 10;
  for (let n = 0; n < total; n++) {
    const sample = samples[n % samples.length] as Sample;
    for (const { path } of READ_PATHS) {
      const started = performance.now();
      const response = await fetch(`${options.baseUrl}${pathFor(path, sample, Math.floor(n / samples.length))}`, {
        headers: { cookie: sample.session.cookie },
      });
      await response.arrayBuffer();
      const elapsed = performance.now() - started;
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      // The first ten rounds warm the server and caches up; they are not counted.
      if (n >= 10) times.get(path)?.push(elapsed);
    }
  }
  const floorP95 = summarise(times.get('floor') ?? []).p95;
  const rows = READ_PATHS.map(({ path, label }) => {
    const stats = summarise(times.get(path) ?? []);
    return {
      path,
      label,
      n: stats.n,
      p50: round(stats.p50),
      p95: round(stats.p95),
      p99: round(stats.p99),
      ratioP95: round(stats.p95 / floorP95, 1),
    };
  });
  for (const row of rows)
    options.log(`  ${row.path}: p50 ${row.p50} ms, p95 ${row.p95} ms (x${row.ratioP95} the floor)`);
  // One worker's request of each path, for the query plans (never written to the results: a NIK is in it).
  const first = samples[0] as Sample;
  return {
    rows,
    sample: {
      username: first.session.username,
      name: first.names[0] ?? '',
      nik: first.niks[0] ?? '',
      caseId: first.cases[0] ?? '',
      servedCaseId: first.served[0] ?? '',
    },
  };
}
