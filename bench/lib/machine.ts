import { execFileSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import pg from 'pg';

/** What the figures were measured on: they are ratios because this machine is shared and drifts. */
export async function describeMachine(url: string, database: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const settings: Record<string, string> = {};
  try {
    settings.version = (await client.query<{ v: string }>('SELECT version() AS v')).rows[0]?.v ?? '';
    for (const name of [
      'shared_buffers',
      'work_mem',
      'effective_cache_size',
      'max_connections',
      'synchronous_commit',
      'random_page_cost',
    ]) {
      settings[name] = (await client.query<Record<string, string>>(`SHOW ${name}`)).rows[0]?.[name] ?? '';
    }
    settings.database_size =
      (
        await client.query<{ s: string }>(
          'SELECT pg_size_pretty(pg_database_size(datname)) AS s FROM pg_database WHERE datname = $1',
          [database],
        )
      ).rows[0]?.s ?? 'not created yet';
  } finally {
    await client.end();
  }
  let disk = '';
  try {
    disk = execFileSync('df', ['-h', '/'], { encoding: 'utf8' }).split('\n')[1]?.replace(/\s+/g, ' ') ?? '';
  } catch {
    disk = 'unknown';
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    freeMemoryGiB: Math.round(freemem() / 2 ** 30),
    loadAverageAtStart: loadavg().map((value) => Number(value.toFixed(2))),
    node: process.version,
    postgres: settings,
    disk,
  };
}
