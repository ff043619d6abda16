import { type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../institutions/index.js';
import { beneficiaries } from './beneficiaries.table.js';

/**
 * Who sees a person: the institution that registered them and every institution holding one of their cases (an
 * accepted referral makes a case there). Columns of the outer query are written qualified on purpose.
 */
export function beneficiaryWithinScope(scope: Scope): SQL {
  if (scope.kind === 'national') return sql`true`;
  if (scope.institutionIds.length === 0) return sql`false`;
  const ids = sql.join(
    scope.institutionIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return sql`(${beneficiaries.registeredInstitutionId} IN (${ids}) OR EXISTS (
    SELECT 1 FROM cases c WHERE c.beneficiary_id = "beneficiaries"."id" AND c.institution_id IN (${ids})))`;
}
