import { type ChildProcess, spawn } from 'node:child_process';

export type Server = { url: string; process: ChildProcess; stop(): Promise<void> };

export const ROOT = new URL('../../', import.meta.url).pathname;

/** Waits until `url` answers 200, polling every 50 ms; returns the milliseconds it took. */
export async function waitForOk(
  url: string,
  timeoutMs: number,
  started = Date.now(),
  child?: ChildProcess,
): Promise<number> {
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`the process serving ${url} exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status === 200) return Date.now() - started;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Stops a child process and its own children (it runs in its own process group). */
export async function stopTree(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // gone already
    }
  }, 10_000);
  await exited;
  clearTimeout(timer);
}

/** `atensi serve` on the benchmark database, with the floor routes (ATENSI_BENCH_FLOOR=1). */
export async function startServer(env: Record<string, string>, port: number): Promise<Server> {
  const child = spawn('npx', ['atensi', 'serve', '--no-migrate', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ATENSI_BENCH_FLOOR: '1', LOGIN_MAX_FAILURES_PER_IP: '10000', ...env },
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForOk(`${url}/api/v1/health`, 120_000, Date.now(), child);
  return { url, process: child, stop: () => stopTree(child) };
}
