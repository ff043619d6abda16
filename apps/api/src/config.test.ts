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
});
