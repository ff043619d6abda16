import type { InstitutionType, ParticipantOrigin } from '@atensi/contracts';
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/http/app-error.js';
import { editScopeOf, isWithinScope, type Scope, withinScope } from '../institutions/index.js';
import { activities, activityActions, activityParticipants, supervisionVisits } from './activities.table.js';

/**
 * Who sees an activity (ADR 0011): national roles every one; anyone else those that involve their scope, as
 * organiser, as the institution of a named participant, as the institution supervised, or as the owner of a
 * follow-up action. Correlated on the outer `activities` row, so every query of this module filters with it.
 */
export function activityVisible(scope: Scope): SQL {
  if (scope.kind === 'national') return sql`true`;
  if (scope.institutionIds.length === 0) return sql`false`;
  return sql`(${withinScope(scope, activities.organiserInstitutionId)}
    OR EXISTS (SELECT 1 FROM ${activityParticipants} WHERE ${activityParticipants.activityId} = ${activities.id}
      AND ${withinScope(scope, activityParticipants.institutionId)})
    OR EXISTS (SELECT 1 FROM ${supervisionVisits} WHERE ${supervisionVisits.activityId} = ${activities.id}
      AND ${withinScope(scope, supervisionVisits.institutionId)})
    OR EXISTS (SELECT 1 FROM ${activityActions} WHERE ${activityActions.activityId} = ${activities.id}
      AND ${withinScope(scope, activityActions.ownerInstitutionId)}))`;
}

/** National roles organise anywhere; a Balai/Loka manager only the activities of their own unit. */
export function mayOrganise(actor: Actor, organiserInstitutionId: string): boolean {
  return isWithinScope(editScopeOf(actor), organiserInstitutionId);
}

/** Seen but organised by someone else: 403 (unseen is 404, decided before). */
export function assertMayOrganise(actor: Actor, organiserInstitutionId: string): void {
  if (!mayOrganise(actor, organiserInstitutionId)) throw new AppError('forbidden');
}

/** A participant's origin from their institution's type; the Inspectorate has no institution record. */
export function originOf(type: InstitutionType): ParticipantOrigin {
  switch (type) {
    case 'direktorat':
      return 'direktorat';
    case 'balai':
    case 'loka':
      return 'balai_loka';
    case 'ipwl':
      return 'ipwl';
    case 'dinsos':
      return 'dinsos';
    case 'faskes':
    case 'other_partner':
      return 'other';
    default: {
      const unknown: never = type;
      throw new Error(`unknown institution type ${String(unknown)}`);
    }
  }
}
