import pg from 'pg';
import { buildApp } from '../apps/api/src/app.js';
import type { KeyRing } from '../apps/api/src/platform/crypto/field-cipher.js';
import { openDatabase } from '../apps/api/src/platform/db/database.js';

type Captured = { text: string; values: unknown[] };

export type PlanReport = {
  request: string;
  /** Every statement the request sent (writes are listed, not re-run). */
  sent: number;
  statements: { sql: string; plan: string; indexes: string[]; seqScans: string[]; executionMs: number }[];
};

/**
 * The query plans behind each read path: the real application in this process, on the benchmark database, runs
 * one request of each path while every statement it sends is captured; each SELECT is then run again under
 * EXPLAIN (ANALYZE, BUFFERS) with the same parameters. No SQL is written by hand here.
 */
export async function explainReadPaths(options: {
  databaseUrl: string;
  keyRing: KeyRing;
  username: string;
  password: string;
  requests: { label: string; url: string; method?: 'GET' | 'POST'; payload?: string }[];
}): Promise<PlanReport[]> {
  const captured: Captured[] = [];
  let capturing = false;
  const original = pg.Client.prototype.query;
  // biome-ignore lint/suspicious/noExplicitAny: pg's overloaded query signature
  (pg.Client.prototype as any).query = function capture(this: pg.Client, ...args: any[]) {
    if (capturing) {
      const [first, second] = args;
      if (typeof first === 'string') captured.push({ text: first, values: Array.isArray(second) ? second : [] });
      else if (first && typeof first.text === 'string')
        captured.push({ text: first.text, values: first.values ?? (Array.isArray(second) ? second : []) });
    }
    // biome-ignore lint/suspicious/noExplicitAny: forwarding the same arguments
    return (original as any).apply(this, args);
  };
  const database = await openDatabase({ kind: 'postgres', url: options.databaseUrl, poolSize: 4 });
  const app = await buildApp({
    database,
    logLevel: 'silent',
    webDir: null,
    keyRing: options.keyRing,
    auth: {
      sessionSecret: 'bench-explain-secret-0123456789abcdefghij',
      idleTimeoutMinutes: 30,
      absoluteTimeoutHours: 12,
      cookieSecure: false,
      totpRequiredRoles: [],
      maxFailuresPerUser: 5,
      maxFailuresPerIp: 1000,
    },
  });
  const explainer = new pg.Client({ connectionString: options.databaseUrl });
  await explainer.connect();
  const reports: PlanReport[] = [];
  try {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: options.username, password: options.password },
    });
    const cookie = String(login.headers['set-cookie'] ?? '').split(';')[0] ?? '';
    const csrf = (login.json() as { csrfToken: string }).csrfToken;
    for (const request of options.requests) {
      const method = request.method ?? 'GET';
      const headers = { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' };
      // A read once to warm up, then captured; a write (which changes the data) only once.
      if (method === 'GET') await app.inject({ method, url: request.url, headers });
      captured.length = 0;
      capturing = true;
      const response = await app.inject({
        method,
        url: request.url,
        headers,
        ...(request.payload ? { payload: request.payload } : {}),
      });
      capturing = false;
      if (response.statusCode >= 300) throw new Error(`${request.url} answered ${response.statusCode}`);
      const sent = captured.length;
      const statements: PlanReport['statements'] = [];
      for (const statement of captured) {
        const text = statement.text.trim();
        if (!/^select/i.test(text) || /for update/i.test(text)) {
          if (!/^(begin|commit|rollback)/i.test(text)) {
            statements.push({
              sql: text,
              plan: '(a write or a row lock: not run again)',
              indexes: [],
              seqScans: [],
              executionMs: Number.NaN,
            });
          }
          continue;
        }
        // biome-ignore lint/suspicious/noExplicitAny: the unpatched query, called on the explaining connection
        const result = (await (original as any).call(
          explainer,
          `EXPLAIN (ANALYZE, BUFFERS) ${text}`,
          statement.values,
        )) as pg.QueryResult<{ 'QUERY PLAN': string }>;
        const { rows } = result;
        const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
        statements.push({
          sql: text,
          plan,
          indexes: [
            ...new Set(
              [...plan.matchAll(/(?:Index (?:Only )?Scan(?: Backward)? using|Bitmap Index Scan on) (\S+)/g)].map(
                (m) => m[1] ?? '',
              ),
            ),
          ],
          seqScans: [...new Set([...plan.matchAll(/Seq Scan on (\S+)/g)].map((m) => m[1] ?? ''))],
          executionMs: Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN),
        });
      }
      reports.push({ request: request.label, sent, statements });
    }
  } finally {
    pg.Client.prototype.query = original;
    await explainer.end();
    await app.close();
    await database.close();
  }
  return reports;
}
