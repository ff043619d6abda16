import type { Bimtek, BimtekResultsInput, BimtekSettingsInput } from '@atensi/contracts';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { updateVersioned } from '../../platform/db/concurrency.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/index.js';
import { findInstitutionsByIds, isWithinScope, type Scope } from '../institutions/index.js';
import type { ActivitiesContext } from './activities.context.js';
import { findActivity } from './activities.repository.js';
import { scopeFor } from './activities.service.js';
import {
  type ActivityRow,
  activityParticipants,
  bimtekCertificates,
  bimtekDetails,
  bimtekTopics,
} from './activities.table.js';
import { eligibilityOf, eventDays, improvementOf, summariseBimtek } from './bimtek-results.js';
import { lockOrganisedActivity } from './participants.service.js';

/** The training part of a bimtek the caller sees (404 for any other activity). */
export async function findBimtek(db: Db, scope: Scope, id: string) {
  const activity = await findActivity(db, scope, id);
  if (activity?.kind !== 'bimtek') throw new AppError('not_found');
  const [details] = await db.select().from(bimtekDetails).where(eq(bimtekDetails.activityId, id));
  if (!details) throw new AppError('not_found');
  return { activity, details };
}

/** Builds the bimtek view: topics, each participant's scores and eligibility, certificates, the event's results. */
export async function presentBimtek(db: Db, scope: Scope, activity: ActivityRow): Promise<Bimtek> {
  const [details] = await db.select().from(bimtekDetails).where(eq(bimtekDetails.activityId, activity.id));
  if (!details) throw new AppError('not_found');
  const [topics, participants, certificates] = await Promise.all([
    db.select().from(bimtekTopics).where(eq(bimtekTopics.activityId, activity.id)).orderBy(asc(bimtekTopics.position)),
    db
      .select()
      .from(activityParticipants)
      .where(eq(activityParticipants.activityId, activity.id))
      .orderBy(asc(activityParticipants.fullName), asc(activityParticipants.id)),
    db.select().from(bimtekCertificates).where(eq(bimtekCertificates.activityId, activity.id)),
  ]);
  const rules = {
    days: eventDays(activity.startsOn, activity.endsOn),
    passMark: details.passMark,
    minAttendancePercent: details.minAttendancePercent,
  };
  const seesAll = isWithinScope(scope, activity.organiserInstitutionId);
  const shown = participants.filter((p) => seesAll || isWithinScope(scope, p.institutionId));
  const certificateOf = new Map(certificates.map((certificate) => [certificate.participantId, certificate]));
  const names = new Map(
    (
      await findInstitutionsByIds(db, [...new Set(shown.flatMap((p) => (p.institutionId ? [p.institutionId] : [])))])
    ).map((institution) => [institution.id, institution.name]),
  );
  return {
    activityId: activity.id,
    days: rules.days,
    targetGroup: details.targetGroup,
    passMark: details.passMark,
    minAttendancePercent: details.minAttendancePercent,
    certificateType: details.certificateType,
    certificateLevel: details.certificateLevel,
    certificateIssuer: details.certificateIssuer,
    certificateValidMonths: details.certificateValidMonths,
    topics: topics.map((topic) => ({
      id: topic.id,
      title: topic.title,
      hours: topic.hours,
      facilitator: topic.facilitator,
    })),
    totalHours: topics.reduce((sum, topic) => sum + topic.hours, 0),
    participants: shown.map((p) => {
      const eligibility = eligibilityOf(p, rules);
      const certificate = certificateOf.get(p.id);
      return {
        id: p.id,
        staffId: p.staffId,
        fullName: p.fullName,
        origin: p.origin,
        institutionId: p.institutionId,
        institutionName: p.institutionId ? (names.get(p.institutionId) ?? null) : null,
        position: p.position,
        attended: p.attended,
        attendedDays: p.attendedDays,
        preTestScore: p.preTestScore,
        postTestScore: p.postTestScore,
        improvement: improvementOf(p),
        isEligible: eligibility.isEligible,
        ineligibleReason: eligibility.reason,
        certificate: certificate
          ? {
              id: certificate.id,
              certificateNumber: certificate.certificateNumber,
              issuedOn: certificate.issuedOn,
              validUntil: certificate.validUntil,
              staffCertificationId: certificate.staffCertificationId,
            }
          : null,
      };
    }),
    // The event's results count every participant, also those the caller is not shown.
    summary: summariseBimtek(participants, rules, certificates.length),
    version: details.version,
  };
}

