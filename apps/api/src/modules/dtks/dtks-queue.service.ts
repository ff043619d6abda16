import type {
  DecideProposalInput,
  DtksCheckList,
  DtksQueueQuery,
  DtksStanding,
  InclusionProposal,
  InclusionProposalList,
  MatchingData,
  ProposalQueueQuery,
  RecordDtksStatusInput,
} from '@atensi/contracts';
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { updateVersioned } from '../../platform/db/concurrency.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import { type AuditContext, recordAudit } from '../audit/index.js';
import { beneficiaries, type ClientDataContext } from '../beneficiaries/index.js';
import { todayInJakarta } from '../institutions/index.js';
import { regions } from '../regions/regions.table.js';
import { DTKS_FIELD, findDtksStanding, recordDtksResult } from './dtks.service.js';
import { dtksChecks, dtksInclusionProposals, type InclusionProposalRow } from './dtks.table.js';

// Pusdatin's work (dtks:match): it sees only what matching needs (NIK, name, birth date, region) of the people in
// its queue, never their cases, and every look at the queue and every result is audited.

const NIK_FIELD = 'beneficiaries.nik';

const matching = {
  beneficiaryId: beneficiaries.id,
  nikCipher: beneficiaries.nikCipher,
  fullName: beneficiaries.fullName,
  birthDate: beneficiaries.birthDate,
  regionCode: beneficiaries.regionCode,
  regionName: regions.name,
};

type MatchingRow = {
  beneficiaryId: string;
  nikCipher: string | null;
  fullName: string;
  birthDate: string;
  regionCode: string;
  regionName: string | null;
};

function openMatching(context: ClientDataContext, row: MatchingRow): MatchingData {
  return {
    beneficiaryId: row.beneficiaryId,
    nik: context.cipher.open(NIK_FIELD, row.nikCipher),
    fullName: row.fullName,
    birthDate: row.birthDate,
    regionCode: row.regionCode,
    regionName: row.regionName,
  };
}

/** The checks waiting for Pusdatin (oldest first), or those resolved (newest first). */
export async function listDtksChecks(
  context: ClientDataContext,
  actor: Actor,
  query: DtksQueueQuery,
  audit: AuditContext,
): Promise<DtksCheckList> {
  authorize(actor, 'dtks:match');
  const where = query.state === 'open' ? isNull(dtksChecks.resolvedAt) : isNotNull(dtksChecks.resolvedAt);
  return context.db.transaction(async (tx) => {
    const [rows, totals] = await Promise.all([
      tx
        .select({ check: dtksChecks, ...matching })
        .from(dtksChecks)
        .innerJoin(beneficiaries, eq(beneficiaries.id, dtksChecks.beneficiaryId))
        .leftJoin(regions, eq(regions.code, beneficiaries.regionCode))
        .where(where)
        .orderBy(query.state === 'open' ? asc(dtksChecks.requestedAt) : desc(dtksChecks.resolvedAt))
        .limit(query.limit)
        .offset(query.offset),
      tx.select({ total: count() }).from(dtksChecks).where(where),
    ]);
    await recordAudit(tx, audit, {
      action: 'dtks.queue_read',
      entityType: 'dtks_check',
      details: { state: query.state, count: rows.length },
    });
    return {
      items: rows.map(({ check, ...row }) => ({
        ...openMatching(context, row),
        id: check.id,
        reason: check.reason,
        requestedAt: check.requestedAt.toISOString(),
        resolvedAt: check.resolvedAt?.toISOString() ?? null,
        resolvedStatus: check.resolvedStatus,
      })),
      total: totals[0]?.total ?? 0,
    };
  });
}

/** Whether Pusdatin has business with a person: an open check or an open or submitted proposal. */
async function inPusdatinQueue(tx: Db, beneficiaryId: string): Promise<boolean> {
  const [[check], [proposal]] = await Promise.all([
    tx
      .select({ id: dtksChecks.id })
      .from(dtksChecks)
      .where(and(eq(dtksChecks.beneficiaryId, beneficiaryId), isNull(dtksChecks.resolvedAt))),
    tx
      .select({ id: dtksInclusionProposals.id })
      .from(dtksInclusionProposals)
      .where(
        and(
          eq(dtksInclusionProposals.beneficiaryId, beneficiaryId),
          inArray(dtksInclusionProposals.status, ['open', 'submitted']),
        ),
      ),
  ]);
  return Boolean(check ?? proposal);
}

/**
 * Pusdatin records the result of matching a person by hand (audited): matched (with the DTKS id), not found, or
 * a NIK problem. Only for people in its queue; a person outside it does not exist for Pusdatin.
 */
