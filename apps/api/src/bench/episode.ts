import {
  ATENSI_COMPONENTS,
  type CaseStatus,
  type IntakeSource,
  scoreAssist,
  type TerminationReason,
} from '@atensi/contracts';
import { addMonths } from '../modules/aftercare/index.js';
import { transition } from '../modules/cases/index.js';
import { drugUseAnswers, noDrugAnswers } from './assist-answers.js';
import { uuidv7At } from './ids.js';
import { type PlanWalk, walkPlan } from './plan-walk.js';
import type { Random } from './random.js';
import type { CaseEventStory, EpisodeStory, PersonStory, PlanRevisionStory, ReferralStory } from './story.js';
import { dayOf, type GenInstitution, type World } from './world.js';

const DAY_MS = 86_400_000;
/** The product's default aftercare schedule (AFTERCARE_MONTHS). */
const AFTERCARE_MONTHS = [1, 3, 6, 12];
const DOMAINS = ['medical', 'employment_support', 'drug_use', 'alcohol_use', 'legal', 'family_social', 'psychiatric'];

type Ending = { closedMs: number | null; relapseMs: number | null };

/**
 * Walks one episode through the product's own state machine (`transition` of modules/cases), step by step, with
 * durations drawn around what the programme sees; the walk stops at today, so a recent case is still running.
 * Every step the product could not have taken throws: a generated history is one the API could have written.
 */
class EpisodeWalk implements PlanWalk {
  readonly episode: EpisodeStory;
  private t: number;
  /** Where the case is now, and who works it: a transfer moves both. */
  institution: GenInstitution;
  actor: string;

  constructor(
    private readonly world: World,
    private readonly person: PersonStory,
    readonly random: Random,
    start: {
      ms: number;
      institution: GenInstitution;
      worker: string;
      source: IntakeSource;
      previousCaseId: string | null;
      relapse: boolean;
    },
  ) {
    this.t = start.ms;
    this.institution = start.institution;
    this.actor = start.worker;
    const reportable =
      !start.relapse && start.institution.type === 'ipwl' && (start.source === 'self' || start.source === 'family');
    this.episode = {
      id: uuidv7At(start.ms, random),
      institutionId: start.institution.id,
      openedAtId: start.institution.id,
      openedMs: start.ms,
      openedBy: start.worker,
      intakeSource: start.source,
      report:
        reportable && random.chance(0.8)
          ? {
              reporter: start.source === 'self' ? 'self' : random.pick(['parent', 'family'] as const),
              reportedOn: dayOf(start.ms),
            }
          : null,
      assignedWorkerId: random.chance(0.03) ? null : start.worker,
      status: 'intake',
      assessmentCompleted: false,
      terminationReason: null,
      terminatedOn: null,
      previousCaseId: start.previousCaseId,
      events: [],
      screenings: [],
      assessment: null,
      referral: null,
      plans: [],
      activePlanId: null,
      delivery: null,
      followUps: [],
      notes: [],
      updatedMs: start.ms,
      version: 1,
    };
    this.push('open', null, 'intake', start.relapse ? 'relapse' : start.source, 'open');
  }

  private push(
    action: string,
    from: CaseStatus | null,
    to: CaseStatus,
    reason: string | null,
    via: CaseEventStory['via'],
    actorId = this.actor,
  ) {
    this.episode.events.push({
      id: uuidv7At(this.t, this.random),
      action,
      from,
      to,
      reason,
      atMs: this.t,
      actorId,
      via,
    });
    this.episode.status = to;
    this.episode.updatedMs = this.t;
  }

  get now(): number {
    return this.t;
  }

  /** Moves the clock on; false when that is after today (the episode stops where it is). */
  wait(medianDays: number, spread = 0.5): boolean {
    this.t += this.random.days(medianDays, spread) * DAY_MS + this.random.int(600_000, 6 * 3_600_000);
    return this.t <= this.world.todayMs;
  }

  move(
    action: Parameters<typeof transition>[1]['action'],
    via: CaseEventStory['via'],
    reason?: TerminationReason,
    eventReason?: string,
  ) {
    const facts = {
      status: this.episode.status,
      assessmentCompleted: this.episode.assessmentCompleted,
      terminationReason: this.episode.terminationReason,
      hasActivePlan: this.episode.activePlanId !== null,
    };
    const result = transition(facts, { action, reason });
    if (!result.ok) throw new Error(`the generator tried ${action} from ${facts.status}: ${result.refusal}`);
    if (action === 'terminate') {
      this.episode.terminationReason = reason ?? null;
      this.episode.terminatedOn = dayOf(this.t);
      if (this.episode.delivery) this.episode.delivery.untilMs = this.t;
    }
    if (via !== 'screening') this.episode.version += 1;
    this.push(action, facts.status, result.to, eventReason ?? reason ?? null, via);
  }

