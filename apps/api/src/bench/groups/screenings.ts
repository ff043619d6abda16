import { ms, type TableGroup } from './group.js';

/** The scoring version `submitScreening` writes (modules/screening, ASSIST_SCORING_VERSION). */
const SCORING_VERSION = 1;

/** ASSIST screenings (scored by the product's `scoreAssist`) and further assessments. */
export const screeningsGroup: TableGroup = {
  name: 'screenings',
  tables: [
    {
      name: 'screenings',
      columns: [
        'id',
        'case_id',
        'institution_id',
        'instrument',
        'scoring_version',
        'answers',
        'results',
        'routing_risk',
        'injecting_risk',
        'next_step',
        'screened_at',
        'screened_by',
      ],
    },
    {
      name: 'assessments',
      columns: [
        'case_id',
        'status',
        'ratings',
        'urine_test',
        'needs',
        'stage_of_change',
        'medical_rehab',
        'social_setting',
        'notes_cipher',
        'completed_at',
        'completed_by',
        'updated_at',
        'updated_by',
        'version',
      ],
    },
  ],
  person({ cipher }, story, sinks) {
    for (const episode of story.episodes) {
      for (const screening of episode.screenings) {
        const { outcome } = screening;
        sinks
          .table('screenings')
          .push([
            screening.id,
            episode.id,
            screening.institutionId,
            'assist-3.0',
            SCORING_VERSION,
            screening.answers,
            outcome.results,
            outcome.routingRisk,
            outcome.injectingRisk,
            outcome.nextStep,
            ms(screening.atMs),
            screening.actorId,
          ]);
      }
      const assessment = episode.assessment;
      if (!assessment) continue;
      const completed = assessment.completedAtMs;
      sinks
        .table('assessments')
        .push([
          episode.id,
          assessment.status,
          assessment.ratings,
          assessment.urineTest,
          assessment.needs,
          assessment.stageOfChange,
          assessment.medicalRehab,
          assessment.socialSetting,
          cipher.seal('assessments.notes', JSON.stringify(assessment.notes)),
          completed === null ? null : ms(completed),
          completed === null ? null : assessment.actorId,
          ms(completed ?? assessment.savedAtMs),
          assessment.actorId,
          completed === null ? 1 : 2,
        ]);
    }
  },
  audit(_context, story, facts) {
    for (const episode of story.episodes) {
      for (const screening of episode.screenings) {
        facts.push({
          atMs: screening.atMs,
          actorId: screening.actorId,
          action: 'screening.create',
          entityType: 'screening',
          entityId: screening.id,
          institutionId: screening.institutionId,
          details: {
            caseId: episode.id,
            routingRisk: screening.outcome.routingRisk,
            nextStep: screening.outcome.nextStep,
          },
        });
      }
      const assessment = episode.assessment;
      if (!assessment) continue;
      const institutionId = episode.screenings[episode.screenings.length - 1]?.institutionId ?? episode.openedAtId;
      facts.push({
        atMs: assessment.savedAtMs,
        actorId: assessment.actorId,
        action: 'assessment.save',
        entityType: 'case',
        entityId: episode.id,
        institutionId,
        changedFields: ['domains', 'needs', 'recommendation', 'stageOfChange', 'urineTest'],
      });
      if (assessment.completedAtMs !== null) {
        facts.push({
          atMs: assessment.completedAtMs,
          actorId: assessment.actorId,
          action: 'assessment.complete',
          entityType: 'case',
          entityId: episode.id,
          institutionId: episode.institutionId,
          details: { medicalRehab: assessment.medicalRehab, socialSetting: assessment.socialSetting },
        });
      }
    }
  },
};
