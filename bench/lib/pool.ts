import pg from 'pg';
import { FieldCipher, type KeyRing } from '../../apps/api/src/platform/crypto/field-cipher.js';

export type Worker = { username: string; userId: string; institutionId: string };

/**
 * Workers for the HTTP benchmarks: social workers of IPWL that may admit (current certification), several per
 * IPWL at most, spread over the country, largest caseloads first.
 */
export async function pickWorkers(url: string, count: number): Promise<Worker[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ username: string; id: string; institution_id: string }>(
      `SELECT u.username, u.id, u.institution_id FROM users u
         JOIN institutions i ON i.id = u.institution_id AND i.type = 'ipwl'
         JOIN institution_accreditations a ON a.institution_id = i.id AND a.valid_until > current_date + 90
        WHERE u.role = 'pendamping' AND u.status = 'active'
        ORDER BY (SELECT count(*) FROM cases c WHERE c.assigned_worker_id = u.id AND c.status <> 'closed') DESC, u.username
        LIMIT $1`,
      [count],
    );
    return rows.map((row) => ({ username: row.username, userId: row.id, institutionId: row.institution_id }));
  } finally {
    await client.end();
  }
}

/**
 * The write benchmark's own cases: `perWorker` new people each with a case in intake, assigned to each worker at
 * their IPWL, as `openCase` leaves them (with the `open` event). Each screening request then takes one case from
 * intake through screening to its route, as a real first screening does. The people have no NIK (a sealed reason,
 * as the product stores it), so they can never collide with a generated NIK.
 */
export async function makeIntakePool(
  url: string,
  keyRing: KeyRing,
  workers: Worker[],
  perWorker: number,
): Promise<Map<string, string[]>> {
  const cipher = new FieldCipher(keyRing);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const casesOf = new Map<string, string[]>();
  try {
    const region = (
      await client.query<{ code: string }>(
        "SELECT code FROM regions WHERE level = 'village' AND is_active ORDER BY code LIMIT 1",
      )
    ).rows[0]?.code;
    for (const worker of workers) {
      const reason = cipher.seal('beneficiaries.no_nik_reason', 'Belum memiliki KTP (data sintetis, benchmark)');
      const { rows } = await client.query<{ id: string }>(
        `WITH people AS (
           INSERT INTO beneficiaries (id, registered_institution_id, no_nik_reason_cipher, full_name, sex, birth_date, region_code, created_by)
           SELECT uuid_generate_v7(), $1, $2, 'Peserta Uji ' || n, 'M', date '1995-01-01' + n % 3000, $3, $4
             FROM generate_series(1, $5) AS n
           RETURNING id),
         opened AS (
           INSERT INTO cases (id, beneficiary_id, institution_id, status, intake_source, assigned_worker_id, opened_by)
           SELECT uuid_generate_v7(), id, $1, 'intake', 'self', $4, $4 FROM people
           RETURNING id)
         INSERT INTO case_events (id, case_id, action, to_status, reason, occurred_on, actor_id)
         SELECT uuid_generate_v7(), id, 'open', 'intake', 'self', current_date, $4 FROM opened
         RETURNING case_id AS id`,
        [worker.institutionId, reason, region, worker.userId, perWorker],
      );
      casesOf.set(
        worker.userId,
        rows.map((row) => row.id),
      );
    }
    await client.query('ANALYZE beneficiaries, cases, case_events');
  } finally {
    await client.end();
  }
  return casesOf;
}
