import { type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../institutions/index.js';
import { cases } from './cases.table.js';

/** Who sees a case: its institution's scope, and an institution that accepted a referral of it. */
export function caseWithinScope(scope: Scope): SQL {
  if (scope.kind === 'national') return sql`true`;
  if (scope.institutionIds.length === 0) return sql`false`;
  const ids = sql.join(
    scope.institutionIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return sql`(${cases.institutionId} IN (${ids}) OR EXISTS (
    SELECT 1 FROM referrals r WHERE r.case_id = "cases"."id" AND r.to_institution_id IN (${ids})
      AND r.status IN ('accepted', 'completed')))`;
}
