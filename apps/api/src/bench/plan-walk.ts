import { addMonths } from '../modules/aftercare/index.js';
import { uuidv7At } from './ids.js';
import type { Random } from './random.js';
import type { EpisodeStory, PlanRevisionStory } from './story.js';
import { dayOf, type GenInstitution } from './world.js';

const DAY_MS = 86_400_000;

/** What the plan steps need of an episode's walk (episode.ts): its clock, where and by whom it runs, its events. */
export interface PlanWalk {
  readonly episode: EpisodeStory;
  readonly random: Random;
  readonly institution: GenInstitution;
  readonly actor: string;
  /** The walk's clock, epoch milliseconds. */
  readonly now: number;
  /** Moves the clock on; false when that is after today. */
  wait(medianDays: number, spread?: number): boolean;
  /** A status-keeping event of the case (`plan_submit`, `plan_approve`...). */
  note(action: string, actorId?: string): void;
}

/** Who decides a plan: a manager of the institution, or another worker when the author is the manager. */
function deciderOf(institution: GenInstitution, author: string): string | null {
  const manager = institution.managerId;
  if (manager && manager !== author) return manager;
  return institution.workers.find((worker) => worker !== author) ?? null;
}

/** A new revision (a draft) written by the case's worker now; the setting is the assessment's, or family-based. */
function draftPlan(
  walk: PlanWalk,
  requiresApproval: boolean,
  setting: PlanRevisionStory['setting'],
): PlanRevisionStory {
  const { episode, random } = walk;
  const startOn = dayOf(walk.now + random.int(0, 3) * DAY_MS);
  const months = setting === 'residential' ? 6 : random.pick([3, 3, 4, 6]);
  const revision: PlanRevisionStory = {
    id: uuidv7At(walk.now, random),
    revision: episode.plans.length + 1,
    institutionId: walk.institution.id,
    status: 'draft',
    requiresApproval,
    setting,
    startOn,
    plannedEndOn: addMonths(startOn, months),
    createdMs: walk.now,
    createdBy: walk.actor,
    submittedMs: null,
    submittedBy: null,
    returned: null,
    decidedMs: null,
    decidedBy: null,
    activatedMs: null,
    supersededMs: null,
    updatedMs: walk.now,
    version: 1,
  };
  episode.plans.push(revision);
  return revision;
}

/** The revision becomes the case's active plan; the one active before is superseded. */
function activatePlan(walk: PlanWalk, revision: PlanRevisionStory) {
  const { episode } = walk;
  for (const earlier of episode.plans) {
    if (earlier.status !== 'active') continue;
    earlier.status = 'superseded';
    earlier.supersededMs = walk.now;
    earlier.version += 1;
  }
  revision.status = 'active';
  revision.activatedMs = walk.now;
  episode.activePlanId = revision.id;
  episode.version += 1;
}

/**
 * Writes, submits and (for a moderate or high-risk case) has approved a revision, as plans.service and
 * plan-decisions.service do it; false when today comes first (the revision stays where it is).
 */
export function walkPlan(walk: PlanWalk, requiresApproval: boolean, setting: PlanRevisionStory['setting']): boolean {
  const revision = draftPlan(walk, requiresApproval, setting);
  if (!walk.wait(2, 0.7)) return false;
  revision.submittedMs = walk.now;
  revision.submittedBy = walk.actor;
  revision.updatedMs = walk.now;
  revision.version += 1;
  if (!requiresApproval) {
    activatePlan(walk, revision);
    walk.note('plan_activate');
    return true;
  }
  revision.status = 'submitted';
  walk.note('plan_submit');
  const decider = deciderOf(walk.institution, revision.createdBy);
  if (!decider || !walk.wait(3, 0.7)) return false;
  revision.decidedMs = walk.now;
  revision.decidedBy = decider;
  revision.updatedMs = walk.now;
  revision.version += 1;
  if (walk.random.chance(0.1)) {
    revision.status = 'returned';
    revision.returned = { atMs: walk.now, by: decider, resubmittedMs: null };
    walk.note('plan_return', decider);
    if (!walk.wait(3, 0.7)) return false;
    revision.status = 'submitted';
    revision.returned.resubmittedMs = walk.now;
    revision.submittedMs = walk.now;
    revision.version += 2;
    walk.note('plan_submit');
    if (!walk.wait(2, 0.7)) return false;
    revision.decidedMs = walk.now;
  }
  activatePlan(walk, revision);
  walk.note('plan_approve', decider);
  return true;
}
