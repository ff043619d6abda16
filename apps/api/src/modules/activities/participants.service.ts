import type { ActivityDetail, AddParticipantInput, HeadcountsInput } from '@atensi/contracts';
import { and, eq } from 'drizzle-orm';
import type { Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/index.js';
import { findInstitution, type Scope } from '../institutions/index.js';
import { findStaffMember } from '../workforce/index.js';
import type { ActivitiesContext } from './activities.context.js';
import { lockActivity } from './activities.repository.js';
import { assertMayOrganise, originOf } from './activities.scope.js';
import { getActivity, scopeFor } from './activities.service.js';
import { type ActivityRow, activityHeadcounts, activityParticipants, bimtekCertificates } from './activities.table.js';

/** The activity, locked, if the caller sees it (404) and organises it (403). */
export async function lockOrganisedActivity(tx: Db, caller: Caller, scope: Scope, id: string): Promise<ActivityRow> {
  const activity = await lockActivity(tx, scope, id);
  if (!activity) throw new AppError('not_found');
  assertMayOrganise(caller.actor, activity.organiserInstitutionId);
  return activity;
}

/**
 * Adds a participant: a staff member of the registry (name and institution from their record, which must be within
 * the caller's scope) or an external person with an origin (the Inspectorate General, a Dinsos official...).
 */
export async function addParticipant(
  context: ActivitiesContext,
  caller: Caller,
  activityId: string,
  input: AddParticipantInput,
): Promise<ActivityDetail> {
  authorize(caller.actor, 'activities:manage');
  const scope = await scopeFor(context, caller.actor);
  await context.db.transaction(async (tx) => {
    const activity = await lockOrganisedActivity(tx, caller, scope, activityId);
    let fullName = input.fullName ?? '';
    let institutionId = input.institutionId ?? null;
    let staffId: string | null = null;
    if (input.staffId) {
      const member = await findStaffMember(tx, scope, input.staffId);
      if (!member) throw invalidField('body.staffId', 'activity.staff_not_found');
      staffId = member.id;
      fullName = member.fullName;
      institutionId = member.institutionId;
      const [already] = await tx
        .select({ id: activityParticipants.id })
        .from(activityParticipants)
        .where(and(eq(activityParticipants.activityId, activityId), eq(activityParticipants.staffId, member.id)));
      if (already) throw new AppError('conflict', 'activity.participant_exists', {}, { reason: 'participant_exists' });
    }
    let origin = input.origin ?? 'other';
    if (institutionId) {
      const institution = await findInstitution(tx, scope, institutionId);
      if (!institution) throw invalidField('body.institutionId', 'activity.institution_not_found');
      origin = input.origin ?? originOf(institution.type);
    }
    const id = uuidv7();
    await tx.insert(activityParticipants).values({
      id,
      activityId,
      staffId,
      fullName,
      origin,
      institutionId,
      position: input.position ?? null,
      attended: input.attended,
      createdBy: caller.actor.id,
    });
    await recordAudit(tx, caller.audit, {
      action: 'activity.add_participant',
      entityType: 'activity_participant',
      entityId: id,
      institutionId: activity.organiserInstitutionId,
      details: { activityId, origin, fromRegistry: staffId !== null },
    });
  });
  return getActivity(context, caller.actor, activityId);
}

/** Removes a participant entered by mistake; one who holds a bimtek certificate stays (revoke it first). */
export async function removeParticipant(
  context: ActivitiesContext,
  caller: Caller,
  activityId: string,
  participantId: string,
): Promise<ActivityDetail> {
  authorize(caller.actor, 'activities:manage');
  const scope = await scopeFor(context, caller.actor);
  await context.db.transaction(async (tx) => {
    const activity = await lockOrganisedActivity(tx, caller, scope, activityId);
    const [certificate] = await tx
      .select({ id: bimtekCertificates.id })
      .from(bimtekCertificates)
      .where(eq(bimtekCertificates.participantId, participantId));
    if (certificate) throw new AppError('conflict', 'activity.participant_certified', {}, { reason: 'certified' });
    const removed = await tx
      .delete(activityParticipants)
      .where(and(eq(activityParticipants.activityId, activityId), eq(activityParticipants.id, participantId)))
      .returning({ id: activityParticipants.id });
    if (removed.length === 0) throw new AppError('not_found');
    await recordAudit(tx, caller.audit, {
      action: 'activity.remove_participant',
      entityType: 'activity_participant',
      entityId: participantId,
      institutionId: activity.organiserInstitutionId,
      details: { activityId },
    });
  });
  return getActivity(context, caller.actor, activityId);
}

/** Replaces the attendees counted without names (an attendance sheet's totals per origin). */
export async function setHeadcounts(
  context: ActivitiesContext,
  caller: Caller,
  activityId: string,
  input: HeadcountsInput,
): Promise<ActivityDetail> {
  authorize(caller.actor, 'activities:manage');
  const scope = await scopeFor(context, caller.actor);
  await context.db.transaction(async (tx) => {
    const activity = await lockOrganisedActivity(tx, caller, scope, activityId);
    await tx.delete(activityHeadcounts).where(eq(activityHeadcounts.activityId, activityId));
    const rows = Object.entries(input.counts)
      .filter(([, count]) => count > 0)
      .map(([origin, count]) => ({ activityId, origin: origin as keyof typeof input.counts, count }));
    if (rows.length > 0) await tx.insert(activityHeadcounts).values(rows);
    await recordAudit(tx, caller.audit, {
      action: 'activity.headcounts',
      entityType: 'activity',
      entityId: activityId,
      institutionId: activity.organiserInstitutionId,
      details: { counts: input.counts },
    });
  });
  return getActivity(context, caller.actor, activityId);
}
