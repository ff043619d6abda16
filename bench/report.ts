import type { StartRow } from './embedded.js';
import type { PlanReport } from './explain.js';
import { describeShares } from './lib/profile.js';
import { table } from './lib/stats.js';
import type { ReadRow } from './read-paths.js';
import type { PageLoad } from './web.js';
import type { WritePathRow } from './write-path.js';

const mark = (ok: boolean) => (ok ? 'met' : '**missed**');

/** The results of one run as Markdown: what ran where, each figure beside its floor, each goal met or missed. */
export function renderMarkdown(results: Record<string, unknown>, detail: 'full' | 'summary' = 'full'): string {
  const machine = results.machine as {
    cpu: string;
    cores: number;
    memoryGiB: number;
    loadAverageAtStart: number[];
    node: string;
    postgres: Record<string, string>;
  };
  const country = results.country as { version: string; generation: string | null };
  const parts: string[] = [
    `# Benchmarks, scale ${results.scale} (${String(results.startedAt).slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    `Machine: ${machine.cores} x ${machine.cpu}, ${machine.memoryGiB} GiB, load average at start ${machine.loadAverageAtStart.join(' ')} (shared with other work), Node ${machine.node}; ${machine.postgres.version?.split(' on ')[0]} (shared_buffers ${machine.postgres.shared_buffers}, work_mem ${machine.postgres.work_mem}), database ${machine.postgres.database_size}.`,
    `Country: ${country.version}${country.generation ? `; ${country.generation}` : ''}.`,
  ];
  const write = results.writePath as WritePathRow[] | undefined;
  if (write) {
    parts.push('', '## Write path: POST /api/v1/cases/:id/screenings', '');
    parts.push(
      table(
        [
          'concurrency',
          'floor req/s',
          'floor p50 / p99 ms',
          'screenings req/s',
          'screenings p50 / p99 ms',
          'ratio (goal ≥ 0.5)',
          'p99 goal < 50 ms at c=32',
        ],
        write.map((row) => [
          row.concurrency,
          row.floor.requestsPerSecond,
          `${row.floor.p50} / ${row.floor.p99}`,
          row.screenings.requestsPerSecond,
          `${row.screenings.p50} / ${row.screenings.p99}`,
          `${row.ratio} (${mark(row.ratio >= 0.5)})`,
          row.concurrency === 32 ? mark(row.screenings.p99 < 50) : '',
        ]),
      ),
    );
    const profiled = write.filter((row) => row.profile);
    if (profiled.length > 0) {
      parts.push(
        '',
        "Where the screenings' time went (sampled every 20 ms during each load): what the database sessions were doing " +
          '(`CPU`: active with no wait event; `idle in transaction`: inside a transaction, waiting for the API), and the ' +
          "share of the machine's CPU each program used.",
        '',
      );
      parts.push(
        table(
          ['concurrency', 'samples', 'database sessions', 'CPU of the machine'],
          profiled.map((row) => [
            row.concurrency,
            row.profile.samples,
            describeShares(row.profile.waits, 8),
            describeShares(row.profile.cpu, 8),
          ]),
        ),
      );
    }
  }
  const reads = results.readPaths as ReadRow[] | undefined;
  if (reads) {
    parts.push('', '## Read paths (one request at a time, many workers)', '');
    parts.push(
      table(
        ['path', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'p95 / floor p95', 'goal p95 < 50 ms'],
        reads.map((row) => [
          row.label,
          row.n,
          row.p50,
          row.p95,
          row.p99,
          row.ratioP95,
          row.path === 'floor' ? '' : mark(row.p95 < 50),
        ]),
      ),
    );
  }
  const plans = results.plans as PlanReport[] | undefined;
  if (plans) {
    parts.push('', '### Query plans (EXPLAIN ANALYZE of the statements each request sent)', '');
    parts.push(
      table(
        ['request', 'statement', 'indexes used', 'sequential scans', 'execution ms'],
        plans.flatMap((report) =>
          report.statements.map((statement, index) => [
            index === 0 ? `${report.request} (${report.sent} statements)` : '',
            `\`${statement.sql.slice(0, 70).replace(/\|/g, '\\|').replace(/\s+/g, ' ')}…\``,
            statement.indexes.join(', ') || '-',
            statement.seqScans.join(', ') || '-',
            Number.isFinite(statement.executionMs) ? statement.executionMs : '-',
          ]),
        ),
      ),
    );
    if (detail === 'full') {
      parts.push('', '<details><summary>Full plans</summary>', '');
      for (const report of plans) {
        for (const statement of report.statements) {
          parts.push(`**${report.request}**`, '', '```sql', statement.sql, '```', '', '```', statement.plan, '```', '');
        }
      }
      parts.push('</details>');
    }
  }
  const embedded = results.embedded as StartRow[] | undefined;
  if (embedded) {
    parts.push('', '## Embedded mode (PGlite): to the first 200 of /api/v1/health', '');
    parts.push(
      table(
        ['start', 'command', 'seconds', 'peak memory MiB (process tree)', 'ratio to floor', 'goal < 10 s'],
        embedded.map((row) => [
          row.what,
          `\`${row.command}\``,
          row.seconds,
          row.peakMiB,
          row.ratio,
          row.what.startsWith('floor') ? '' : mark(row.seconds < 10),
        ]),
      ),
    );
  }
  const web = results.web as (PageLoad & { floorSeconds: number })[] | undefined;
  if (web) {
    parts.push(
      '',
      `## Web: first load in headless Chromium, 3G (floor: /api/v1/health in ${web[0]?.floorSeconds} s)`,
      '',
    );
    parts.push(
      table(
        [
          'page',
          'JS KiB gzip (goal < 300)',
          'JS KiB sent',
          'CSS KiB gzip',
          'CSS KiB sent',
          'usable after s (goal < 5)',
          'ratio to floor',
        ],
        web.map((row) => [
          row.page,
          `${row.jsGzipKiB} (${mark(row.jsGzipKiB < 300)})`,
          row.jsTransferredKiB,
          row.cssGzipKiB,
          row.cssTransferredKiB,
          `${row.usableSeconds} (${mark(row.usableSeconds < 5)})`,
          row.ratio,
        ]),
      ),
    );
  }
  return `${parts.join('\n')}\n`;
}
