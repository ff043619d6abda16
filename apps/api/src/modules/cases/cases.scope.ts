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
  // The cases that came by an accepted referral are collected once (an InitPlan), so both arms of the OR are
  // index conditions (institution_id, id) and the planner can drive a query from the institution's cases instead of
  // testing every case of the country (bench/results, issue 9).
  return sql`(${cases.institutionId} IN (${ids}) OR "cases"."id" = ANY (ARRAY(
    SELECT r.case_id FROM referrals r WHERE r.to_institution_id IN (${ids})
      AND r.status IN ('accepted', 'completed'))))`;
}
