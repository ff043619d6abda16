import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'atensi-config-'));

describe('loadConfig', () => {
  test('defaults: PGlite under the data dir, port 3000, a session secret generated once and kept', () => {
    const dir = tempDir();
    const config = loadConfig({ ATENSI_DATA_DIR: dir });
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'pglite', dataDir: join(dir, 'pglite') });
    expect(config.auth.sessionSecret.length).toBeGreaterThanOrEqual(32);
    const file = join(dir, 'session-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(config.auth.sessionSecret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadConfig({ ATENSI_DATA_DIR: dir }).auth.sessionSecret).toBe(config.auth.sessionSecret);
  });

  test('DATABASE_URL selects PostgreSQL with a pool', () => {
    const config = loadConfig({
      ATENSI_DATA_DIR: tempDir(),
      DATABASE_URL: 'postgres://u:p@db:5432/atensi',
      DATABASE_POOL_SIZE: '25',
      SESSION_SECRET: 's'.repeat(40),
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/atensi', poolSize: 25 });
    expect(config.auth.sessionSecret).toBe('s'.repeat(40));
  });

  test('every problem is listed at once, by variable name', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SESSION_SECRET: 'short', LOG_LEVEL: 'loud' });
      expect.unreachable('loadConfig should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      for (const name of ['PORT', 'DATABASE_URL', 'SESSION_SECRET', 'LOG_LEVEL']) expect(problems).toContain(name);
      expect((error as Error).message).toMatch(/^Invalid configuration:\n {2}- /);
    }
  });

  test('field keys: generated into the data dir once; from the environment when set; required in production on PostgreSQL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atensi-keys-'));
    const first = loadConfig({ ATENSI_DATA_DIR: dir });
    expect(first.keyFile).toBe(join(dir, 'field-keys.json'));
    expect(first.keyRing.dataKeys.map((key) => key.id)).toStrictEqual(['k1']);
    expect(
      loadConfig({ ATENSI_DATA_DIR: dir }).keyRing.dataKeys[0]?.key.equals(
        first.keyRing.dataKeys[0]?.key ?? Buffer.alloc(0),
      ),
    ).toBe(true);

    const key = Buffer.alloc(32, 3).toString('base64');
    const fromEnv = loadConfig({
      ATENSI_DATA_DIR: dir,
      ATENSI_DATA_KEYS: `k9:${key},k8:${key}`,
      ATENSI_INDEX_KEY: key,
    });
    expect(fromEnv.keyFile).toBeNull();
    expect(fromEnv.keyRing.dataKeys.map((entry) => entry.id)).toStrictEqual(['k9', 'k8']);

    expect(() => loadConfig({ ATENSI_DATA_DIR: dir, ATENSI_DATA_KEYS: `k9:${key}` })).toThrow(
      /both ATENSI_DATA_KEYS and ATENSI_INDEX_KEY/,
    );
    expect(() => loadConfig({ ATENSI_DATA_DIR: dir, ATENSI_DATA_KEYS: 'k1:c2hvcnQ=', ATENSI_INDEX_KEY: key })).toThrow(
      /32 bytes/,
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db/atensi', SESSION_SECRET: 's'.repeat(40) }),
    ).toThrow(/ATENSI_DATA_KEYS and ATENSI_INDEX_KEY are required in production/);
  });
});
