import type pg from 'pg';

/** A constraint or index as the migrations made it, to put back exactly after the load. */
export type SchemaObject = {
  kind: 'constraint' | 'index';
  name: string;
  table: string;
  definition: string;
  type: string;
};

/**
 * The keys, unique constraints, foreign keys and indexes of the tables a load fills (and foreign keys from other
 * tables into them), as the migrations created them. Bulk loads are much faster into bare tables; the same
 * definitions are created again afterwards, and `restore` checks the schema ends exactly as it began.
 */
export async function captureSchema(client: pg.Client, tables: readonly string[]): Promise<SchemaObject[]> {
  const constraints = await client.query<{ name: string; table: string; definition: string; type: string }>(
    `SELECT c.conname AS name, c.conrelid::regclass::text AS table, pg_get_constraintdef(c.oid) AS definition,
            c.contype::text AS type
       FROM pg_constraint c
      WHERE c.contype IN ('p', 'u', 'f')
        AND (c.conrelid::regclass::text = ANY($1) OR c.confrelid::regclass::text = ANY($1))
      ORDER BY c.conname`,
    [tables],
  );
  const indexes = await client.query<{ name: string; table: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, i.indrelid::regclass::text AS table,
            pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid::regclass::text = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
      ORDER BY 1`,
    [tables],
  );
  return [
    ...constraints.rows.map((row) => ({ kind: 'constraint' as const, ...row })),
    ...indexes.rows.map((row) => ({ kind: 'index' as const, ...row, type: 'i' })),
  ];
}

export async function dropSchema(client: pg.Client, objects: readonly SchemaObject[]): Promise<void> {
  const order = (object: SchemaObject) => (object.type === 'f' ? 0 : object.kind === 'constraint' ? 1 : 2);
  for (const object of [...objects].sort((a, b) => order(a) - order(b))) {
    await client.query(
      object.kind === 'constraint'
        ? `ALTER TABLE ${object.table} DROP CONSTRAINT "${object.name}"`
        : `DROP INDEX ${object.name}`,
    );
  }
}

/**
 * Creates the keys and unique constraints, then the indexes, then the foreign keys (validated against the loaded
 * rows), `parallel` at a time; then checks that every definition is back as it was.
 */
export async function restoreSchema(
  clients: pg.Client[],
  tables: readonly string[],
  objects: readonly SchemaObject[],
  onDone: (object: SchemaObject, ms: number) => void,
): Promise<void> {
  const [first] = clients;
  if (!first) throw new Error('restoreSchema needs a connection');
  const phases = [
    objects.filter((o) => o.kind === 'constraint' && o.type !== 'f'),
    objects.filter((o) => o.kind === 'index'),
    objects.filter((o) => o.type === 'f'),
  ];
  for (const phase of phases) {
    const queue = [...phase];
    await Promise.all(
      clients.map(async (client) => {
        for (let object = queue.shift(); object; object = queue.shift()) {
          const started = Date.now();
          await client.query(
            object.kind === 'constraint'
              ? `ALTER TABLE ${object.table} ADD CONSTRAINT "${object.name}" ${object.definition}`
              : object.definition,
          );
          onDone(object, Date.now() - started);
        }
      }),
    );
  }
  const after = await captureSchema(first, tables);
  const key = (o: SchemaObject) => `${o.kind}|${o.table}|${o.name}|${o.definition}`;
  const before = new Set(objects.map(key));
  const now = new Set(after.map(key));
  const missing = [...before].filter((k) => !now.has(k));
  const extra = [...now].filter((k) => !before.has(k));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(`the schema differs after the load: missing ${missing.join('; ')}; extra ${extra.join('; ')}`);
  }
}
