import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';

// The `atensi` command as a user runs it: a real process, its output and its exit code.
const BIN = fileURLToPath(new URL('../bin/atensi.js', import.meta.url));

function atensi(args: string[], env: Record<string, string> = {}, input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
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

describe('atensi on a migrated database', () => {
  let dir = '';
  beforeAll(() => {
    dir = tempDir();
    expect(atensi(['migrate'], { ATENSI_DATA_DIR: dir }).code).toBe(0);
  }, 120_000);

  test('users create as the contract says: password from standard input, institution by code', () => {
    const env = { ATENSI_DATA_DIR: dir, ATENSI_DEMO_PASSWORD: 'demo-kata-sandi-uji' };
    const seeded = atensi(['seed', '--demo'], env);
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toMatch(/demo data: 52 institutions, 7 users and 12 people with their cases added/);
    expect(atensi(['seed', '--demo'], env).stdout).toMatch(
      /demo data: 0 institutions, 0 users and 0 people with their cases added/,
    );

    const created = atensi(
      [
        'users',
        'create',
        '--username',
        'budi.pekerja',
        '--role',
        'pendamping',
        '--institution',
        'IPWL-SINAR-PEMULIHAN',
        '--password-stdin',
      ],
      env,
      'tahu bulat digoreng dadakan\n',
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(
      /^created user budi\.pekerja \(pendamping at IPWL-SINAR-PEMULIHAN\) id [0-9a-f-]{36}$/m,
    );

    const list = atensi(['users', 'list'], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^budi\.pekerja\tpendamping\tIPWL-SINAR-PEMULIHAN\tactive\tno\tnever$/m);
    expect(list.stdout).toMatch(/^admin\tadmin\t-\tactive/m);
    expect(list.stdout).not.toContain('tahu bulat');

    const taken = atensi(
      ['users', 'create', '--username', 'budi.pekerja', '--role', 'direktorat', '--password-stdin'],
      env,
      'sambal terasi pedas sekali',
    );
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('The username budi.pekerja is taken.');
    const weak = atensi(
      ['users', 'create', '--username', 'lemah', '--role', 'direktorat', '--password-stdin'],
      env,
      'password1',
    );
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('password: A password has at least 10 characters.');
    const common = atensi(
      ['users', 'create', '--username', 'umum', '--role', 'direktorat', '--password-stdin'],
      env,
      'password123',
    );
    expect(common.code).toBe(1);
    expect(common.stderr).toContain('This password is too common');
    const noInstitution = atensi(
      ['users', 'create', '--username', 'tanpa.lembaga', '--role', 'ipwl_manager', '--password-stdin'],
      env,
      'kerupuk udang renyah sekali',
    );
    expect(noInstitution.code).toBe(1);
    expect(noInstitution.stderr).toContain('This role needs an institution.');
    const unknown = atensi(
      [
        'users',
        'create',
        '--username',
        'x.y.z',
        '--role',
        'pendamping',
        '--institution',
        'TIDAK-ADA',
        '--password-stdin',
      ],
      env,
      'kerupuk udang renyah sekali',
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no institution with code TIDAK-ADA');
    const badRole = atensi(['users', 'create', '--username', 'x.y.z', '--role', 'raja', '--password-stdin'], env, 'x');
    expect(badRole.code).toBe(2);
    const noStdin = atensi(['users', 'create', '--username', 'x.y.z', '--role', 'admin'], env);
    expect(noStdin.code).toBe(2);
    expect(noStdin.stderr).toContain('--password-stdin');

    expect(atensi(['users', 'disable', '--username', 'budi.pekerja'], env).stdout).toContain('budi.pekerja: disabled');
    expect(atensi(['users', 'enable', '--username', 'budi.pekerja'], env).stdout).toContain('budi.pekerja: active');
    const reset = atensi(
      ['users', 'reset-password', '--username', 'budi.pekerja', '--password-stdin', '--temporary'],
      env,
      'bubur ayam tanpa kecap',
    );
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain('to be changed at next sign-in');
    expect(atensi(['users', 'disable', '--username', 'siapa.ini'], env).code).toBe(1);

    const alerts = atensi(['alerts', 'run'], env);
    expect(alerts.code).toBe(0);
    expect(alerts.stdout).toMatch(
      /^alerts: [1-9]\d* raised, 0 resolved, [1-9]\d* open; 0 overdue referrals escalated$/m,
    );
    expect(atensi(['alerts', 'run'], env).stdout).toMatch(/^alerts: 0 raised, 0 resolved/m);

    const rotated = atensi(['keys', 'rotate'], env);
    expect(rotated.stderr).toBe('');
    expect(rotated.stdout).toMatch(/keys: new key k2 added to .*field-keys\.json/);
    expect(rotated.stdout).toMatch(/keys: \d+ values re-sealed with key k2/);
    const keyFile = JSON.parse(readFileSync(join(dir, 'field-keys.json'), 'utf8')) as { dataKeys: { id: string }[] };
    expect(keyFile.dataKeys.map((key) => key.id)).toStrictEqual(['k2', 'k1']);

    const verify = atensi(['audit', 'verify'], env);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('audit: intact');
  }, 120_000);

  test('verify on a fresh database reports an intact trail; export writes a CSV header; bad dates are refused', () => {
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
