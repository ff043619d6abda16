import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { addBenchCommands } from './cli.bench.js';
import { addUserCommands, describeAppError } from './cli.users.js';
import { ConfigError, loadConfig, writeKeyFile } from './config.js';
import { runAlerts } from './modules/alerts/index.js';
import { anchorAuditTrail, dayRange, exportAuditCsv, recordAudit, verifyAuditTrail } from './modules/audit/index.js';
import { loadRegions } from './modules/regions/index.js';
import { CLI_AUDIT_CONTEXT } from './platform/auth/actor.js';
import { FieldCipher, newDataKey } from './platform/crypto/field-cipher.js';
import { resealAll } from './platform/crypto/reseal.js';
import { type Database, openDatabase } from './platform/db/database.js';
import { DataDirLockedError } from './platform/db/lock.js';
import { MigrationError, migrate } from './platform/db/migrate.js';
import { AppError } from './platform/http/app-error.js';
import { DiskFileStorage } from './platform/storage/file-storage.js';

/** Exit codes, documented in `atensi --help`. */
export { out, withDatabase };
export const EXIT = { ok: 0, failure: 1, usage: 2, config: 3, locked: 4, auditBroken: 5 } as const;

const out = (line: string) => process.stdout.write(`${line}\n`);

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new InvalidArgumentError('a port is 1 to 65535');
  return port;
}

async function openForCommand(command: string) {
  const config = loadConfig();
  // The application (every module) loads only for the commands that need it: `--help` and usage errors stay quick.
  const { databaseOptions } = await import('./server.js');
  const database = await openDatabase(databaseOptions(config, command));
  return { config, database };
}

