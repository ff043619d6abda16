import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// The `atensi` command as a user runs it: a real process, its output and its exit code.
const BIN = fileURLToPath(new URL('../bin/atensi.js', import.meta.url));

function atensi(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', ...env },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'atensi-cli-'));

describe('atensi command line', () => {
  test('--help describes every command and the exit codes', () => {
    const { code, stdout } = atensi(['--help']);
    expect(code).toBe(0);
    for (const word of ['migrate', 'seed', 'serve', 'Exit codes', 'DATABASE_URL']) expect(stdout).toContain(word);
  });

  test('a command it does not know is a usage error (2)', () => {
    const { code, stderr } = atensi(['migrat']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown command 'migrat'/);
  });

  test('seed without a data set says what to type (2)', () => {
    const { code, stderr } = atensi(['seed'], { ATENSI_DATA_DIR: tempDir() });
    expect(code).toBe(2);
    expect(stderr).toContain('atensi seed --demo');
  });

  test('a bad environment lists every problem (3)', () => {
    const { code, stderr } = atensi(['migrate'], { PORT: 'eighty', DATABASE_URL: 'mysql://nope' });
    expect(code).toBe(3);
    expect(stderr).toContain('PORT');
    expect(stderr).toContain('DATABASE_URL');
  });

  test('migrate loads every region once, then has nothing to do', () => {
    const dir = tempDir();
    const first = atensi(['migrate'], { ATENSI_DATA_DIR: dir });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/regions: village 8\d{4}\/8\d{4}/);
    expect(first.stdout).toMatch(/regions: loaded 9\d{4} rows of idn-area-data/);
    const second = atensi(['migrate'], { ATENSI_DATA_DIR: dir });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('migrations: 0 applied');
    expect(second.stdout).toMatch(/already loaded/);
  }, 120_000);

  test('a second process on an embedded database in use gets a clear error (4), not silent data loss', () => {
    const dir = tempDir();
    const server = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      const pgliteDir = join(dir, 'pglite');
      mkdirSync(pgliteDir, { recursive: true });
      writeFileSync(
        join(pgliteDir, 'atensi.lock'),
        JSON.stringify({
          pid: server.pid,
          hostname: hostname(),
          command: 'atensi serve',
          startedAt: new Date().toISOString(),
        }),
      );
      const { code, stderr } = atensi(['migrate'], { ATENSI_DATA_DIR: dir });
      expect(code).toBe(4);
      expect(stderr).toContain(`already open in process ${server.pid} (atensi serve`);
    } finally {
      server.kill();
    }
  });
});

describe('atensi audit', () => {
  test('verify on a fresh database reports an intact trail; export writes a CSV header; bad dates are refused', () => {
    const dir = tempDir();
    expect(atensi(['migrate'], { ATENSI_DATA_DIR: dir }).code).toBe(0);
    const verify = atensi(['audit', 'verify'], { ATENSI_DATA_DIR: dir });
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('audit: intact');
    const exported = atensi(['audit', 'export', '--from', '2026-01-01', '--to', '2026-12-31'], {
      ATENSI_DATA_DIR: dir,
    });
    expect(exported.code).toBe(0);
    expect(exported.stdout.split('\n')[0]).toBe(
      'id,occurred_at,chain,seq,actor_id,actor_role,action,entity_type,entity_id,institution_id,ip,user_agent,request_id,changed_fields,hash',
    );
    const bad = atensi(['audit', 'export', '--from', '2026-13-45', '--to', '2026-12-31'], { ATENSI_DATA_DIR: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('a date is YYYY-MM-DD');
  }, 120_000);
});