  screen(routing: boolean): 'family_based_rehab' | 'further_assessment' | 'no_further_action' {
    const severity = Number(this.random.weighted({ 1: 45, 2: 25, 3: 20, 4: 10 } as Record<string, number>));
    const answers = routing ? drugUseAnswers(this.random, severity) : noDrugAnswers(this.random);
    const scored = scoreAssist(answers);
    const outcome = {
      results: scored.results as EpisodeStory['screenings'][number]['outcome']['results'],
      routingRisk: scored.routingRisk,
      injectingRisk: scored.injectingRisk,
      nextStep: scored.nextStep,
    };
    this.episode.screenings.push({
      id: uuidv7At(this.t, this.random),
      atMs: this.t,
      actorId: this.actor,
      institutionId: this.institution.id,
      answers,
      outcome,
    });
    this.episode.version += 1;
    if (this.episode.status === 'intake') this.move('start_screening', 'screening');
    if (outcome.nextStep === 'family_based_rehab') this.move('route_family_based', 'screening');
    if (outcome.nextStep === 'further_assessment') this.move('route_further_assessment', 'screening');
    return outcome.nextStep;
  }

  terminate(reason: TerminationReason) {
    this.move('terminate', 'manual', reason);
  }

  assessmentDraft() {
    const random = this.random;
    const full = random.chance(0.6);
    const domains = full ? DOMAINS : DOMAINS.slice(0, random.int(1, 5));
    this.episode.assessment = {
      status: 'draft',
      ratings: Object.fromEntries(domains.map((domain) => [domain, random.int(domain === 'drug_use' ? 4 : 0, 9)])),
      urineTest: random.chance(0.8)
        ? { result: random.weighted({ positive: 60, negative: 35, not_done: 5 }), substances: ['metamfetamin'] }
        : null,
      needs: Object.fromEntries(
        ATENSI_COMPONENTS.map((component) => [component, random.weighted({ none: 30, some: 45, high: 25 })]),
      ),
      stageOfChange: full ? random.pick(['precontemplation', 'contemplation', 'preparation', 'action'] as const) : null,
      medicalRehab: full ? random.weighted({ none: 50, outpatient_referral: 35, inpatient_referral: 15 }) : null,
      socialSetting: full ? random.weighted({ residential: 35, community_based: 35, family_based: 30 }) : null,
      notes: {
        domains: { drug_use: 'Penggunaan sabu rutin, keinginan berhenti ada (data sintetis).' },
        needs: {},
        justification: full ? 'Risiko sedang dengan dukungan keluarga terbatas (data sintetis).' : null,
      },
      savedAtMs: this.t,
      completedAtMs: null,
      actorId: this.actor,
    };
  }

  completeAssessment() {
    const assessment = this.episode.assessment;
    if (!assessment) throw new Error('completing an assessment that was never saved');
    for (const domain of DOMAINS) assessment.ratings[domain] ??= this.random.int(0, 9);
    assessment.stageOfChange ??= 'preparation';
    assessment.medicalRehab ??= 'outpatient_referral';
    assessment.socialSetting ??= 'community_based';
    assessment.notes.justification ??= 'Rekomendasi sesuai hasil asesmen (data sintetis).';
    assessment.status = 'completed';
    assessment.completedAtMs = this.t;
    this.episode.assessmentCompleted = true;
    this.move('approve_plan', 'assessment', undefined, 'assessment_completed');
  }

  /** A status-keeping event of the case (the plans module's `plan_submit`, `plan_approve`...). */
  note(action: string, actorId = this.actor) {
    this.push(action, this.episode.status, this.episode.status, null, 'plan', actorId);
  }

  /** Writes, submits and (when it needs it) has approved a revision: `walkPlan` (plan-walk.ts). */
  plan(requiresApproval: boolean, setting: PlanRevisionStory['setting']): boolean {
    return walkPlan(this, requiresApproval, setting);
  }

