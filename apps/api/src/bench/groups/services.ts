import { addMonths } from '../../modules/aftercare/index.js';
import { uuidv7At } from '../ids.js';
import type { Sinks, TableSpec } from '../loader.js';
import type { Random } from '../random.js';
import type { EpisodeStory, PersonStory, PlanRevisionStory } from '../story.js';
import { dayOf, type GenInstitution } from '../world.js';
import type { AuditFact, GroupContext } from './group.js';
import { ms } from './group.js';

export type GoalRow = { id: string; key: string; planId: string; component: string; position: number };
export type Progress = { progress: 'in_progress' | 'achieved'; on: string; atMs: number };

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** A Monday, 09:00 in Jakarta: weeks are counted from it. */
const WEEK_ZERO = Date.UTC(2020, 0, 6, 2);

/**
 * Services entered per week in each setting (catalogue code, entries per week): tuned so that the country of scale 1
 * holds about 50 million service records (about ten per case), as ADR 0012 sets its proportions.
 */
const WEEKLY: Record<PlanRevisionStory['setting'], { group: [string, number][]; individual: [string, number][] }> = {
  residential: {
    group: [
      ['tr_therapeutic_community', 0.36],
      ['tr_konseling_kelompok', 0.12],
      ['tr_bimbingan_spiritual', 0.096],
      ['tr_olahraga', 0.064],
    ],
    individual: [
      ['tr_konseling_individu', 0.12],
      ['ps_pendampingan_harian', 0.04],
    ],
  },
  community_based: {
    group: [
      ['tr_konseling_kelompok', 0.16],
      ['dk_kelompok_dukungan', 0.064],
    ],
    individual: [
      ['tr_konseling_individu', 0.12],
      ['tr_cbt', 0.08],
      ['tr_motivational_interviewing', 0.04],
    ],
  },
  family_based: {
    group: [['dk_kelompok_dukungan', 0.08]],
    individual: [
      ['dk_kunjungan_rumah', 0.144],
      ['tr_konseling_individu', 0.096],
      ['dk_konseling_keluarga', 0.04],
    ],
  },
};
const VOCATIONAL = ['vk_pangkas_rambut', 'vk_tata_boga', 'vk_desain_grafis', 'vk_otomotif', 'vk_kewirausahaan'];
const ONCE: [string, number][] = [
  ['ak_dokumen_kependudukan', 0.3],
  ['ak_jaminan_kesehatan', 0.25],
  ['ba_asistensi_sosial', 0.1],
  ['hl_kebersihan_diri', 0.2],
];
const STAY_REASON: Record<string, string> = {
  completed: 'completed',
  dropped_out: 'dropped_out',
  referred_out: 'referred',
  relapsed: 'other',
  died: 'other',
};

export const SERVICE_TABLES: TableSpec[] = [
  {
    name: 'service_sessions',
    columns: [
      'id',
      'institution_id',
      'kind',
      'catalogue_item_id',
      'component',
      'held_on',
      'duration_minutes',
      'staff_id',
      'location',
      'topic',
      'note_cipher',
      'recorded_by',
      'recorded_at',
    ],
  },
  {
    name: 'service_records',
    columns: [
      'id',
      'session_id',
      'case_id',
      'institution_id',
      'catalogue_item_id',
      'component',
      'held_on',
      'attended',
      'quantity',
      'goal_id',
      'goal_progress',
      'note_cipher',
    ],
  },
  {
    name: 'residential_stays',
    columns: [
      'id',
      'case_id',
      'institution_id',
      'admitted_on',
      'planned_discharge_on',
      'discharged_on',
      'discharge_reason',
      'over_capacity',
      'admitted_by',
      'discharged_by',
      'created_at',
      'updated_at',
      'version',
    ],
  },
];

/** The group sessions now filling up, per institution, item, week and slot (one session holds 8 to 20 people). */
const open = new Map<string, { id: string; count: number; size: number; caseIds: string[] }>();

type Give = {
  code: string;
  atMs: number;
  group: boolean;
  slot: number;
};

