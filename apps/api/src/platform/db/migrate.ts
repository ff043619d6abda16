import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { MIGRATIONS_DIR } from '../paths.js';
import type { Database } from './database.js';

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export type Migration = { version: string; name: string; sql: string; checksum: string };
export type MigrationReport = { applied: string[]; alreadyApplied: number };

// Any constant works: every Atensi process that migrates takes this advisory lock, so two API processes starting
// together against one PostgreSQL do not apply the same migration twice.
const MIGRATION_LOCK_KEY = 7_283_911;

/** Reads `NNNN_name.sql` files in order. A file is never edited once applied: its checksum is verified. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir).filter((file) => file.endsWith('.sql'));
  const misnamed = files.filter((file) => !/^\d{4}_[a-z0-9_]+\.sql$/.test(file));
  if (misnamed.length > 0) {
    throw new MigrationError(`Migration files must be named NNNN_lower_snake_case.sql: ${misnamed.join(', ')}`);
  }
  const versions = files.map((file) => file.slice(0, 4));
  const duplicated = versions.filter((version, index) => versions.indexOf(version) !== index);
  if (duplicated.length > 0) throw new MigrationError(`Two migrations share the number ${duplicated.join(', ')}`);
  return files.sort().map((file) => {
    const sql = readFileSync(`${dir}/${file}`, 'utf8');
    return {
      version: file.slice(0, 4),
      name: file.slice(5, -4),
      sql,
      checksum: createHash('sha256').update(sql).digest('hex'),
    };
  });
}

/**
 * Applies the pending migrations, each in its own transaction together with its row in `schema_migrations`,
 * so a failed migration leaves nothing behind. Identical SQL runs on PGlite (PostgreSQL 18) and PostgreSQL 15.
 */
export async function migrate(
  database: Database,
  options: { migrations?: Migration[]; onApplied?: (migration: Migration) => void } = {},
): Promise<MigrationReport> {
  const migrations = options.migrations ?? readMigrations();
  return database.withSession(async (session) => {
    await session.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await session.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version text PRIMARY KEY,
        name text NOT NULL,
        checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const rows = await session.query<{ version: string; checksum: string }>(
        'SELECT version, checksum FROM schema_migrations',
      );
      const applied = new Map(rows.map((row) => [row.version, row.checksum]));
      const report: MigrationReport = { applied: [], alreadyApplied: 0 };
      for (const migration of migrations) {
        const checksum = applied.get(migration.version);
        if (checksum !== undefined) {
          if (checksum !== migration.checksum) {
            throw new MigrationError(
              `Migration ${migration.version}_${migration.name} was changed after it was applied. ` +
                'Applied migrations are never edited: write a new migration instead.',
            );
          }
          report.alreadyApplied++;
          continue;
        }
        await session.exec('BEGIN');
        try {
          await session.exec(migration.sql);
          await session.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
            migration.version,
            migration.name,
            migration.checksum,
          ]);
          await session.exec('COMMIT');
        } catch (error) {
          await session.exec('ROLLBACK');
          throw new MigrationError(
            `Migration ${migration.version}_${migration.name} failed: ${(error as Error).message}`,
          );
        }
        report.applied.push(`${migration.version}_${migration.name}`);
        options.onApplied?.(migration);
      }
      return report;
    } finally {
      await session.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  });
}
