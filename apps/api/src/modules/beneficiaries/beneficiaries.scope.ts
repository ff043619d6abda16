import { type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../institutions/index.js';
import { beneficiaries } from './beneficiaries.table.js';

/**
 * Who sees a person: the institution that registered them, every institution holding one of their cases, and
 * every institution that accepted a referral of one of them. Columns of the outer query are written qualified on
 * purpose (inside a subquery an unqualified name would bind to the inner table).
 */
export function beneficiaryWithinScope(scope: Scope): SQL {
  if (scope.kind === 'national') return sql`true`;
  if (scope.institutionIds.length === 0) return sql`false`;
  const ids = sql.join(
    scope.institutionIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return sql`(${beneficiaries.registeredInstitutionId} IN (${ids}) OR EXISTS (
    SELECT 1 FROM cases c WHERE c.beneficiary_id = "beneficiaries"."id" AND (c.institution_id IN (${ids}) OR EXISTS (
      SELECT 1 FROM referrals r WHERE r.case_id = c.id AND r.to_institution_id IN (${ids})
        AND r.status IN ('accepted', 'completed')))))`;
}