  /** The first service given starts the delivery (service-delivery's record-services moves the case). */
  startService() {
    this.move('start_service', 'service', undefined, 'first_service');
    this.episode.delivery = {
      institutionId: this.institution.id,
      fromMs: this.t,
      untilMs: this.world.todayMs,
      workerId: this.episode.assignedWorkerId ?? this.actor,
    };
  }

  /**
   * Now and then a plan is revised during service: the new revision goes through the same steps and supersedes the
   * active one. Placed after the walk, in the middle of the delivery, its events slot in by time.
   */
  revise(): void {
    const delivery = this.episode.delivery;
    const active = this.episode.plans.find((plan) => plan.id === this.episode.activePlanId);
    if (!delivery || !active || !this.random.chance(0.07)) return;
    const span = delivery.untilMs - delivery.fromMs;
    if (span < 40 * DAY_MS) return;
    const walked = {
      t: this.t,
      status: this.episode.status,
      events: this.episode.events.length,
      updatedMs: this.episode.updatedMs,
      version: this.episode.version,
      active: { ...active },
    };
    this.t = delivery.fromMs + span * (0.3 + 0.3 * this.random.next());
    this.episode.status = this.statusAt(this.t);
    const done = this.plan(active.requiresApproval, active.setting) && this.t < delivery.untilMs;
    const added = this.episode.events.splice(walked.events);
    if (done) {
      for (const event of added) {
        const at = this.episode.events.findIndex((other) => other.atMs > event.atMs);
        this.episode.events.splice(at === -1 ? this.episode.events.length : at, 0, event);
      }
    } else {
      // The revision would not have finished inside the delivery: it is left out, the walk's last state stands.
      this.episode.plans.pop();
      Object.assign(active, walked.active);
      this.episode.activePlanId = active.id;
      this.episode.version = walked.version;
    }
    const revisedMs = this.t;
    this.t = walked.t;
    this.episode.status = walked.status;
    this.episode.updatedMs = done ? Math.max(walked.updatedMs, revisedMs) : walked.updatedMs;
  }

  private statusAt(ms: number) {
    let status = this.episode.events[0]?.to ?? 'intake';
    for (const event of this.episode.events) if (event.atMs <= ms) status = event.to;
    return status;
  }

  /** A referral with its consent and disclosure; an accepted transfer moves the case to the receiver. */
  refer(target: GenInstitution, kind: 'transfer' | 'service', targetKind: ReferralStory['target']) {
    const random = this.random;
    const purpose = targetKind === 'faskes' ? 'medical_rehab' : targetKind === 'dinsos' ? 'social_aid' : 'referral';
    const consentMs = this.t - random.int(1, 48) * 3_600_000;
    const consent = {
      id: uuidv7At(consentMs, random),
      purpose,
      categories: ['identity', 'case', 'screening'],
      recipientId: random.chance(0.5) ? target.id : null,
      givenOn: dayOf(consentMs),
      expiresOn: dayOf(consentMs + 730 * DAY_MS),
      atMs: consentMs,
      actorId: this.actor,
      institutionId: this.person.institution.id,
    } as const;
    this.person.consents.push({ ...consent, categories: [...consent.categories] });
    const createdMs = this.t;
    const dueMs = createdMs + 7 * DAY_MS;
    const respondedMs = createdMs + random.days(3, 0.6, 7) * DAY_MS + random.int(600_000, 3_600_000);
    let status: ReferralStory['status'] =
      respondedMs > this.world.todayMs || random.chance(0.04)
        ? 'pending'
        : random.weighted({ completed: 62, accepted: 18, declined: 15, cancelled: 5 });
    const receiver = random.pick(target.workers.length > 0 ? target.workers : [target.managerId ?? this.actor]);
    const outcomeMs = respondedMs + random.days(30) * DAY_MS;
    if (status === 'completed' && outcomeMs > this.world.todayMs) status = 'accepted';
    const answered = status !== 'pending' && status !== 'cancelled';
    this.episode.referral = {
      id: uuidv7At(createdMs, random),
      kind,
      fromId: this.institution.id,
      toId: target.id,
      target: targetKind,
      consentId: consent.id,
      status,
      createdMs,
      dueOn: dayOf(dueMs),
      respondedMs: answered || status === 'cancelled' ? respondedMs : null,
      responderId: answered ? receiver : status === 'cancelled' ? this.actor : null,
      outcomeMs: status === 'completed' ? outcomeMs : null,
      escalatedMs: status === 'pending' && dueMs + DAY_MS <= this.world.todayMs ? dueMs + DAY_MS : null,
      actorId: this.actor,
      disclosureId: uuidv7At(createdMs, random),
    };
    this.push('refer', this.episode.status, this.episode.status, kind, 'referral');
    if (kind === 'transfer' && (status === 'accepted' || status === 'completed')) {
      this.t = respondedMs;
      this.institution = target;
      this.actor = receiver;
      this.episode.institutionId = target.id;
      this.episode.assignedWorkerId = null;
      this.episode.version += 1;
      this.push('transfer_in', this.episode.status, this.episode.status, this.episode.referral.fromId, 'referral');
    }
  }

