import { type CaseStatus, composeNik, type IntakeSource, type TerminationReason } from '@atensi/contracts';
import type { AssistAnswers } from './assist-answers.js';
import { buildEpisodes } from './episode.js';
import { uuidv7At } from './ids.js';
import { nickname, personName, phoneNumber, streetAddress } from './names.js';
import { Random } from './random.js';
import { dayOf, type GenInstitution, type World } from './world.js';

export type AssistOutcome = {
  results: Record<string, { score: number; risk: 'low' | 'moderate' | 'high' }>;
  routingRisk: 'low' | 'moderate' | 'high';
  injectingRisk: boolean;
  nextStep: 'no_further_action' | 'family_based_rehab' | 'further_assessment';
};

export type CaseEventStory = {
  id: string;
  action: string;
  from: CaseStatus | null;
  to: CaseStatus;
  reason: string | null;
  atMs: number;
  actorId: string;
  /** The use case that wrote it: a manual transition is audited as `case.<action>`; the others by their own. */
  via: 'open' | 'manual' | 'screening' | 'assessment' | 'referral' | 'follow_up' | 'plan' | 'service';
};

/**
 * One revision of a case's intervention plan as the plans module would have left it (ADR 0010): a draft, submitted,
 * returned once in a while, approved by a manager of the institution (never its author) when the case is of moderate
 * or high risk, active, and superseded when a later revision is activated.
 */
export type PlanRevisionStory = {
  id: string;
  revision: number;
  institutionId: string;
  status: 'draft' | 'submitted' | 'returned' | 'active' | 'superseded';
  requiresApproval: boolean;
  setting: 'family_based' | 'community_based' | 'residential';
  startOn: string;
  plannedEndOn: string;
  createdMs: number;
  createdBy: string;
  submittedMs: number | null;
  submittedBy: string | null;
  /** A manager returned it with comments before it was submitted again. */
  returned: { atMs: number; by: string; resubmittedMs: number | null } | null;
  decidedMs: number | null;
  decidedBy: string | null;
  activatedMs: number | null;
  supersededMs: number | null;
  updatedMs: number;
  version: number;
};

/** When services were given: from the first service to the termination (or today), at one institution. */
export type DeliveryStory = { institutionId: string; fromMs: number; untilMs: number; workerId: string };

export type ScreeningStory = {
  id: string;
  atMs: number;
  actorId: string;
  institutionId: string;
  answers: AssistAnswers;
  outcome: AssistOutcome;
};

export type AssessmentStory = {
  status: 'draft' | 'completed';
  ratings: Record<string, number>;
  urineTest: { result: 'negative' | 'positive' | 'not_done'; substances: string[] } | null;
  needs: Record<string, 'none' | 'some' | 'high'>;
  stageOfChange: 'precontemplation' | 'contemplation' | 'preparation' | 'action' | 'maintenance' | null;
  medicalRehab: 'none' | 'outpatient_referral' | 'inpatient_referral' | null;
  socialSetting: 'family_based' | 'community_based' | 'residential' | null;
  notes: { domains: Record<string, string>; needs: Record<string, string>; justification: string | null };
  savedAtMs: number;
  completedAtMs: number | null;
  actorId: string;
};

export type ConsentStory = {
  id: string;
  purpose: 'referral' | 'medical_rehab' | 'social_aid' | 'dtks';
  categories: string[];
  recipientId: string | null;
  givenOn: string;
  expiresOn: string;
  atMs: number;
  actorId: string;
  institutionId: string;
};

export type ReferralStory = {
  id: string;
  kind: 'transfer' | 'service';
  fromId: string;
  toId: string;
  target: 'unit' | 'faskes' | 'dinsos';
  consentId: string;
  status: 'pending' | 'accepted' | 'declined' | 'cancelled' | 'completed';
  createdMs: number;
  dueOn: string;
  respondedMs: number | null;
  responderId: string | null;
  outcomeMs: number | null;
  escalatedMs: number | null;
  actorId: string;
  disclosureId: string;
};

export type FollowUpStory = {
  id: string;
  monthsAfter: number;
  dueOn: string;
  done: {
    on: string;
    atMs: number;
    substanceUse: 'none' | 'occasional' | 'relapse';
    workOrSchool: 'working' | 'studying' | 'neither';
    housing: 'stable' | 'unstable' | 'homeless';
    familyRelations: 'good' | 'strained' | 'broken';
    legalProblems: boolean;
    actorId: string;
  } | null;
};

export type EpisodeStory = {
  id: string;
  /** Where the case is now (a transfer moves it), and where it was opened. */
  institutionId: string;
  openedAtId: string;
  openedMs: number;
  openedBy: string;
  intakeSource: IntakeSource;
  report: { reporter: 'self' | 'parent' | 'family'; reportedOn: string } | null;
  assignedWorkerId: string | null;
  status: CaseStatus;
  assessmentCompleted: boolean;
  terminationReason: TerminationReason | null;
  terminatedOn: string | null;
  previousCaseId: string | null;
  events: CaseEventStory[];
  screenings: ScreeningStory[];
  assessment: AssessmentStory | null;
  referral: ReferralStory | null;
  /** The plan's revisions, oldest first; the active one is `activePlanId`. */
  plans: PlanRevisionStory[];
  activePlanId: string | null;
  delivery: DeliveryStory | null;
  followUps: FollowUpStory[];
  notes: { id: string; atMs: number; authorId: string }[];
  updatedMs: number;
  version: number;
};

