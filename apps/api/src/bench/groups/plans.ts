import { addMonths } from '../../modules/aftercare/index.js';
import { uuidv7At } from '../ids.js';
import type { Random } from '../random.js';
import type { EpisodeStory, PlanRevisionStory } from '../story.js';
import type { AuditFact, TableGroup } from './group.js';
import { ms } from './group.js';
import { deliver, type GoalRow, type Progress, SERVICE_TABLES } from './services.js';

const GOAL_TEXT: Record<string, { description: string; target: string }> = {
  hidup_layak: { description: 'Kebutuhan dasar terpenuhi (data sintetis)', target: 'Makan tiga kali sehari' },
  perawatan_sosial: { description: 'Mampu merawat diri (data sintetis)', target: 'Rutinitas harian mandiri' },
  dukungan_keluarga: { description: 'Keluarga mendukung pemulihan (data sintetis)', target: 'Keluarga hadir 4 sesi' },
  terapi: { description: 'Berhenti menggunakan NAPZA (data sintetis)', target: 'Tes urine negatif 3 bulan' },
  vokasional_kewirausahaan: { description: 'Memiliki keterampilan kerja (data sintetis)', target: 'Lulus pelatihan' },
  bantuan_asistensi_sosial: { description: 'Mendapat bantuan sosial (data sintetis)', target: 'Bantuan diterima' },
  aksesibilitas: { description: 'Dokumen kependudukan lengkap (data sintetis)', target: 'KTP dan JKN terbit' },
};

/** The catalogue item a planned service of each component names. */
const PLANNED_ITEM: Record<string, string[]> = {
  hidup_layak: ['hl_permakanan', 'hl_kebersihan_diri'],
  perawatan_sosial: ['ps_pendampingan_harian', 'ps_perawatan_residensial'],
  dukungan_keluarga: ['dk_kunjungan_rumah', 'dk_kelompok_dukungan', 'dk_konseling_keluarga'],
  terapi: ['tr_konseling_individu', 'tr_cbt', 'tr_therapeutic_community', 'tr_konseling_kelompok'],
  vokasional_kewirausahaan: ['vk_pangkas_rambut', 'vk_tata_boga', 'vk_kewirausahaan'],
  bantuan_asistensi_sosial: ['ba_asistensi_sosial'],
  aksesibilitas: ['ak_dokumen_kependudukan', 'ak_jaminan_kesehatan'],
};

/** The goals' components: the assessment's high needs first, then some; a low-risk case's family and therapy. */
function goalComponents(episode: EpisodeStory, random: Random): string[] {
  const needs = episode.assessment?.needs;
  if (!needs)
    return random.chance(0.3) ? ['terapi', 'dukungan_keluarga', 'aksesibilitas'] : ['terapi', 'dukungan_keluarga'];
  const order = (level: string) => Object.keys(needs).filter((component) => needs[component] === level);
  const chosen = [...order('high'), ...order('some')].slice(0, 4);
  for (const fallback of ['terapi', 'dukungan_keluarga'])
    if (chosen.length < 2 && !chosen.includes(fallback)) chosen.push(fallback);
  return chosen;
}

/** The goals of every revision: the same keys across revisions (progress carries over), a new id each. */
function goalsOf(episode: EpisodeStory, random: Random): Map<string, GoalRow[]> {
  const components = goalComponents(episode, random);
  const keys = components.map(() => uuidv7At(episode.plans[0]?.createdMs ?? episode.openedMs, random));
  const byRevision = new Map<string, GoalRow[]>();
  for (const plan of episode.plans) {
    byRevision.set(
      plan.id,
      components.map((component, position) => ({
        id: uuidv7At(plan.createdMs, random),
        key: keys[position] ?? '',
        planId: plan.id,
        component,
        position,
      })),
    );
  }
  return byRevision;
}

const pending = new Map<number, AuditFact[]>();

function planEvents(plan: PlanRevisionStory): { action: string; atMs: number; actorId: string }[] {
  const events = [{ action: 'create', atMs: plan.createdMs, actorId: plan.createdBy }];
  if (plan.returned) {
    events.push({ action: 'submit', atMs: plan.returned.atMs - 3_600_000, actorId: plan.createdBy });
    events.push({ action: 'return', atMs: plan.returned.atMs, actorId: plan.returned.by });
    if (plan.returned.resubmittedMs !== null) {
      events.push({ action: 'update', atMs: plan.returned.resubmittedMs - 600_000, actorId: plan.createdBy });
      events.push({ action: 'submit', atMs: plan.returned.resubmittedMs, actorId: plan.createdBy });
    }
  } else if (plan.submittedMs !== null) {
    events.push({ action: 'submit', atMs: plan.submittedMs, actorId: plan.submittedBy ?? plan.createdBy });
  }
  if (plan.activatedMs !== null && plan.decidedBy && plan.requiresApproval)
    events.push({ action: 'approve', atMs: plan.activatedMs, actorId: plan.decidedBy });
  if (plan.activatedMs !== null)
    events.push({ action: 'activate', atMs: plan.activatedMs, actorId: plan.decidedBy ?? plan.createdBy });
  if (plan.supersededMs !== null)
    events.push({ action: 'supersede', atMs: plan.supersededMs, actorId: plan.createdBy });
  return events;
}

