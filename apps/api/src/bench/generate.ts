import pg from 'pg';
import { anchorAuditTrail, recordAudit } from '../modules/audit/index.js';
import { hashPassword } from '../modules/auth/index.js';
import { loadRegions } from '../modules/regions/index.js';
import { CLI_AUDIT_CONTEXT } from '../platform/auth/actor.js';
import { FieldCipher, type KeyRing } from '../platform/crypto/field-cipher.js';
import { openDatabase } from '../platform/db/database.js';
import { migrate } from '../platform/db/migrate.js';
import { checkDiskSpace, describeDiskCheck } from './disk.js';
import { aftercareGroup } from './groups/aftercare.js';
import { AuditChains, auditGroup } from './groups/audit.js';
import { beneficiariesGroup } from './groups/beneficiaries.js';
import { casesGroup } from './groups/cases.js';
import type { AuditFact, GroupContext, TableGroup } from './groups/group.js';
import { plansGroup } from './groups/plans.js';
import { referralsGroup } from './groups/referrals.js';
import { registryGroup } from './groups/registry.js';
import { screeningsGroup } from './groups/screenings.js';
import { Sinks } from './loader.js';
import { loadRegionSet } from './regions.js';
import { captureSchema, dropSchema, restoreSchema } from './schema-load.js';
import { buildPerson, type NikRegistry } from './story.js';
import { volumesFor } from './volumes.js';
import { buildWorld, type GenCatalogueItem, type World } from './world.js';

/** The table groups, in the order their rows are made; each reads the same stories (ADR 0012). */
export const GROUPS: TableGroup[] = [
  registryGroup,
  beneficiariesGroup,
  casesGroup,
  screeningsGroup,
  referralsGroup,
  plansGroup,
  aftercareGroup,
  auditGroup,
];

export const BENCH_DATASET = 'bench-country';

export type GenerateOptions = {
  url: string;
  scale: number;
  seed?: number;
  now?: Date;
  keyRing: KeyRing;
  password: string;
  log?: (line: string) => void;
};

export type GenerateReport = {
  scale: number;
  seed: number;
  day: string;
  tables: { table: string; rows: number }[];
  rows: number;
  loadSeconds: number;
  indexSeconds: number;
  totalSeconds: number;
  rowsPerSecond: number;
  loadRowsPerSecond: number;
  sampleUsers: { username: string; role: string; institution: string | null }[];
};

const format = (value: number) => Math.round(value).toLocaleString('en-US');

/**
 * Fills a fresh PostgreSQL database with a synthetic country (ADR 0012): the real migrations and regions first,
 * then every table group through COPY into bare tables, then the migrations' keys, indexes and foreign keys again
 * (checked to be exactly as before), the audit chain heads and an anchor, and ANALYZE.
 */