  /** Aftercare visits; a relapse at one of them closes the episode (the next opens the same day). */
  aftercare(relapseWanted: boolean): Ending {
    const random = this.random;
    const from = this.episode.terminatedOn ?? dayOf(this.t);
    const relapseAt = relapseWanted ? random.int(0, AFTERCARE_MONTHS.length - 1) : -1;
    for (const [index, monthsAfter] of AFTERCARE_MONTHS.entries()) {
      const dueOn = addMonths(from, monthsAfter);
      const doneMs = Date.parse(`${dueOn}T03:00:00Z`) + random.days(4, 0.8, 20) * DAY_MS;
      const done =
        doneMs <= this.world.todayMs &&
        this.episode.status === 'aftercare' &&
        random.chance(index === relapseAt ? 1 : 0.88);
      const relapse = done && index === relapseAt;
      this.episode.followUps.push({
        id: uuidv7At(Date.parse(`${from}T03:00:00Z`), random),
        monthsAfter,
        dueOn,
        done: done
          ? {
              on: dayOf(doneMs),
              atMs: doneMs,
              substanceUse: relapse ? 'relapse' : random.weighted({ none: 75, occasional: 25 }),
              workOrSchool: random.weighted({ working: 45, studying: 10, neither: 45 }),
              housing: random.weighted({ stable: 80, unstable: 17, homeless: 3 }),
              familyRelations: random.weighted({ good: 65, strained: 30, broken: 5 }),
              legalProblems: random.chance(0.05),
              actorId: this.actor,
            }
          : null,
      });
      if (relapse) {
        this.t = doneMs;
        this.push('close_relapse', 'aftercare', 'closed', 'relapsed', 'follow_up');
        return { closedMs: doneMs, relapseMs: doneMs };
      }
    }
    const lastDue = Date.parse(`${addMonths(from, 12)}T03:00:00Z`);
    this.t = Math.max(this.t, lastDue);
    if (!this.wait(10)) return { closedMs: null, relapseMs: null };
    this.move('close', 'manual');
    return { closedMs: this.t, relapseMs: null };
  }