/**
 * The services one episode received under its plan: each week of its delivery the setting's group sessions (joined
 * with the others of the institution that week) and individual ones, plus a few one-off services. Returns the goal
 * progress the records leave, by goal id, as the plans module keeps it (carried over by key to later revisions).
 */
export function deliver(
  context: GroupContext,
  story: PersonStory,
  episode: EpisodeStory,
  goals: Map<string, GoalRow[]>,
  sinks: Sinks,
  facts: AuditFact[],
): Map<string, Progress> {
  const result = new Map<string, Progress>();
  const delivery = episode.delivery;
  if (!delivery) return result;
  const { world } = context;
  const institution = world.byId.get(delivery.institutionId);
  if (!institution) return result;
  const random = story.random(`services:${episode.id}`);
  const active = (atMs: number) =>
    episode.plans.filter((plan) => plan.activatedMs !== null && plan.activatedMs <= atMs).at(-1) ?? null;
  const setting = active(delivery.fromMs)?.setting ?? 'family_based';
  const weekly = WEEKLY[setting];
  const gives: Give[] = [
    { code: weekly.individual[0]?.[0] ?? 'tr_konseling_individu', atMs: delivery.fromMs, group: false, slot: 0 },
  ];
  const vocational = random.chance(0.25) ? random.pick(VOCATIONAL) : null;
  const firstWeek = Math.ceil((delivery.fromMs - WEEK_ZERO) / WEEK_MS);
  const lastWeek = Math.floor((delivery.untilMs - WEEK_ZERO) / WEEK_MS) - 1;
  const count = (rate: number) => Math.floor(rate) + (random.chance(rate % 1) ? 1 : 0);
  for (let week = firstWeek; week <= lastWeek; week++) {
    const startMs = WEEK_ZERO + week * WEEK_MS;
    for (const [code, rate] of weekly.group) {
      for (let slot = 0, n = count(rate); slot < n; slot++) gives.push({ code, atMs: startMs, group: true, slot });
    }
    for (const [code, rate] of weekly.individual) {
      for (let n = count(rate); n > 0; n--)
        gives.push({
          code,
          atMs: startMs + random.int(0, 5) * DAY_MS + random.int(0, 7) * 3_600_000,
          group: false,
          slot: 0,
        });
    }
    if (vocational && week - firstWeek >= 2 && random.chance(0.3))
      gives.push({ code: vocational, atMs: startMs, group: true, slot: 0 });
  }
  const span = delivery.untilMs - delivery.fromMs;
  for (const [code, chance] of ONCE) {
    if (random.chance(chance))
      gives.push({ code, atMs: delivery.fromMs + random.next() * span, group: false, slot: 0 });
  }
  const completed = episode.terminationReason === 'completed';
  const byKey = new Map<string, Progress[]>();
  for (const give of gives) {
    const item = world.catalogue.get(give.code);
    if (!item) continue;
    let sessionId: string;
    let heldMs = give.atMs;
    let attended = true;
    if (give.group) {
      // Each item meets on its own weekday; a second session of the week two days later.
      const day = (hashCode(give.code) + give.slot * 2) % 6;
      heldMs = give.atMs + day * DAY_MS;
      const key = `${institution.id}|${give.code}|${heldMs}`;
      let session = open.get(key);
      if (!session || session.count >= session.size || session.caseIds.includes(episode.id)) {
        session = { id: uuidv7At(heldMs, random), count: 0, size: random.int(8, 20), caseIds: [] };
        open.set(key, session);
        writeSession(context, sinks, facts, institution, random, session, item, 'group', heldMs, null);
      }
      session.count += 1;
      session.caseIds.push(episode.id);
      sessionId = session.id;
      attended = random.chance(0.92);
    } else {
      const worker = delivery.workerId;
      sessionId = uuidv7At(heldMs, random);
      writeSession(
        context,
        sinks,
        facts,
        institution,
        random,
        { id: sessionId, caseIds: [episode.id] },
        item,
        'individual',
        heldMs,
        worker,
      );
    }
    const plan = active(heldMs);
    const goal =
      plan && attended && random.chance(0.6)
        ? (goals.get(plan.id) ?? []).find((candidate) => candidate.component === item.component)
        : undefined;
    const achieved = completed && goal && delivery.untilMs - heldMs < 21 * DAY_MS && random.chance(0.7);
    const progress: Progress['progress'] = achieved ? 'achieved' : 'in_progress';
    const on = dayOf(heldMs);
    if (goal) byKey.set(goal.key, [...(byKey.get(goal.key) ?? []), { progress, on, atMs: heldMs }]);
    sinks
      .table('service_records')
      .push([
        uuidv7At(heldMs, random),
        sessionId,
        episode.id,
        institution.id,
        item.id,
        item.component,
        on,
        attended,
        attended ? (item.unit === 'amount' ? random.int(1, 6) * 50_000 : 1) : 0,
        goal?.id ?? null,
        goal ? progress : null,
        null,
      ]);
  }
  // A revision's goal shows the last progress of its key until the revision was superseded (progress carries over).
  for (const plan of episode.plans) {
    const until = plan.supersededMs ?? Number.POSITIVE_INFINITY;
    for (const goal of goals.get(plan.id) ?? []) {
      const last = (byKey.get(goal.key) ?? [])
        .filter((entry) => entry.atMs <= until)
        .sort((a, b) => a.atMs - b.atMs)
        .at(-1);
      if (last) result.set(goal.id, last);
    }
  }
  if (setting === 'residential') writeStay(sinks, random, episode, institution, delivery, world.todayMs);
  return result;
}

