import type { Worklist } from '@atensi/contracts';
import { and, asc, desc, eq, inArray, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { followUps } from '../aftercare/index.js';
import { type AuditContext, recordAudit } from '../audit/index.js';
import { beneficiaries, type ClientDataContext } from '../beneficiaries/index.js';
import { ACTIVE_STATUSES, cases, caseWithinScope } from '../cases/index.js';
import { addDays, institutions, type Scope, scopeOf, todayInJakarta, withinScope } from '../institutions/index.js';
import { referrals } from '../referrals/index.js';

/** Referrals whose receiver is supervised by an institution of the scope (a Balai/Loka and its IPWL). */
function receiverSupervisedBy(scope: Scope): SQL {
  if (scope.kind === 'national') return sql`true`;
  if (scope.institutionIds.length === 0) return sql`false`;
  const ids = sql.join(
    scope.institutionIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return sql`${referrals.toInstitutionId} = ANY (ARRAY(SELECT i.id FROM institutions i WHERE i.parent_id IN (${ids})))`;
}

/** How long a case may sit in a waiting status before it is on the "awaiting action" list. */
const STALE_DAYS = 7;
/** Follow-ups due within this many days are listed. */
const FOLLOW_UP_HORIZON_DAYS = 14;

/**
 * A worker's home: their running cases, cases waiting for a step, referrals to answer, overdue referrals (also
 * those escalated to a supervising Balai/Loka), and aftercare visits due. Reading it is audited once.
 */
export async function worklistOf(context: ClientDataContext, actor: Actor, audit: AuditContext): Promise<Worklist> {
  authorize(actor, 'beneficiaries:read');
  const { db } = context;
  const today = todayInJakarta(context.registry.clock());
  const scope = await scopeOf(db, actor, today);
  const staleBefore = new Date(`${addDays(today, -STALE_DAYS)}T00:00:00+07:00`);
  const from = alias(institutions, 'from_institution');
  const to = alias(institutions, 'to_institution');

  return db.transaction(async (tx) => {
    const caseColumns = {
      id: cases.id,
      beneficiaryName: beneficiaries.fullName,
      status: cases.status,
      updatedAt: cases.updatedAt,
    };
    const [mine, waiting, incoming, overdue, due] = await Promise.all([
      tx
        .select(caseColumns)
        .from(cases)
        .innerJoin(beneficiaries, eq(beneficiaries.id, cases.beneficiaryId))
        .where(and(eq(cases.assignedWorkerId, actor.id), inArray(cases.status, [...ACTIVE_STATUSES, 'aftercare'])))
        .orderBy(desc(cases.updatedAt))
        .limit(100),
      tx
        .select({ ...caseColumns, assessmentCompleted: cases.assessmentCompleted })
        .from(cases)
        .innerJoin(beneficiaries, eq(beneficiaries.id, cases.beneficiaryId))
        .where(
          and(
            caseWithinScope(scope),
            or(
              and(
                inArray(cases.status, ['intake', 'screening', 'further_assessment', 'family_based_rehab']),
                lt(cases.updatedAt, staleBefore),
              ),
              and(eq(cases.status, 'terminated'), lt(cases.updatedAt, staleBefore)),
              isNull(cases.assignedWorkerId),
            ),
            inArray(cases.status, [...ACTIVE_STATUSES, 'terminated']),
          ),
        )
        .orderBy(asc(cases.updatedAt))
        .limit(100),
      tx
        .select({ id: referrals.id, caseId: referrals.caseId, fromInstitutionName: from.name, dueOn: referrals.dueOn })
        .from(referrals)
        .innerJoin(from, eq(from.id, referrals.fromInstitutionId))
        .where(and(eq(referrals.status, 'pending'), withinScope(scope, referrals.toInstitutionId)))
        .orderBy(asc(referrals.dueOn))
        .limit(100),
      tx
        .select({
          id: referrals.id,
          caseId: referrals.caseId,
          fromInstitutionName: from.name,
          toInstitutionName: to.name,
          dueOn: referrals.dueOn,
          escalatedAt: referrals.escalatedAt,
        })
        .from(referrals)
        .innerJoin(from, eq(from.id, referrals.fromInstitutionId))
        .innerJoin(to, eq(to.id, referrals.toInstitutionId))
        .where(
          and(
            eq(referrals.status, 'pending'),
            lt(referrals.dueOn, today),
            or(
              withinScope(scope, referrals.toInstitutionId),
              withinScope(scope, referrals.fromInstitutionId),
              // Escalated to the receiver's supervising unit. Written on the referral's own column, so that all
              // three arms are index conditions (a BitmapOr) instead of a walk through every pending referral of
              // the country (bench/results, issue 9).
              and(sql`${referrals.escalatedAt} IS NOT NULL`, receiverSupervisedBy(scope)),
            ),
          ),
        )
        .orderBy(asc(referrals.dueOn))
        .limit(100),
      tx
        .select({
          id: followUps.id,
          caseId: followUps.caseId,
          beneficiaryName: beneficiaries.fullName,
          monthsAfter: followUps.monthsAfter,
          dueOn: followUps.dueOn,
        })
        .from(followUps)
        .innerJoin(cases, eq(cases.id, followUps.caseId))
        .innerJoin(beneficiaries, eq(beneficiaries.id, cases.beneficiaryId))
        .where(
          and(
            isNull(followUps.doneOn),
            eq(cases.status, 'aftercare'),
            lte(followUps.dueOn, addDays(today, FOLLOW_UP_HORIZON_DAYS)),
            caseWithinScope(scope),
          ),
        )
        // Sorted on an expression on purpose: ordered by the bare column, PostgreSQL walks the country's index of
        // open visits by due date, hoping to meet 100 of this scope early (12.8 s at scale 1, bench/results); this
        // way it starts from the scope's cases in aftercare and their open visits (follow_ups_open_case_idx).
        .orderBy(sql`${followUps.dueOn} + 0`)
        .limit(100),
    ]);
    await recordAudit(tx, audit, {
      action: 'worklist.read',
      entityType: 'case',
      details: {
        mine: mine.length,
        waiting: waiting.length,
        incoming: incoming.length,
        overdue: overdue.length,
        due: due.length,
      },
    });
    return {
      myCases: mine.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
      awaitingAction: waiting.map(({ assessmentCompleted, ...row }) => ({
        ...row,
        updatedAt: row.updatedAt.toISOString(),
        why:
          row.status === 'terminated'
            ? 'aftercare_or_close'
            : row.status === 'further_assessment' && !assessmentCompleted
              ? 'assessment_pending'
              : 'no_recent_activity',
      })),
      incomingReferrals: incoming,
      overdueReferrals: overdue.map(({ escalatedAt, ...row }) => ({ ...row, escalated: escalatedAt !== null })),
      dueFollowUps: due,
    };
  });
}