export async function getBimtek(context: ActivitiesContext, actor: Actor, id: string): Promise<Bimtek> {
  authorize(actor, 'activities:read');
  const scope = await scopeFor(context, actor);
  const { activity } = await findBimtek(context.db, scope, id);
  return presentBimtek(context.db, scope, activity);
}

/** Sets the bimtek's rules, certificate and curriculum (If-Match on the bimtek's version); topics are replaced. */
export async function updateBimtekSettings(
  context: ActivitiesContext,
  caller: Caller,
  id: string,
  expected: number,
  input: BimtekSettingsInput,
): Promise<Bimtek> {
  authorize(caller.actor, 'activities:manage');
  const scope = await scopeFor(context, caller.actor);
  const activity = await context.db.transaction(async (tx) => {
    await findBimtek(tx, scope, id);
    const locked = await lockOrganisedActivity(tx, caller, scope, id);
    const { topics, ...settings } = input;
    await updateVersioned(tx, bimtekDetails, eq(bimtekDetails.activityId, id), expected, {
      ...settings,
      certificateLevel: settings.certificateLevel ?? null,
      certificateValidMonths: settings.certificateValidMonths ?? null,
    });
    await tx.delete(bimtekTopics).where(eq(bimtekTopics.activityId, id));
    if (topics.length > 0)
      await tx.insert(bimtekTopics).values(
        topics.map((topic, position) => ({
          id: uuidv7(),
          activityId: id,
          position,
          title: topic.title,
          hours: topic.hours,
          facilitator: topic.facilitator ?? null,
        })),
      );
    await recordAudit(tx, caller.audit, {
      action: 'bimtek.settings',
      entityType: 'activity',
      entityId: id,
      institutionId: locked.organiserInstitutionId,
      changedFields: Object.keys(input),
      details: { topics: topics.length },
    });
    return locked;
  });
  return presentBimtek(context.db, scope, activity);
}

/**
 * Records attendance and pre/post-test scores for several participants at once. A participant who already holds
 * a certificate keeps the results it was issued on (revoke it first to correct them).
 */
export async function saveBimtekResults(
  context: ActivitiesContext,
  caller: Caller,
  id: string,
  input: BimtekResultsInput,
): Promise<Bimtek> {
  authorize(caller.actor, 'activities:manage');
  const scope = await scopeFor(context, caller.actor);
  const activity = await context.db.transaction(async (tx) => {
    await findBimtek(tx, scope, id);
    const locked = await lockOrganisedActivity(tx, caller, scope, id);
    const days = eventDays(locked.startsOn, locked.endsOn);
    const ids = input.results.map((result) => result.participantId);
    // One after the other: a transaction is one connection.
    const participants = await tx.select().from(activityParticipants).where(inArray(activityParticipants.id, ids));
    const certified = await tx.select().from(bimtekCertificates).where(inArray(bimtekCertificates.participantId, ids));
    const known = new Map(participants.filter((p) => p.activityId === id).map((p) => [p.id, p]));
    const locked_ = new Set(certified.map((certificate) => certificate.participantId));
    for (const [index, result] of input.results.entries()) {
      const path = `body.results.${index}`;
      if (!known.has(result.participantId)) throw invalidField(`${path}.participantId`, 'bimtek.participant_unknown');
      if (locked_.has(result.participantId)) throw invalidField(`${path}.participantId`, 'bimtek.certified_locked');
      if (result.attendedDays != null && result.attendedDays > days)
        throw invalidField(`${path}.attendedDays`, 'bimtek.attended_days_max', { days });
    }
    for (const result of input.results) {
      const values: Partial<typeof activityParticipants.$inferInsert> = {};
      if (result.attendedDays !== undefined) {
        values.attendedDays = result.attendedDays;
        if (result.attendedDays !== null) values.attended = result.attendedDays > 0;
      }
      if (result.preTestScore !== undefined) values.preTestScore = result.preTestScore;
      if (result.postTestScore !== undefined) values.postTestScore = result.postTestScore;
      if (Object.keys(values).length > 0)
        await tx.update(activityParticipants).set(values).where(eq(activityParticipants.id, result.participantId));
    }
    await recordAudit(tx, caller.audit, {
      action: 'bimtek.results',
      entityType: 'activity',
      entityId: id,
      institutionId: locked.organiserInstitutionId,
      details: { participants: input.results.length },
    });
    return locked;
  });
  return presentBimtek(context.db, scope, activity);
}
