import type { Database } from '../db/database.js';
import type { FieldCipher } from './field-cipher.js';

/**
 * Every sealed column of the schema: the table, the sealed column and, when it is not `id`, the key column. The cipher's associated data
 * is `<table>.<column without _cipher>`. A module adding a sealed column adds it here (the reseal test checks that
 * every `*_cipher` column of the database is listed).
 */
export const SEALED_COLUMNS = [
  ['beneficiaries', 'nik_cipher'],
  ['beneficiaries', 'no_nik_reason_cipher'],
  ['beneficiaries', 'kk_cipher'],
  ['beneficiaries', 'address_cipher'],
  ['beneficiaries', 'phone_cipher'],
  ['beneficiaries', 'guardian_cipher'],
  ['case_events', 'note_cipher'],
  ['consents', 'note_cipher'],
  ['referrals', 'reason_cipher'],
  ['referrals', 'decline_reason_cipher'],
  ['referrals', 'outcome_cipher'],
  ['follow_ups', 'note_cipher'],
  ['case_notes', 'body_cipher'],
  ['assessments', 'notes_cipher', 'case_id'],
  ['intervention_plans', 'family_involvement_cipher'],
  ['plan_goals', 'text_cipher'],
  ['plan_events', 'comment_cipher'],
  ['service_sessions', 'note_cipher'],
  ['service_records', 'note_cipher'],
  ['dtks_status_history', 'note_cipher'],
  ['dtks_inclusion_proposals', 'note_cipher'],
  ['social_aid_requests', 'reason_cipher'],
  ['social_aid_requests', 'decision_note_cipher'],
  ['social_aid_requests', 'receipt_note_cipher'],
  ['vocational_outcomes', 'detail_cipher'],
] as const satisfies readonly (readonly [string, string] | readonly [string, string, string])[];

const BATCH = 500;

/**
 * Re-seals with the active key every value sealed with an older one (a key rotation), in batches of 500 rows per
 * transaction, so a large table is never locked for long and an interrupted run simply resumes. Returns the number
 * of values re-sealed per column.
 */
export async function resealAll(database: Database, cipher: FieldCipher): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const activePrefix = `${cipher.activeKeyId}.`;
  for (const entry of SEALED_COLUMNS) {
    const [table, column] = entry;
    const key = entry[2] ?? 'id';
    const field = `${table}.${column.replace(/_cipher$/, '')}`;
    let total = 0;
    for (;;) {
      const done = await database.withSession(async (session) => {
        await session.exec('BEGIN');
        try {
          const rows = await session.query<{ id: string; sealed: string }>(
            `SELECT ${key} AS id, ${column} AS sealed FROM ${table} WHERE ${column} IS NOT NULL AND left(${column}, $1) <> $2 ORDER BY ${key} LIMIT ${BATCH} FOR UPDATE`,
            [activePrefix.length, activePrefix],
          );
          for (const row of rows) {
            const resealed = cipher.seal(field, cipher.open(field, row.sealed));
            await session.query(`UPDATE ${table} SET ${column} = $1 WHERE ${key} = $2`, [resealed, row.id]);
          }
          await session.exec('COMMIT');
          return rows.length;
        } catch (error) {
          await session.exec('ROLLBACK');
          throw error;
        }
      });
      total += done;
      if (done < BATCH) break;
    }
    counts[field] = total;
  }
  return counts;
}