  run(relapseWanted: boolean): Ending {
    const random = this.random;
    const stop: Ending = { closedMs: null, relapseMs: null };
    const notes = random.chance(0.45) ? random.int(1, 3) : 0;
    const end = (ending: Ending): Ending => {
      for (let n = 0; n < notes; n++) {
        const last = ending.closedMs ?? Math.min(this.world.todayMs, this.t);
        const at = this.episode.openedMs + random.next() * Math.max(0, last - this.episode.openedMs);
        this.episode.notes.push({
          id: uuidv7At(at, random),
          atMs: at,
          authorId: this.episode.assignedWorkerId ?? this.actor,
        });
      }
      return ending;
    };
    if (!this.wait(1, 0.8)) return end(stop);
    if (random.chance(0.03)) return end(this.closeAfter('dropped_out', relapseWanted));
    // Earlier screenings that found nothing to act on (the case stays in screening): about one per case.
    const extra = Number(random.weighted({ 0: 20, 1: 55, 2: 18, 3: 7 } as Record<string, number>));
    for (let n = 0; n < extra; n++) {
      this.screen(false);
      if (!this.wait(12)) return end(stop);
    }
    const route = this.screen(true);
    if (route === 'further_assessment') {
      if (!this.wait(4)) return end(stop);
      this.assessmentDraft();
      if (random.chance(0.06)) return this.wait(15) ? end(this.closeAfter('dropped_out', relapseWanted)) : end(stop);
      const setting = this.episode.assessment?.socialSetting;
      if (this.institution.type === 'ipwl' && setting === 'residential' && random.chance(0.35)) {
        const unit = this.world.byId.get(this.institution.parentId ?? '');
        if (unit) this.refer(unit, 'transfer', 'unit');
        if (this.t > this.world.todayMs) return end(stop);
      }
      if (!this.wait(12)) return end(stop);
      this.completeAssessment();
      if (!this.wait(2, 0.7)) return end(stop);
      if (!this.plan(true, this.episode.assessment?.socialSetting ?? 'community_based')) return end(stop);
    } else {
      if (!this.wait(6)) return end(stop);
      // A low-risk case's first plan starts its planning (plans.service moves it) and is active once submitted.
      this.move('approve_plan', 'plan', undefined, 'plan_started');
      if (!this.plan(false, 'family_based')) return end(stop);
    }
    if (!this.wait(4)) return end(stop);
    this.startService();
    const residential = this.episode.plans.at(-1)?.setting === 'residential';
    if (this.episode.referral === null && random.chance(0.16)) {
      if (!this.wait(20)) return end(stop);
      const faskes = random.chance(0.75);
      const province = this.institution.provinceCode;
      const target = faskes
        ? random.pick(this.world.faskesOfProvince.get(province) ?? this.world.fallbackFaskes)
        : (this.world.dinsosOfProvince.get(province) ?? random.pick(this.world.fallbackDinsos));
      this.refer(target, 'service', faskes ? 'faskes' : 'dinsos');
      if (this.t > this.world.todayMs) return end(stop);
    }
    if (random.chance(0.14))
      return this.wait(40, 0.8)
        ? end(
            this.closeAfter(random.weighted({ dropped_out: 85, referred_out: 8, relapsed: 6, died: 1 }), relapseWanted),
          )
        : end(stop);
    if (!this.wait(residential ? 150 : 90, 0.3)) return end(stop);
    this.move('start_reintegration', 'manual');
    if (!this.wait(40, 0.4)) return end(stop);
    return end(this.closeAfter('completed', relapseWanted));
  }

  /** Terminates, then aftercare (when the reason allows and the person takes it) or a close. */
  private closeAfter(reason: TerminationReason, relapseWanted: boolean): Ending {
    this.terminate(reason);
    const takesAftercare =
      reason === 'completed' ? 0.9 : reason === 'relapsed' ? 0.5 : reason === 'dropped_out' ? 0.25 : 0;
    if (this.random.chance(takesAftercare)) {
      if (!this.wait(3)) return { closedMs: null, relapseMs: null };
      this.move('start_aftercare', 'manual');
      return this.aftercare(relapseWanted);
    }
    if (!this.wait(20)) return { closedMs: null, relapseMs: null };
    this.move('close', 'manual');
    return { closedMs: this.t, relapseMs: null };
  }
}

/** The person's episodes, one after another: a relapse in aftercare opens the next at once, otherwise later. */
export function buildEpisodes(
  world: World,
  person: PersonStory,
  random: Random,
  firstMs: number,
  count: number,
  workerOf: (place: GenInstitution) => string,
): void {
  let startMs = firstMs;
  let previous: { id: string; worker: string | null; institutionId: string } | null = null;
  let relapse = false;
  for (let n = 0; n < count && startMs <= world.todayMs; n++) {
    const source: IntakeSource = relapse
      ? 'institution'
      : random.weighted({ self: 25, family: 30, bnn: 10, police: 8, court: 5, institution: 7, outreach: 15 });
    // The product opens a relapse episode where the last one was (modules/aftercare, recordFollowUp).
    const institution =
      (relapse && previous ? world.byId.get(previous.institutionId) : undefined) ?? person.institution;
    const worker = relapse && previous?.worker ? previous.worker : workerOf(institution);
    const walk = new EpisodeWalk(world, person, random, {
      ms: startMs,
      institution,
      worker,
      source,
      previousCaseId: previous?.id ?? null,
      relapse,
    });
    const ending = walk.run(n < count - 1);
    walk.revise();
    person.episodes.push(walk.episode);
    if (ending.closedMs === null) break;
    previous = {
      id: walk.episode.id,
      worker: walk.episode.assignedWorkerId,
      institutionId: walk.episode.institutionId,
    };
    relapse = ending.relapseMs !== null;
    startMs = relapse ? ending.closedMs : ending.closedMs + random.days(200, 0.8) * DAY_MS;
  }
}