function hashCode(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(hash);
}

function writeSession(
  { world, cipher }: GroupContext,
  sinks: Sinks,
  facts: AuditFact[],
  institution: GenInstitution,
  random: Random,
  session: { id: string; caseIds: string[] },
  item: { id: string; component: string; code: string },
  kind: 'group' | 'individual',
  heldMs: number,
  worker: string | null,
) {
  const recorder =
    worker ?? (institution.workers.length > 0 ? random.pick(institution.workers) : (institution.managerId ?? ''));
  const staff = world.staffOfUser.get(recorder) ?? institution.staff[0]?.id ?? null;
  const recordedMs = heldMs + random.int(1, 8) * 3_600_000;
  const home = item.code === 'dk_kunjungan_rumah';
  sinks
    .table('service_sessions')
    .push([
      session.id,
      institution.id,
      kind,
      item.id,
      item.component,
      dayOf(heldMs),
      kind === 'group' ? random.pick([60, 90, 120]) : random.pick([30, 45, 60]),
      staff,
      home ? 'home' : kind === 'group' || random.chance(0.8) ? 'institution' : 'community',
      null,
      kind === 'individual' && random.chance(0.1)
        ? cipher.seal('service_sessions.note', 'Klien kooperatif, motivasi meningkat (data sintetis).')
        : null,
      recorder,
      ms(recordedMs),
    ]);
  facts.push({
    atMs: recordedMs,
    actorId: recorder,
    action: 'service.record',
    entityType: 'service_session',
    entityId: session.id,
    institutionId: institution.id,
    // The attendees of a group session are those known when its block of people is chained.
    details: { kind, component: item.component, caseIds: session.caseIds },
  });
}

function writeStay(
  sinks: Sinks,
  random: Random,
  episode: EpisodeStory,
  institution: GenInstitution,
  delivery: NonNullable<EpisodeStory['delivery']>,
  todayMs: number,
) {
  const admittedOn = dayOf(delivery.fromMs);
  const discharged = episode.terminationReason !== null && delivery.untilMs < todayMs;
  sinks
    .table('residential_stays')
    .push([
      uuidv7At(delivery.fromMs, random),
      episode.id,
      institution.id,
      admittedOn,
      addMonths(admittedOn, 6),
      discharged ? dayOf(Math.max(delivery.untilMs, delivery.fromMs)) : null,
      discharged ? (STAY_REASON[episode.terminationReason ?? ''] ?? 'other') : null,
      false,
      delivery.workerId,
      discharged ? delivery.workerId : null,
      ms(delivery.fromMs),
      ms(discharged ? delivery.untilMs : delivery.fromMs),
      discharged ? 2 : 1,
    ]);
}
