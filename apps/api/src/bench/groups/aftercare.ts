import { caseNote } from '../names.js';
import { ms, type TableGroup } from './group.js';

/** Aftercare visits (scheduled at the start of aftercare, recorded when done) and confidential case notes. */
export const aftercareGroup: TableGroup = {
  name: 'aftercare',
  tables: [
    {
      name: 'follow_ups',
      columns: [
        'id',
        'case_id',
        'months_after',
        'due_on',
        'done_on',
        'substance_use',
        'work_or_school',
        'housing',
        'family_relations',
        'legal_problems',
        'note_cipher',
        'recorded_by',
        'recorded_at',
        'version',
      ],
    },
    { name: 'case_notes', columns: ['id', 'case_id', 'body_cipher', 'author_id', 'created_at'] },
  ],
  person({ cipher }, story, sinks) {
    const random = story.random('aftercare');
    for (const episode of story.episodes) {
      for (const visit of episode.followUps) {
        const done = visit.done;
        sinks
          .table('follow_ups')
          .push([
            visit.id,
            episode.id,
            visit.monthsAfter,
            visit.dueOn,
            done?.on ?? null,
            done?.substanceUse ?? null,
            done?.workOrSchool ?? null,
            done?.housing ?? null,
            done?.familyRelations ?? null,
            done?.legalProblems ?? null,
            done && random.chance(0.4)
              ? cipher.seal('follow_ups.note', 'Kunjungan rumah, klien dalam kondisi baik (data sintetis).')
              : null,
            done?.actorId ?? null,
            done ? ms(done.atMs) : null,
            done ? 2 : 1,
          ]);
      }
      for (const note of episode.notes) {
        sinks
          .table('case_notes')
          .push([note.id, episode.id, cipher.seal('case_notes.body', caseNote(random)), note.authorId, ms(note.atMs)]);
      }
    }
  },
  audit(_context, story, facts) {
    for (const episode of story.episodes) {
      const next = story.episodes[story.episodes.indexOf(episode) + 1];
      for (const visit of episode.followUps) {
        if (!visit.done) continue;
        const relapse = visit.done.substanceUse === 'relapse';
        facts.push({
          atMs: visit.done.atMs,
          actorId: visit.done.actorId,
          action: 'follow_up.record',
          entityType: 'case',
          entityId: episode.id,
          institutionId: episode.institutionId,
          changedFields: ['doneOn', 'familyRelations', 'housing', 'legalProblems', 'substanceUse', 'workOrSchool'],
          details: { monthsAfter: visit.monthsAfter, relapse, newCaseId: relapse ? (next?.id ?? null) : null },
        });
      }
      for (const note of episode.notes) {
        facts.push({
          atMs: note.atMs,
          actorId: note.authorId,
          action: 'case.note_add',
          entityType: 'case',
          entityId: episode.id,
          institutionId: episode.institutionId,
        });
      }
    }
  },
};