export type PersonStory = {
  index: number;
  id: string;
  institution: GenInstitution;
  createdMs: number;
  createdBy: string;
  sex: 'M' | 'F';
  fullName: string;
  aliases: string[];
  birthDate: string;
  regionCode: string;
  nik: string | null;
  kk: string | null;
  address: string | null;
  phone: string | null;
  guardian: { name: string; relationship: string; phone: string } | null;
  education: string;
  employment: string;
  maritalStatus: string;
  consents: ConsentStory[];
  episodes: EpisodeStory[];
  /** A seeded source for groups that draw more details (their own, so adding a group changes nobody else's data). */
  random: (group: string) => Random;
};

/** NIK serials are unique per district, birth date and sex: a counter per key (ADR 0012). */
export type NikRegistry = Map<number, number>;

const DAY_MS = 86_400_000;

/** When a person's first episode opens: spread over the history, more in recent years (the programme grew). */
function firstOpening(world: World, random: Random): number {
  const span = world.todayMs - world.historyStartMs;
  return world.historyStartMs + span * random.next() ** (1 / 1.4);
}

function birthDate(random: Random, openedMs: number): string {
  const age = Math.min(65, Math.max(14, Math.round(17 + random.days(10, 0.5, 45))));
  return dayOf(openedMs - age * 365.25 * DAY_MS - random.int(0, 364) * DAY_MS);
}

/** One person and the episodes of their life in care, decided once and read by every table group. */
export function buildPerson(world: World, institution: GenInstitution, index: number, niks: NikRegistry): PersonStory {
  const random = new Random(world.seed, 'person', index);
  const sex: 'M' | 'F' = random.chance(0.86) ? 'M' : 'F';
  const openedMs = firstOpening(world, random);
  const regency = random.chance(0.7)
    ? institution.regionCode
    : random.pick(world.regencyCodesOf.get(institution.provinceCode) ?? [institution.regionCode]);
  const villages = world.regions.villagesOf.get(regency) ?? world.regions.villagesOf.get(institution.regionCode) ?? [];
  const village = random.pick(villages);
  const born = birthDate(random, openedMs);
  const district = village.slice(0, 8);
  let nik: string | null = null;
  if (random.chance(0.95)) {
    const day = Math.round(Date.parse(`${born}T00:00:00Z`) / DAY_MS) + 30_000;
    const key = (Number(district.replace(/\./g, '')) * 60_000 + day) * 2 + (sex === 'F' ? 1 : 0);
    const serial = (niks.get(key) ?? 0) + 1;
    if (serial > 7999) throw new Error(`more than 7999 NIK serials for ${district} ${born} ${sex}`);
    niks.set(key, serial);
    nik = composeNik(district, sex, born, String(serial).padStart(4, '0'));
  }
  const fullName = personName(random, sex);
  const workerOf = (place: GenInstitution) =>
    random.pick(place.workers.length > 0 ? place.workers : [place.managerId ?? '']);
  const createdBy = workerOf(institution);
  const story: PersonStory = {
    index,
    id: uuidv7At(openedMs - random.int(60_000, 3_600_000), random),
    institution,
    createdMs: openedMs - random.int(60_000, 3_600_000),
    createdBy,
    sex,
    fullName,
    aliases: random.chance(0.1) ? [nickname(random, fullName)] : [],
    birthDate: born,
    regionCode: village,
    nik,
    kk: random.chance(0.7)
      ? `${district.replace(/\./g, '')}${born.slice(8, 10)}${born.slice(5, 7)}${born.slice(2, 4)}${String(random.int(1, 9999)).padStart(4, '0')}`
      : null,
    address: random.chance(0.95) ? streetAddress(random) : null,
    phone: random.chance(0.85) ? phoneNumber(random) : null,
    guardian: random.chance(0.2)
      ? {
          name: personName(random, random.chance(0.6) ? 'F' : 'M'),
          relationship: random.pick(['parent', 'sibling', 'spouse', 'relative']),
          phone: phoneNumber(random),
        }
      : null,
    education: random.weighted({
      primary: 18,
      junior_secondary: 30,
      senior_secondary: 40,
      diploma: 4,
      bachelor: 6,
      none: 2,
    }),
    employment: random.weighted({
      unemployed: 35,
      informal: 30,
      employed: 15,
      self_employed: 8,
      student: 10,
      other: 2,
    }),
    maritalStatus: random.weighted({ single: 55, married: 35, divorced: 9, widowed: 1 }),
    consents: [],
    episodes: [],
    random: (group) => new Random(world.seed, group, index),
  };
  const count = random.weighted({ 1: 74, 2: 18, 3: 8 } as Record<string, number>);
  buildEpisodes(world, story, random, openedMs, Number(count), workerOf);
  return story;
}
