import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import pg from 'pg';
import { round } from './stats.js';

/**
 * Where the time went while a load ran, measured, not guessed (issue 9):
 * - `waits`: what the database's client sessions were doing, sampled from `pg_stat_activity` every 20 ms. An active
 *   session with no wait event is on CPU; `idle in transaction` is a session inside a transaction waiting for the
 *   API's next statement (the API's own work and the round trip).
 * - `cpu`: the share of the machine's CPU time each program used (from `/proc`): the API's processes (its process
 *   group), the load generator (this process), PostgreSQL, and any other Node process (another run, a generator).
 */
export type Share = { name: string; share: number };
export type LoadProfile = { samples: number; waits: Share[]; cpu: Share[] };

/** The shares, largest first, in three decimals. */
const shares = (counts: Map<string, number>, of: number): Share[] =>
  [...counts].sort((a, b) => b[1] - a[1]).map(([name, n]) => ({ name, share: round(n / Math.max(of, 1), 3) }));

/** The first few shares as a line: `CPU 41%, IO:WALSync 22%`. */
export const describeShares = (list: Share[], count = 4): string =>
  list
    .slice(0, count)
    .map((entry) => `${entry.name} ${Math.round(entry.share * 1000) / 10}%`)
    .join(', ');

const TICKS_PER_SECOND = 100;

type Ticks = { program: string; group: number; ticks: number };

function readTicks(): Map<number, Ticks> {
  const byPid = new Map<number, Ticks>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const program = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      // After the name: state, ppid, pgrp (3rd)... utime and stime (12th and 13th; 14th and 15th of the line).
      byPid.set(pid, { program, group: Number(fields[2]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return byPid;
}

function programOf(pid: number, { program, group }: Ticks, apiGroup: number | undefined): string {
  if (pid === process.pid) return 'load generator (node, this process)';
  if (apiGroup !== undefined && group === apiGroup) return 'API (node)';
  if (program === 'postgres') return 'PostgreSQL';
  if (program.startsWith('node')) return 'other node processes';
  return 'other';
}

export async function profileDuring<T>(
  databaseUrl: string,
  work: () => Promise<T>,
  /** The API server's process group (`startServer` runs it in its own). */
  apiGroup?: number,
): Promise<{ result: T; profile: LoadProfile }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const counts = new Map<string, number>();
  let samples = 0;
  let running = true;
  const sampler = (async () => {
    while (running) {
      const { rows } = await client.query<{ event: string; n: string }>(
        `SELECT CASE WHEN state = 'active' THEN coalesce(wait_event_type || ':' || wait_event, 'CPU')
                     ELSE state END AS event, count(*) AS n
           FROM pg_stat_activity
          WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND datname = current_database()
            AND state IN ('active', 'idle in transaction')
          GROUP BY 1`,
      );
      samples++;
      for (const row of rows) counts.set(row.event, (counts.get(row.event) ?? 0) + Number(row.n));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const before = readTicks();
  const started = process.hrtime.bigint();
  let result: T;
  try {
    result = await work();
  } finally {
    running = false;
    await sampler;
    await client.end();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const after = readTicks();
  const capacity = seconds * TICKS_PER_SECOND * cpus().length;
  const cpu = new Map<string, number>();
  for (const [pid, now] of after) {
    const used = now.ticks - (before.get(pid)?.ticks ?? 0);
    if (used <= 0) continue;
    const program = programOf(pid, now, apiGroup);
    cpu.set(program, (cpu.get(program) ?? 0) + used);
  }
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  return { result, profile: { samples, waits: shares(counts, total), cpu: shares(cpu, capacity) } };
}
