import type { Bimtek, IssueCertificatesInput } from '@atensi/contracts';
import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/index.js';
import { deleteCertification, insertCertification, staff } from '../workforce/index.js';
import type { ActivitiesContext } from './activities.context.js';
import { scopeFor } from './activities.service.js';
import { activityParticipants, bimtekCertificates } from './activities.table.js';
import { findBimtek, presentBimtek } from './bimtek.service.js';
import { eligibilityOf, eventDays } from './bimtek-results.js';
import { lockOrganisedActivity } from './participants.service.js';

/** `YYYY-MM-DD` plus whole months (the 31st of a shorter month falls back to its last day). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, last));
  // Valid through the day before the same date, as certificates are usually worded.
  target.setUTCDate(target.getUTCDate() - 1);
  return target.toISOString().slice(0, 10);
}

/**
 * Issues certificates to eligible participants of a held bimtek. For a participant from the staff registry the
 * certificate is also written as one of their staff certifications (type, level and issuer of the bimtek), in the
 * same transaction, so it shows on their staff page and counts in the certification alerts.
 */
export async function issueCertificates(
  context: ActivitiesContext,
  caller: Caller,
  id: string,
  input: IssueCertificatesInput,
): Promise<Bimtek> {
  authorize(caller.actor, 'activities:manage');
  const scope = await scopeFor(context, caller.actor);
  const activity = await context.db.transaction(async (tx) => {
    const { details } = await findBimtek(tx, scope, id);
    const locked = await lockOrganisedActivity(tx, caller, scope, id);
    if (locked.status !== 'held') throw new AppError('conflict', 'bimtek.not_held', {}, { reason: 'not_held' });
    if (input.issuedOn < locked.endsOn) throw invalidField('body.issuedOn', 'bimtek.issued_before_end');
    const rules = {
      days: eventDays(locked.startsOn, locked.endsOn),
      passMark: details.passMark,
      minAttendancePercent: details.minAttendancePercent,
    };
    const uncertified = await tx
      .select({ participant: activityParticipants })
      .from(activityParticipants)
      .leftJoin(bimtekCertificates, eq(bimtekCertificates.participantId, activityParticipants.id))
      .where(and(eq(activityParticipants.activityId, id), isNull(bimtekCertificates.id)));
    const candidates = uncertified.map((row) => row.participant);
    let chosen = candidates.filter((p) => eligibilityOf(p, rules).isEligible);
    if (input.participantIds) {
      const byId = new Map(candidates.map((p) => [p.id, p]));
      chosen = input.participantIds.map((participantId, index) => {
        const participant = byId.get(participantId);
        if (!participant) throw invalidField(`body.participantIds.${index}`, 'bimtek.participant_uncertifiable');
        const eligibility = eligibilityOf(participant, rules);
        if (!eligibility.isEligible)
          throw invalidField(`body.participantIds.${index}`, `bimtek.ineligible_${eligibility.reason ?? 'post_test'}`);
        return participant;
      });
    }
    if (chosen.length === 0) throw new AppError('conflict', 'bimtek.none_eligible', {}, { reason: 'none_eligible' });
    const [issued] = await tx
      .select({ n: count() })
      .from(bimtekCertificates)
      .where(eq(bimtekCertificates.activityId, id));
    let sequence = Number(issued?.n ?? 0);
    const validUntil = details.certificateValidMonths
      ? addMonths(input.issuedOn, details.certificateValidMonths)
      : null;
    const staffIds = chosen.flatMap((p) => (p.staffId ? [p.staffId] : []));
    const staffRows =
      staffIds.length === 0
        ? []
        : await tx
            .select({ id: staff.id, institutionId: staff.institutionId })
            .from(staff)
            .where(inArray(staff.id, staffIds));
    const institutionOf = new Map(staffRows.map((row) => [row.id, row.institutionId]));
    for (const participant of chosen) {
      sequence += 1;
      const certificateNumber = `BIMTEK/${input.issuedOn.slice(0, 4)}/${id.slice(-8).toUpperCase()}/${String(sequence).padStart(3, '0')}`;
      let staffCertificationId: string | null = null;
      if (participant.staffId) {
        const certification = await insertCertification(tx, {
          id: uuidv7(),
          staffId: participant.staffId,
          type: details.certificateType,
          level: details.certificateLevel,
          issuer: details.certificateIssuer,
          certificateNumber,
          issuedOn: input.issuedOn,
          validUntil,
          createdBy: caller.actor.id,
        });
        staffCertificationId = certification.id;
        await recordAudit(tx, caller.audit, {
          action: 'staff.certify',
          entityType: 'staff_certification',
          entityId: certification.id,
          institutionId: institutionOf.get(participant.staffId) ?? null,
          details: { staffId: participant.staffId, type: details.certificateType, via: 'bimtek', activityId: id },
        });
      }
      const certificateId = uuidv7();
      await tx.insert(bimtekCertificates).values({
        id: certificateId,
        activityId: id,
        participantId: participant.id,
        certificateNumber,
        issuedOn: input.issuedOn,
        validUntil,
        staffCertificationId,
        createdBy: caller.actor.id,
      });
      await recordAudit(tx, caller.audit, {
        action: 'bimtek.certify',
        entityType: 'bimtek_certificate',
        entityId: certificateId,
        institutionId: locked.organiserInstitutionId,
        details: { activityId: id, participantId: participant.id, inRegistry: staffCertificationId !== null },
      });
    }
    return locked;
  });
  return presentBimtek(context.db, scope, activity);
}

/** Revokes a certificate issued by mistake, and its staff certification with it. */
export async function revokeCertificate(
  context: ActivitiesContext,
  caller: Caller,
  id: string,
  certificateId: string,
): Promise<Bimtek> {
  authorize(caller.actor, 'activities:manage');
  const scope = await scopeFor(context, caller.actor);
  const activity = await context.db.transaction(async (tx) => {
    await findBimtek(tx, scope, id);
    const locked = await lockOrganisedActivity(tx, caller, scope, id);
    const [removed] = await tx
      .delete(bimtekCertificates)
      .where(and(eq(bimtekCertificates.activityId, id), eq(bimtekCertificates.id, certificateId)))
      .returning();
    if (!removed) throw new AppError('not_found');
    if (removed.staffCertificationId) {
      const [participant] = await tx
        .select({ staffId: activityParticipants.staffId })
        .from(activityParticipants)
        .where(eq(activityParticipants.id, removed.participantId));
      if (participant?.staffId) await deleteCertification(tx, participant.staffId, removed.staffCertificationId);
    }
    await recordAudit(tx, caller.audit, {
      action: 'bimtek.revoke',
      entityType: 'bimtek_certificate',
      entityId: certificateId,
      institutionId: locked.organiserInstitutionId,
      details: { activityId: id, staffCertificationId: removed.staffCertificationId },
    });
    return locked;
  });
  return presentBimtek(context.db, scope, activity);
}
