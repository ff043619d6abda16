import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig } from './config.js';
import { loadRegions } from './modules/regions/index.js';
import { openDatabase } from './platform/db/database.js';
import { DataDirLockedError } from './platform/db/lock.js';
import { MigrationError, migrate } from './platform/db/migrate.js';
import { seedDemo } from './seed/demo.js';
import { databaseOptions, startServer } from './server.js';

/** Exit codes, documented in `atensi --help`. */
export const EXIT = { ok: 0, failure: 1, usage: 2, config: 3, locked: 4 } as const;

const out = (line: string) => process.stdout.write(`${line}\n`);

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new InvalidArgumentError('a port is 1 to 65535');
  return port;
}

async function openForCommand(command: string) {
  const config = loadConfig();
  const database = await openDatabase(databaseOptions(config, command));
  return { config, database };
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
      '\nExit codes: 0 ok, 1 failure, 2 wrong usage, 3 invalid configuration, 4 embedded database in use by another process.' +
        '\nEnvironment: PORT, HOST, DATABASE_URL, DATABASE_POOL_SIZE, ATENSI_DATA_DIR, ATENSI_WEB_DIR, SESSION_SECRET, LOG_LEVEL, TRUST_PROXY.',
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
      const { database } = await openForCommand('atensi seed --demo');
      try {
        const report = await seedDemo(database);
        out(report);
      } finally {
        await database.close();
      }
    });

  program
    .command('serve')
    .description('serve the API and the web app (migrates first)')
    .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)', parsePort)
    .option('--no-migrate', 'do not apply migrations at start')
    .action(async (options: { port?: number; migrate: boolean }) => {
      const config = loadConfig();
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

  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  try {
    await buildCli().parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0)
        return EXIT.ok;
      if (error.code === 'atensi.usage') process.stderr.write(`atensi: ${error.message}\n`);
      return EXIT.usage;
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