/**
 * Intervention plans with their goals, planned services and events (issue 7), and the services given under them:
 * sessions, service records and residential stays (services.ts). Goal progress is what the last record said.
 */
export const plansGroup: TableGroup = {
  name: 'plans',
  tables: [
    {
      name: 'intervention_plans',
      columns: [
        'id',
        'case_id',
        'institution_id',
        'revision',
        'status',
        'requires_approval',
        'setting',
        'start_on',
        'planned_end_on',
        'family_involvement_cipher',
        'created_by',
        'created_at',
        'updated_by',
        'updated_at',
        'submitted_by',
        'submitted_at',
        'decided_by',
        'decided_at',
        'activated_at',
        'superseded_at',
        'version',
      ],
    },
    {
      name: 'plan_goals',
      columns: [
        'id',
        'plan_id',
        'key',
        'position',
        'component',
        'text_cipher',
        'target_date',
        'progress',
        'progress_on',
      ],
    },
    {
      name: 'plan_services',
      columns: [
        'id',
        'plan_id',
        'position',
        'goal_id',
        'catalogue_item_id',
        'frequency_count',
        'frequency_period',
        'quantity',
        'responsible_staff_id',
      ],
    },
    { name: 'plan_events', columns: ['id', 'plan_id', 'action', 'comment_cipher', 'actor_id', 'occurred_at'] },
    ...SERVICE_TABLES,
  ],
  person(context, story, sinks) {
    const { world, cipher } = context;
    const random = story.random('plans');
    const facts: AuditFact[] = [];
    for (const episode of story.episodes) {
      if (episode.plans.length === 0) continue;
      const goals = goalsOf(episode, random);
      const progress: Map<string, Progress> = deliver(context, story, episode, goals, sinks, facts);
      for (const plan of episode.plans) {
        const last = planEvents(plan).at(-1);
        const updater = last?.actorId ?? plan.createdBy;
        sinks
          .table('intervention_plans')
          .push([
            plan.id,
            episode.id,
            plan.institutionId,
            plan.revision,
            plan.status,
            plan.requiresApproval,
            plan.setting,
            plan.startOn,
            plan.plannedEndOn,
            random.chance(0.7)
              ? cipher.seal('intervention_plans.family_involvement', 'Ibu hadir pada sesi keluarga (data sintetis).')
              : null,
            plan.createdBy,
            ms(plan.createdMs),
            updater,
            ms(plan.updatedMs),
            plan.submittedBy,
            plan.submittedMs === null ? null : ms(plan.submittedMs),
            plan.decidedBy,
            plan.decidedMs === null ? null : ms(plan.decidedMs),
            plan.activatedMs === null ? null : ms(plan.activatedMs),
            plan.supersededMs === null ? null : ms(plan.supersededMs),
            plan.version,
          ]);
        const rows = goals.get(plan.id) ?? [];
        const staff = world.staffOfUser.get(plan.createdBy) ?? null;
        for (const goal of rows) {
          const reached = progress.get(goal.id);
          sinks
            .table('plan_goals')
            .push([
              goal.id,
              plan.id,
              goal.key,
              goal.position,
              goal.component,
              cipher.seal('plan_goals.text', JSON.stringify(GOAL_TEXT[goal.component])),
              random.chance(0.6) ? addMonths(plan.startOn, random.int(1, 3)) : null,
              reached?.progress ?? 'not_started',
              reached?.on ?? null,
            ]);
          const items = PLANNED_ITEM[goal.component] ?? [];
          const code = items[random.int(0, items.length - 1)] ?? '';
          const item = world.catalogue.get(code);
          if (!item) continue;
          sinks
            .table('plan_services')
            .push([
              uuidv7At(plan.createdMs, random),
              plan.id,
              goal.position,
              goal.id,
              item.id,
              item.unit === 'session' ? random.int(1, 3) : 1,
              item.unit === 'session' ? 'per_week' : 'total',
              item.unit === 'amount' ? random.int(2, 10) * 50_000 : 1,
              staff,
            ]);
        }
        for (const event of planEvents(plan)) {
          sinks
            .table('plan_events')
            .push([
              uuidv7At(event.atMs, random),
              plan.id,
              event.action,
              event.action === 'return'
                ? cipher.seal('plan_events.comment', 'Target perlu lebih terukur (data sintetis).')
                : null,
              event.actorId,
              ms(event.atMs),
            ]);
          if (['create', 'submit', 'approve', 'return'].includes(event.action))
            facts.push({
              atMs: event.atMs,
              actorId: event.actorId,
              action: `plan.${event.action}`,
              entityType: 'intervention_plan',
              entityId: plan.id,
              institutionId: plan.institutionId,
              details: { caseId: episode.id, revision: plan.revision },
            });
        }
      }
    }
    if (facts.length > 0) pending.set(story.index, facts);
  },
  audit(_context, story, facts) {
    const mine = pending.get(story.index);
    if (!mine) return;
    for (const fact of mine) facts.push(fact);
    pending.delete(story.index);
  },
};