export async function recordDtksStatusByHand(
  context: ClientDataContext,
  caller: Caller,
  beneficiaryId: string,
  input: RecordDtksStatusInput,
): Promise<DtksStanding> {
  authorize(caller.actor, 'dtks:match');
  if (input.status === 'matched' && !input.dtksId) throw invalidField('body.dtksId', 'dtks.id_required');
  if (input.checkedOn > todayInJakarta(context.registry.clock())) {
    throw invalidField('body.checkedOn', 'service.date_future');
  }
  return context.db.transaction(async (tx) => {
    if (!(await inPusdatinQueue(tx, beneficiaryId))) throw new AppError('not_found');
    await recordDtksResult(tx, context.cipher, {
      beneficiaryId,
      status: input.status,
      dtksId: input.dtksId ?? null,
      welfareDecile: input.welfareDecile ?? null,
      source: 'manual',
      method: input.method,
      checkedOn: input.checkedOn,
      note: input.note,
      actorId: caller.actor.id,
    });
    await recordAudit(tx, caller.audit, {
      action: 'dtks.record_status',
      entityType: 'beneficiary',
      entityId: beneficiaryId,
      details: { status: input.status, method: input.method, source: 'manual' },
    });
    return findDtksStanding(tx, beneficiaryId);
  });
}

function presentProposal(
  context: ClientDataContext,
  proposal: InclusionProposalRow,
  row: MatchingRow,
): InclusionProposal {
  return {
    ...openMatching(context, row),
    id: proposal.id,
    status: proposal.status,
    proposedAt: proposal.proposedAt.toISOString(),
    decidedAt: proposal.decidedAt?.toISOString() ?? null,
    dtksId: proposal.dtksId,
    note: context.cipher.open(DTKS_FIELD.proposalNote, proposal.noteCipher),
    version: proposal.version,
  };
}

async function selectProposals(tx: Db, where: SQL | undefined, page: { limit: number; offset: number }) {
  return tx
    .select({ proposal: dtksInclusionProposals, ...matching })
    .from(dtksInclusionProposals)
    .innerJoin(beneficiaries, eq(beneficiaries.id, dtksInclusionProposals.beneficiaryId))
    .leftJoin(regions, eq(regions.code, beneficiaries.regionCode))
    .where(where)
    .orderBy(asc(dtksInclusionProposals.proposedAt))
    .limit(page.limit)
    .offset(page.offset);
}

/** Proposals for inclusion in DTKS: open and submitted ones by default (audited). */
export async function listInclusionProposals(
  context: ClientDataContext,
  actor: Actor,
  query: ProposalQueueQuery,
  audit: AuditContext,
): Promise<InclusionProposalList> {
  authorize(actor, 'dtks:match');
  const where = query.status
    ? eq(dtksInclusionProposals.status, query.status)
    : inArray(dtksInclusionProposals.status, ['open', 'submitted']);
  return context.db.transaction(async (tx) => {
    const [rows, totals] = await Promise.all([
      selectProposals(tx, where, query),
      tx.select({ total: count() }).from(dtksInclusionProposals).where(where),
    ]);
    await recordAudit(tx, audit, {
      action: 'dtks.proposals_read',
      entityType: 'dtks_inclusion_proposal',
      details: { status: query.status ?? 'open', count: rows.length },
    });
    return {
      items: rows.map(({ proposal, ...row }) => presentProposal(context, proposal, row)),
      total: totals[0]?.total ?? 0,
    };
  });
}

/**
 * Pusdatin's step on a proposal (If-Match): submitted to SIKS-NG, included (the person is then matched with the
 * new DTKS id, through the one writer of DTKS standing), or rejected.
 */
export async function decideInclusionProposal(
  context: ClientDataContext,
  caller: Caller,
  proposalId: string,
  expected: number,
  input: DecideProposalInput,
): Promise<InclusionProposal> {
  authorize(caller.actor, 'dtks:match');
  if (input.outcome === 'included' && !input.dtksId) throw invalidField('body.dtksId', 'dtks.id_required');
  const now = context.registry.clock();
  return context.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(dtksInclusionProposals)
      .where(eq(dtksInclusionProposals.id, proposalId))
      .for('update');
    if (!current) throw new AppError('not_found');
    const allowed = current.status === 'open' || (current.status === 'submitted' && input.outcome !== 'submitted');
    if (!allowed) {
      throw new AppError('conflict', 'dtks.proposal_closed', { status: current.status }, { status: current.status });
    }
    await updateVersioned(tx, dtksInclusionProposals, eq(dtksInclusionProposals.id, proposalId), expected, {
      status: input.outcome,
      decidedBy: caller.actor.id,
      decidedAt: now,
      dtksId: input.outcome === 'included' ? (input.dtksId ?? null) : null,
      noteCipher: context.cipher.seal(DTKS_FIELD.proposalNote, input.note) ?? current.noteCipher,
    });
    if (input.outcome === 'included' && input.dtksId) {
      await recordDtksResult(tx, context.cipher, {
        beneficiaryId: current.beneficiaryId,
        status: 'matched',
        dtksId: input.dtksId,
        welfareDecile: null,
        source: 'manual',
        method: null,
        checkedOn: todayInJakarta(now),
        note: input.note,
        actorId: caller.actor.id,
      });
    }
    await recordAudit(tx, caller.audit, {
      action: `dtks.proposal_${input.outcome}`,
      entityType: 'dtks_inclusion_proposal',
      entityId: proposalId,
      details: { beneficiaryId: current.beneficiaryId },
    });
    const [row] = await selectProposals(tx, eq(dtksInclusionProposals.id, proposalId), { limit: 1, offset: 0 });
    if (!row) throw new AppError('not_found');
    const { proposal, ...data } = row;
    return presentProposal(context, proposal, data);
  });
}
