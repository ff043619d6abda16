import { once } from 'node:events';
import type { Writable } from 'node:stream';
import pg from 'pg';
import { type CopyValue, copyLine } from './copy-text.js';

export type TableSpec = { name: string; columns: readonly string[]; freeze?: boolean };

const FLUSH_BYTES = 256 * 1024;
const BACKLOG_BYTES = 8 * 1024 * 1024;

/**
 * One table's COPY stream on its own connection, in one transaction. Rows are buffered and written in chunks;
 * `drain()` waits while PostgreSQL catches up. With `freeze`, the (empty) table is truncated in the same
 * transaction so COPY can write the rows already frozen (no later vacuum rewrite): PostgreSQL docs, COPY FREEZE.
 */
export class TableWriter {
  rows = 0;
  private buffer: string[] = [];
  private bytes = 0;
  private stream: Writable | null = null;
  private client: pg.Client | null = null;
  readonly startedAt = Date.now();
  finishedAt = 0;

  constructor(readonly spec: TableSpec) {}

  async open(url: string): Promise<void> {
    const { from: copyFrom } = await import('pg-copy-streams');
    this.client = new pg.Client({ connectionString: url });
    await this.client.connect();
    await this.client.query('BEGIN');
    if (this.spec.freeze !== false) await this.client.query(`TRUNCATE ${this.spec.name}`);
    const options = this.spec.freeze !== false ? ' (FREEZE)' : '';
    this.stream = this.client.query(
      copyFrom(`COPY ${this.spec.name} (${this.spec.columns.join(', ')}) FROM STDIN${options}`),
    );
  }

  push(values: readonly CopyValue[]): void {
    if (values.length !== this.spec.columns.length) {
      throw new Error(`${this.spec.name}: ${values.length} values for ${this.spec.columns.length} columns`);
    }
    const line = copyLine(values);
    this.buffer.push(line);
    this.bytes += line.length;
    this.rows += 1;
    if (this.bytes >= FLUSH_BYTES) this.flush();
  }

  private flush(): void {
    if (!this.stream || this.buffer.length === 0) return;
    this.stream.write(this.buffer.join(''));
    this.buffer = [];
    this.bytes = 0;
  }

  /** Waits only when PostgreSQL is far behind, so generating and loading overlap. */
  async drain(): Promise<void> {
    if (this.stream && this.stream.writableLength > BACKLOG_BYTES) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.flush();
    const stream = this.stream;
    const client = this.client;
    if (!stream || !client) return;
    const done = new Promise<void>((resolve, reject) => {
      stream.once('finish', () => resolve());
      stream.once('error', reject);
    });
    stream.end();
    await done;
    await client.query('COMMIT');
    await client.end();
    this.finishedAt = Date.now();
  }

  async abort(): Promise<void> {
    try {
      this.stream?.destroy();
      await this.client?.end();
    } catch {
      // The load failed already; the caller reports that error.
    }
  }
}

/** The writers of every table of a load, by table name. */
export class Sinks {
  readonly writers = new Map<string, TableWriter>();

  constructor(specs: readonly TableSpec[]) {
    for (const spec of specs) this.writers.set(spec.name, new TableWriter(spec));
  }

  async open(url: string): Promise<void> {
    for (const writer of this.writers.values()) await writer.open(url);
  }

  table(name: string): TableWriter {
    const writer = this.writers.get(name);
    if (!writer) throw new Error(`no writer for table ${name}`);
    return writer;
  }

  async drain(): Promise<void> {
    for (const writer of this.writers.values()) await writer.drain();
  }

  async close(): Promise<void> {
    await Promise.all([...this.writers.values()].map((writer) => writer.close()));
  }

  async abort(): Promise<void> {
    await Promise.all([...this.writers.values()].map((writer) => writer.abort()));
  }
}