/** Opens the configured database for one command and always closes it (releasing the PGlite lock). */
async function withDatabase<T>(command: string, fn: (database: Database) => Promise<T>): Promise<T> {
  const { database } = await openForCommand(command);
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** Migrations, then the reference data they describe (regions), with progress on long steps. */
async function runMigrate(): Promise<void> {
  const { config, database } = await openForCommand('atensi migrate');
  try {
    out(
      `database: ${config.database.kind === 'pglite' ? `PGlite in ${config.database.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
    );
    const report = await migrate(database, { onApplied: (m) => out(`  applied ${m.version}_${m.name}`) });
    out(`migrations: ${report.applied.length} applied, ${report.alreadyApplied} already applied`);
    let lastLevel = '';
    const regions = await loadRegions(database, ({ level, loaded, total }) => {
      if (!process.stdout.isTTY) {
        if (loaded === total) out(`  regions: ${level} ${loaded}/${total}`);
        return;
      }
      if (level !== lastLevel && lastLevel) process.stdout.write('\n');
      lastLevel = level;
      process.stdout.write(`\r  regions: ${level} ${loaded}/${total}`);
    });
    if (process.stdout.isTTY && lastLevel) process.stdout.write('\n');
    out(
      regions.skipped
        ? `regions: idn-area-data ${regions.version} already loaded (${regions.rows} rows)`
        : `regions: loaded ${regions.rows} rows of idn-area-data ${regions.version}` +
            (regions.deactivated ? `, ${regions.deactivated} codes no longer official marked inactive` : ''),
    );
  } finally {
    await database.close();
  }
}

export function buildCli(): Command {
  const program = new Command('atensi')
    .description(
      'Atensi: case management for ATENSI social rehabilitation of victims of drug abuse.\n' +
        'Database: PGlite in ATENSI_DATA_DIR (default ./.atensi/data), or PostgreSQL when DATABASE_URL is set.',
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 ok, 1 failure, 2 wrong usage, 3 invalid configuration, 4 embedded database in use by another process,' +
        '\n5 audit trail broken (atensi audit verify).' +
        '\nEnvironment: PORT, HOST, DATABASE_URL, DATABASE_POOL_SIZE, ATENSI_DATA_DIR, ATENSI_WEB_DIR, SESSION_SECRET, LOG_LEVEL, TRUST_PROXY,' +
        '\nSESSION_IDLE_MINUTES, SESSION_ABSOLUTE_HOURS, COOKIE_SECURE, TOTP_REQUIRED_ROLES, LOGIN_MAX_FAILURES, LOGIN_MAX_FAILURES_PER_IP,' +
        '\nATENSI_DEMO_PASSWORD (see README).',
    )
    .exitOverride()
    .showHelpAfterError();

  program
    .command('migrate')
    .description('apply pending database migrations and load the official region list (idn-area-data)')
    .action(runMigrate);

  program
    .command('seed')
    .description('load a data set; --demo loads the synthetic demo data (idempotent, never real people)')
    .option('--demo', 'the synthetic demo data set')
    .action(async (options: { demo?: boolean }) => {
      if (!options.demo) throw new CommanderError(EXIT.usage, 'atensi.usage', 'say which data set: atensi seed --demo');
      await runMigrate();
      const { demoPassword, keyRing, documents } = loadConfig();
      const { seedDemo } = await import('./seed/demo.js');
      const files = new DiskFileStorage(documents.dir);
      out(
        await withDatabase('atensi seed --demo', (database) =>
          seedDemo(database, { password: demoPassword, keyRing, files }),
        ),
      );
    });

  program
    .command('serve')
    .description('serve the API and the web app (migrates first)')
    .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)', parsePort)
    .option('--no-migrate', 'do not apply migrations at start')
    .action(async (options: { port?: number; migrate: boolean }) => {
      const config = loadConfig();
      const { startServer } = await import('./server.js');
      const server = await startServer(config, {
        migrate: options.migrate,
        ...(options.port ? { port: options.port } : {}),
        log: out,
      });
      out(`Atensi is running at ${server.url} (database: ${server.database.kind}); API docs at ${server.url}/api/docs`);
      const stop = async (signal: string) => {
        out(`${signal}: stopping`);
        await server.close();
        process.exit(EXIT.ok);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
    });

  addUserCommands(program);
  addBenchCommands(program);

  program
    .command('keys')
    .description('field-encryption keys (docs/adr/0007)')
    .command('rotate')
    .description(
      'with generated keys: add a new key and re-seal every value with it; with ATENSI_DATA_KEYS: re-seal every ' +
        'value with the first key (put the new key first, keep the old ones after it)',
    )
    .action(async () => {
      const config = loadConfig();
      let ring = config.keyRing;
      if (config.keyFile) {
        const next = Math.max(0, ...ring.dataKeys.map((key) => Number(/^k(\d+)$/.exec(key.id)?.[1] ?? 0))) + 1;
        ring = { ...ring, dataKeys: [newDataKey(`k${next}`), ...ring.dataKeys] };
        writeKeyFile(config.keyFile, ring);
        out(`keys: new key k${next} added to ${config.keyFile}`);
      }
      const cipher = new FieldCipher(ring);
      const counts = await withDatabase('atensi keys rotate', async (database) => {
        const resealed = await resealAll(database, cipher);
        await database.db.transaction((tx) =>
          recordAudit(tx, CLI_AUDIT_CONTEXT, {
            action: 'keys.rotate',
            entityType: 'key',
            entityId: cipher.activeKeyId,
            details: resealed,
          }),
        );
        return resealed;
      });
      const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
      out(`keys: ${total} values re-sealed with key ${cipher.activeKeyId}`);
    });

  program
    .command('alerts')
    .description('certification and staffing alerts')
    .command('run')
    .description('raise and resolve the alerts now (atensi serve does this daily)')
    .action(async () => {
      const config = loadConfig();
      const result = await withDatabase('atensi alerts run', (database) =>
        runAlerts(
          database.db,
          { expiringDays: config.certificationExpiringDays, clock: () => new Date() },
          CLI_AUDIT_CONTEXT,
        ),
      );
      out(
        `alerts: ${result.raised} raised, ${result.resolved} resolved, ${result.open} open; ${result.escalatedReferrals} overdue referrals escalated`,
      );
    });

  const audit = program.command('audit').description('the tamper-evident audit trail');
  audit
    .command('verify')
    .description('check every hash chain and anchor; report the first broken link of each chain (exit 5 if any)')
    .action(async () => {
      const result = await withDatabase('atensi audit verify', (database) => verifyAuditTrail(database.db));
      out(`audit: ${result.events} events in ${result.chains} chains, ${result.anchors} anchors checked`);
      for (const p of result.problems) {
        out(`BROKEN chain ${p.chain} at ${p.seq}${p.eventId ? ` (event ${p.eventId})` : ''}: ${p.problem}`);
      }
      out(result.ok ? 'audit: intact' : `audit: ${result.problems.length} broken link(s)`);
      if (!result.ok) throw new CommanderError(EXIT.auditBroken, 'atensi.audit_broken', 'audit trail broken');
    });
  audit
    .command('anchor')
    .description('record every chain head in a new anchor (the server also does this every hour)')
    .action(async () => {
      const id = await withDatabase('atensi audit anchor', (database) => anchorAuditTrail(database.db));
      out(`audit: anchor ${id} written`);
    });
  audit
    .command('export')
    .description('write the events of a date range (UTC, inclusive) as CSV to standard output')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD', parseDate)
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD', parseDate)
    .action(async (options: { from: string; to: string }) => {
      if (options.from > options.to) throw new CommanderError(EXIT.usage, 'atensi.usage', '--from is after --to');
      const count = await withDatabase('atensi audit export', (database) =>
        exportAuditCsv(database.db, dayRange(options.from, options.to, 'Z'), out),
      );
      process.stderr.write(`audit: ${count} events exported\n`);
    });

  return program;
}

function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new InvalidArgumentError('a date is YYYY-MM-DD');
  }
  return value;
}

export async function runCli(argv: string[]): Promise<number> {
  try {
    await buildCli().parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0)
        return EXIT.ok;
      if (error.code === 'atensi.audit_broken') return EXIT.auditBroken;
      if (error.code === 'atensi.failure') {
        process.stderr.write(`atensi: ${error.message}\n`);
        return EXIT.failure;
      }
      if (error.code === 'atensi.usage') process.stderr.write(`atensi: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof AppError) {
      process.stderr.write(`atensi: ${describeAppError(error)}\n`);
      return EXIT.failure;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`atensi: ${error.message}\n`);
      return EXIT.config;
    }
    if (error instanceof DataDirLockedError) {
      process.stderr.write(`atensi: ${error.message}\n`);
      return EXIT.locked;
    }
    process.stderr.write(
      `atensi: ${error instanceof MigrationError ? error.message : ((error as Error).stack ?? String(error))}\n`,
    );
    return EXIT.failure;
  }
}

// Run when executed as the command (bin/atensi.js imports this module), not when imported by a test.
if (process.argv[1] && /atensi(\.js)?$|cli\.(ts|js)$/.test(process.argv[1])) {
  const code = await runCli(process.argv.slice(2));
  // `serve` keeps running; every other command ends here.
  if (code !== EXIT.ok || !process.argv.slice(2).includes('serve')) process.exit(code);
}
