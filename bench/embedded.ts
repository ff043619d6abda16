import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { watchPeak } from './lib/memory.js';
import { ROOT, stopTree, waitForOk } from './lib/server.js';
import { round } from './lib/stats.js';

export type StartRow = { what: string; command: string; seconds: number; peakMiB: number; ratio: number };

async function timeStart(command: string[], env: Record<string, string>, healthUrl: string) {
  const started = Date.now();
  const child = spawn(command[0] as string, command.slice(1), {
    cwd: ROOT,
    env: { ...process.env, ...env },
    detached: true,
    stdio: 'ignore',
  });
  const memory = watchPeak(child.pid as number);
  try {
    const ms = await waitForOk(healthUrl, 300_000, started, child);
    // Let the server settle (start-up jobs: alerts, regions check) before reading its peak.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return { seconds: ms / 1000, peakMiB: memory.stop() / 2 ** 20 };
  } finally {
    memory.stop();
    await stopTree(child);
  }
}

/**
 * The embedded mode (PGlite): `npm start` from nothing (builds the web app, migrates, loads the regions and the
 * demo data, serves), `npm start` again on the demo data, and `atensi serve` alone; each to the first 200 of
 * /api/v1/health, with the peak resident memory of the whole process tree. The floor is `npm run` of a bare Node
 * HTTP server (bench/lib/floor-server.mjs) on the same machine in the same run.
 */
export async function benchEmbedded(options: {
  port: number;
  dataDir: string;
  log: (line: string) => void;
}): Promise<StartRow[]> {
  const health = `http://127.0.0.1:${options.port}/api/v1/health`;
  const env = { PORT: String(options.port), ATENSI_DATA_DIR: options.dataDir, LOG_LEVEL: 'warn' };
  rmSync(options.dataDir, { recursive: true, force: true });
  const floor = await timeStart(['npm', 'run', '--silent', 'bench:floor-server'], env, health);
  const first = await timeStart(['npm', 'start'], env, health);
  const again = await timeStart(['npm', 'start'], env, health);
  const serve = await timeStart(['npx', 'atensi', 'serve'], env, health);
  const floorAgain = await timeStart(['npm', 'run', '--silent', 'bench:floor-server'], env, health);
  const floorSeconds = Math.min(floor.seconds, floorAgain.seconds);
  const rows = [
    { what: 'floor: bare Node HTTP server', command: 'npm run bench:floor-server', ...floor },
    { what: 'first start, empty data dir', command: 'npm start', ...first },
    { what: 'start with the demo data', command: 'npm start', ...again },
    { what: 'serve the demo data', command: 'npx atensi serve', ...serve },
  ].map((row) => ({
    ...row,
    seconds: round(row.seconds, 2),
    peakMiB: Math.round(row.peakMiB),
    ratio: round(row.seconds / floorSeconds, 1),
  }));
  for (const row of rows)
    options.log(`  ${row.what}: ${row.seconds} s, peak ${row.peakMiB} MiB (x${row.ratio} the floor)`);
  rmSync(options.dataDir, { recursive: true, force: true });
  return rows;
}
