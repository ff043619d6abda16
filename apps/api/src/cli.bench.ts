import { type Command, CommanderError, InvalidArgumentError } from 'commander';
import { loadConfig } from './config.js';

const out = (line: string) => process.stdout.write(`${line}\n`);

function parseScale(value: string): number {
  const scale = Number(value);
  if (!Number.isFinite(scale) || scale <= 0)
    throw new InvalidArgumentError('a scale is a positive number (1 = 4 million people)');
  return scale;
}

/** `atensi bench generate`: the synthetic country of the benchmarks (bench/README.md, ADR 0012). */
export function addBenchCommands(program: Command): void {
  program
    .command('bench')
    .description('benchmark data (never on a database holding real data)')
    .command('generate')
    .description(
      'fill a fresh PostgreSQL database (DATABASE_URL) with a synthetic country through COPY: at scale 1, 4 million ' +
        'people, about 5 million cases and 10 million screenings, 200 institutions, 5,000 staff; users get ' +
        'ATENSI_DEMO_PASSWORD; identifiers are sealed with the configured keys',
    )
    .requiredOption('--scale <scale>', 'size of the country: 1 is national scale, 0.01 a quick one', parseScale)
    .option('--seed <seed>', 'seed of the random choices (same seed, scale and day: same country)', (v) => Number(v))
    .action(async (options: { scale: number; seed?: number }) => {
      const config = loadConfig();
      if (config.database.kind !== 'postgres') {
        throw new CommanderError(
          2,
          'atensi.usage',
          'bench generate needs PostgreSQL: set DATABASE_URL to a fresh database',
        );
      }
      // Loaded on use: the generator needs pg-copy-streams, a development dependency.
      const { generateCountry } = await import('./bench/generate.js');
      const report = await generateCountry({
        url: config.database.url,
        scale: options.scale,
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
        keyRing: config.keyRing,
        password: config.demoPassword,
        log: out,
      });
      out('');
      out('| table | rows |');
      out('|---|---:|');
      for (const { table, rows } of report.tables) out(`| ${table} | ${rows.toLocaleString('en-US')} |`);
      out(`| **all** | **${report.rows.toLocaleString('en-US')}** |`);
      out('');
      out(
        `generated ${report.rows.toLocaleString('en-US')} rows in ${report.totalSeconds.toFixed(0)} s: ` +
          `${Math.round(report.rowsPerSecond).toLocaleString('en-US')} rows/s overall, ` +
          `${Math.round(report.loadRowsPerSecond).toLocaleString('en-US')} rows/s while loading ` +
          `(COPY ${report.loadSeconds.toFixed(0)} s, keys and indexes ${report.indexSeconds.toFixed(0)} s)`,
      );
      out(`sign in as (password ATENSI_DEMO_PASSWORD): ${report.sampleUsers.map((u) => u.username).join(', ')}`);
    });
}
