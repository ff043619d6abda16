import { dayOf } from '../world.js';
import { ms, type TableGroup } from './group.js';

const counters = new Map<string, { institutionId: string; year: number; last: number }>();

/** Cases and their history (every transition as `case_events`), with the kartu lapor diri numbers. */
export const casesGroup: TableGroup = {
  name: 'cases',
  tables: [
    {
      name: 'cases',
      columns: [
        'id',
        'beneficiary_id',
        'institution_id',
        'status',
        'intake_source',
        'assigned_worker_id',
        'opened_at',
        'opened_by',
        'report_reporter',
        'report_reported_on',
        'report_card_number',
        'assessment_completed',
        'termination_reason',
        'terminated_on',
        'previous_case_id',
        'active_plan_id',
        'created_at',
        'updated_at',
        'version',
      ],
    },
    {
      name: 'case_events',
      columns: [
        'id',
        'case_id',
        'action',
        'from_status',
        'to_status',
        'reason',
        'note_cipher',
        'occurred_on',
        'actor_id',
        'recorded_at',
      ],
    },
    { name: 'report_card_counters', columns: ['institution_id', 'year', 'last'] },
  ],
  person({ world, cipher }, story, sinks) {
    const random = story.random('cases');
    for (const episode of story.episodes) {
      let card: string | null = null;
      if (episode.report) {
        const year = Number(episode.report.reportedOn.slice(0, 4));
        const key = `${episode.openedAtId}|${year}`;
        const counter = counters.get(key) ?? { institutionId: episode.openedAtId, year, last: 0 };
        counter.last += 1;
        counters.set(key, counter);
        card = `KLD/${world.byId.get(episode.openedAtId)?.code ?? 'X'}/${year}/${String(counter.last).padStart(5, '0')}`;
      }
      const opened = ms(episode.openedMs);
      sinks
        .table('cases')
        .push([
          episode.id,
          story.id,
          episode.institutionId,
          episode.status,
          episode.intakeSource,
          episode.assignedWorkerId,
          opened,
          episode.openedBy,
          episode.report?.reporter ?? null,
          episode.report?.reportedOn ?? null,
          card,
          episode.assessmentCompleted,
          episode.terminationReason,
          episode.terminatedOn,
          episode.previousCaseId,
          episode.activePlanId,
          opened,
          ms(episode.updatedMs),
          episode.version,
        ]);
      for (const event of episode.events) {
        const note =
          event.action === 'terminate' && random.chance(0.3)
            ? 'Klien tidak lagi hadir setelah dihubungi tiga kali (data sintetis).'
            : null;
        sinks
          .table('case_events')
          .push([
            event.id,
            episode.id,
            event.action,
            event.from,
            event.to,
            event.reason,
            cipher.seal('case_events.note', note),
            dayOf(event.atMs),
            event.actorId,
            ms(event.atMs),
          ]);
      }
    }
  },
  audit(_context, story, facts) {
    const random = story.random('cases.audit');
    for (const episode of story.episodes) {
      const [open] = episode.events;
      if (open && open.reason !== 'relapse') {
        facts.push({
          atMs: episode.openedMs,
          actorId: episode.openedBy,
          action: 'case.create',
          entityType: 'case',
          entityId: episode.id,
          institutionId: episode.openedAtId,
          details: { beneficiaryId: story.id, intakeSource: episode.intakeSource, report: episode.report !== null },
        });
      }
      let institutionId = episode.openedAtId;
      for (const event of episode.events) {
        if (event.action === 'transfer_in') institutionId = episode.institutionId;
        if (event.via !== 'manual') continue;
        // The worker often opens the case page (an audited read) just before acting on it.
        if (random.chance(0.5))
          facts.push({
            atMs: event.atMs - 120_000,
            actorId: event.actorId,
            action: 'case.read',
            entityType: 'case',
            entityId: episode.id,
            institutionId,
          });
        facts.push({
          atMs: event.atMs,
          actorId: event.actorId,
          action: `case.${event.action}`,
          entityType: 'case',
          entityId: episode.id,
          institutionId,
          changedFields: event.action === 'terminate' ? ['status', 'terminatedOn', 'terminationReason'] : ['status'],
          details: { from: event.from, to: event.to },
        });
      }
    }
  },
  finish(_context, sinks) {
    for (const counter of counters.values())
      sinks.table('report_card_counters').push([counter.institutionId, counter.year, counter.last]);
    counters.clear();
  },
};