export async function generateCountry(options: GenerateOptions): Promise<GenerateReport> {
  const log = options.log ?? (() => {});
  const seed = options.seed ?? 20_201_109;
  const started = Date.now();
  const volumes = volumesFor(options.scale);
  const database = await openDatabase({ kind: 'postgres', url: options.url, poolSize: 2 });
  const admin = new pg.Client({ connectionString: options.url });
  let world: World;
  try {
    const report = await migrate(database);
    log(`migrations: ${report.applied.length} applied, ${report.alreadyApplied} already applied`);
    const regions = await loadRegions(database);
    log(`regions: ${regions.rows} rows of idn-area-data ${regions.version}`);
    const [used] = await database.withSession((session) =>
      session.query<{ used: boolean }>(
        'SELECT EXISTS (SELECT 1 FROM institutions) OR EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM beneficiaries) AS used',
      ),
    );
    if (used?.used) {
      throw new Error('the database already holds institutions, users or people: generate into a fresh database');
    }
    const catalogue = await database.withSession((session) =>
      session.query<GenCatalogueItem>(
        'SELECT id, code, component, unit FROM service_catalogue_items WHERE is_active ORDER BY component, position',
      ),
    );
    world = buildWorld({
      seed,
      now: options.now ?? new Date(),
      volumes,
      regions: await loadRegionSet(database),
      catalogue,
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  log(
    `world: ${world.institutions.length} institutions, ${world.users.length} users, ${format(volumes.beneficiaries)} people to generate (scale ${options.scale}, seed ${seed}, day ${world.today})`,
  );

  const context: GroupContext = {
    world,
    cipher: new FieldCipher(options.keyRing),
    passwordHash: await hashPassword(options.password),
  };
  const specs = GROUPS.flatMap((group) => group.tables);
  const tables = specs.map((spec) => spec.name);
  await admin.connect();
  try {
    log(describeDiskCheck(await checkDiskSpace(admin, options.url, volumes.beneficiaries)));
  } catch (error) {
    await admin.end();
    await database.close();
    throw error;
  }
  const sinks = new Sinks(specs);
  let loadSeconds = 0;
  let indexSeconds = 0;
  try {
    const schema = await captureSchema(admin, tables);
    await dropSchema(admin, schema);
    log(`load: ${schema.length} keys, indexes and foreign keys set aside; COPY into ${tables.length} tables`);
    await sinks.open(options.url);
    const chains = new AuditChains(world);
    await writePeople(context, sinks, chains, log, started);
    for (const group of GROUPS) group.finish?.(context, sinks);
    await sinks.close();
    loadSeconds = (Date.now() - started) / 1000;
    const rowsLoaded = [...sinks.writers.values()].reduce((sum, writer) => sum + writer.rows, 0);
    log(
      `load: ${format(rowsLoaded)} rows in ${loadSeconds.toFixed(0)} s (${format(rowsLoaded / loadSeconds)} rows/s); keys and indexes next`,
    );
    const indexStarted = Date.now();
    const builders = [admin, new pg.Client({ connectionString: options.url })];
    await builders[1]?.connect();
    for (const client of builders) await client.query("SET maintenance_work_mem = '2GB'");
    try {
      await restoreSchema(builders, tables, schema, (object, ms) => {
        if (ms > 5_000) log(`  ${object.kind} ${object.name}: ${(ms / 1000).toFixed(0)} s`);
      });
    } finally {
      await builders[1]?.end();
    }
    indexSeconds = (Date.now() - indexStarted) / 1000;
    log(
      `schema: ${schema.length} keys, indexes and foreign keys back as the migrations made them (${indexSeconds.toFixed(0)} s)`,
    );
    for (const [chain, head] of chains.finalHeads()) {
      await admin.query('UPDATE audit_chain_heads SET seq = $2, hash = $3 WHERE chain = $1', [
        chain,
        head.seq,
        head.hash,
      ]);
    }
    await database.db.transaction((tx) =>
      recordAudit(tx, CLI_AUDIT_CONTEXT, {
        action: 'bench.generate',
        entityType: 'dataset',
        entityId: BENCH_DATASET,
        details: { scale: options.scale, seed, day: world.today, auditedEvents: chains.events },
      }),
    );
    await anchorAuditTrail(database.db);
    await admin.query(
      `INSERT INTO reference_datasets (name, version, row_count) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, row_count = EXCLUDED.row_count, loaded_at = now()`,
      [BENCH_DATASET, `scale=${options.scale};seed=${seed};day=${world.today}`, volumes.beneficiaries],
    );
    log('analyze: planner statistics for every table');
    await admin.query('ANALYZE');
  } catch (error) {
    await sinks.abort();
    throw error;
  } finally {
    await admin.end();
    await database.close();
  }
  const counts = [...sinks.writers.values()].map((writer) => ({ table: writer.spec.name, rows: writer.rows }));
  const rows = counts.reduce((sum, entry) => sum + entry.rows, 0);
  const totalSeconds = (Date.now() - started) / 1000;
  const largest = [...world.institutions].filter((i) => i.type === 'ipwl').sort((a, b) => b.weight - a.weight)[0];
  const sampleUsers = world.users
    .filter(
      (user) => user.institutionId === null || user.institutionId === largest?.id || user.role === 'balai_manager',
    )
    .slice(0, 8)
    .map((user) => ({
      username: user.username,
      role: user.role,
      institution: user.institutionId ? (world.byId.get(user.institutionId)?.code ?? null) : null,
    }));
  return {
    scale: options.scale,
    seed,
    day: world.today,
    tables: counts,
    rows,
    loadSeconds,
    indexSeconds,
    totalSeconds,
    rowsPerSecond: rows / totalSeconds,
    loadRowsPerSecond: rows / loadSeconds,
    sampleUsers,
  };
}

/** Every caring institution's people in turn: their stories, the rows of each group, their audit events. */
async function writePeople(
  context: GroupContext,
  sinks: Sinks,
  chains: AuditChains,
  log: (line: string) => void,
  started: number,
) {
  const { world } = context;
  for (const group of GROUPS) group.reference?.(context, sinks);
  const caring = world.institutions.filter((institution) => institution.weight > 0);
  const totalWeight = caring.reduce((sum, institution) => sum + institution.weight, 0);
  const total = world.volumes.beneficiaries;
  const niks: NikRegistry = new Map();
  let index = 0;
  let nextReport = Math.max(1000, Math.round(total / 20));
  for (const [position, institution] of caring.entries()) {
    const last = position === caring.length - 1;
    const count = last
      ? total - index
      : Math.min(total - index, Math.round((total * institution.weight) / totalWeight));
    const facts: AuditFact[] = [];
    for (let n = 0; n < count; n++, index++) {
      const story = buildPerson(world, institution, index, niks);
      for (const group of GROUPS) group.person?.(context, story, sinks);
      for (const group of GROUPS) group.audit?.(context, story, facts);
      if (index % 256 === 0) await sinks.drain();
      if (index >= nextReport) {
        const rows = [...sinks.writers.values()].reduce((sum, writer) => sum + writer.rows, 0);
        const seconds = (Date.now() - started) / 1000;
        log(
          `  people ${format(index)}/${format(total)} (${Math.round((100 * index) / total)}%): ${format(rows)} rows, ${format(rows / seconds)} rows/s`,
        );
        nextReport += Math.max(1000, Math.round(total / 20));
      }
    }
    chains.append(facts, sinks);
    await sinks.drain();
  }
}
