import autocannon from 'autocannon';
import type { KeyRing } from '../apps/api/src/platform/crypto/field-cipher.js';
import { makeIntakePool, pickWorkers } from './lib/pool.js';
import { describeShares, type LoadProfile, profileDuring } from './lib/profile.js';
import type { Session } from './lib/sessions.js';
import { signIn } from './lib/sessions.js';
import { round } from './lib/stats.js';

/** A moderate-risk ASSIST answer set (sabu weekly): validated, scored, and routed to further assessment. */
export const SCREENING_BODY = JSON.stringify({
  instrument: 'assist-3.0',
  answers: {
    substances: {
      amphetamines: {
        q1: true,
        q2: 'weekly',
        q3: 'weekly',
        q4: 'monthly',
        q5: 'monthly',
        q6: 'past_3_months',
        q7: 'never',
      },
      tobacco: { q1: true, q2: 'daily', q3: 'daily', q4: 'never', q6: 'never', q7: 'never' },
    },
    q8: 'never',
  },
});

export type LoadResult = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
};

async function load(
  url: string,
  connections: number,
  seconds: number,
  next: () => { path: string; session: Session },
  method: 'POST',
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method,
        setupRequest: (request) => {
          const { path, session } = next();
          return {
            ...request,
            path,
            headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
            body: SCREENING_BODY,
          };
        },
      },
    ],
  });
  return {
    requestsPerSecond: round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

export type WritePathRow = {
  concurrency: number;
  floor: LoadResult;
  screenings: LoadResult;
  ratio: number;
  /** Where the screenings' time went: the database sessions' wait events and each program's CPU share. */
  profile: LoadProfile;
};

/**
 * POST /api/v1/cases/:id/screenings by many signed-in workers (each request a fresh case in intake, so each
 * does the whole use case: validation, scoring, two case transitions, the screening, the audit event, in one
 * transaction) against the floor POST /api/v1/bench/floor (same server, same session and CSRF check, one bare
 * INSERT), at each concurrency, floor first, in the same run.
 */
export async function benchWritePath(options: {
  baseUrl: string;
  databaseUrl: string;
  keyRing: KeyRing;
  password: string;
  seconds: number;
  concurrencies: number[];
  /** The server's process group, to tell its CPU apart in the profile. */
  serverGroup?: number;
  log: (line: string) => void;
}): Promise<WritePathRow[]> {
  const workers = await pickWorkers(options.databaseUrl, 48);
  const sessions = new Map<string, Session>();
  for (const worker of workers)
    sessions.set(worker.userId, await signIn(options.baseUrl, worker.username, options.password));
  const all = [...sessions.values()];
  const rows: WritePathRow[] = [];
  // Warm-up (JIT, pool connections, caches), not measured.
  let turn = 0;
  const floorNext = () => {
    const session = all[turn++ % all.length] as Session;
    return { path: '/api/v1/bench/floor', session };
  };
  await load(options.baseUrl, 16, 3, floorNext, 'POST');
  for (const connections of options.concurrencies) {
    const floor = await load(options.baseUrl, connections, options.seconds, floorNext, 'POST');
    // Enough fresh cases for a run at several times the floor's throughput.
    const perWorker = Math.ceil((Math.max(800, floor.requestsPerSecond) * options.seconds * 1.2) / workers.length);
    const pool = await makeIntakePool(options.databaseUrl, options.keyRing, workers, perWorker);
    const queues = [...pool.entries()].map(([userId, cases]) => ({ session: sessions.get(userId) as Session, cases }));
    let next = 0;
    const screeningNext = () => {
      for (let tries = 0; tries < queues.length; tries++) {
        const queue = queues[next++ % queues.length];
        const caseId = queue?.cases.pop();
        if (queue && caseId) return { path: `/api/v1/cases/${caseId}/screenings`, session: queue.session };
      }
      throw new Error('the pool of intake cases ran out');
    };
    const { result: screenings, profile } = await profileDuring(
      options.databaseUrl,
      () => load(options.baseUrl, connections, options.seconds, screeningNext, 'POST'),
      options.serverGroup,
    );
    const row = {
      concurrency: connections,
      floor,
      screenings,
      ratio: round(screenings.requestsPerSecond / floor.requestsPerSecond, 2),
      profile,
    };
    options.log(
      `  c=${connections}: floor ${floor.requestsPerSecond} req/s (p50 ${floor.p50} ms, p99 ${floor.p99} ms); screenings ${screenings.requestsPerSecond} req/s (p50 ${screenings.p50} ms, p99 ${screenings.p99} ms, non-2xx ${screenings.non2xx}); ratio ${row.ratio}`,
    );
    options.log(`    database sessions: ${describeShares(profile.waits)}; CPU: ${describeShares(profile.cpu)}`);
    rows.push(row);
  }
  return rows;
}
