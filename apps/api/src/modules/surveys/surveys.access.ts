import { own, type Sample, type SampleSet, type World, withEtag } from '../../platform/auth/access-matrix.support.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { surveyOptions, surveyQuestions, surveys } from './surveys.table.js';

// The access-matrix samples of the surveys module. Surveys hold anonymous national evidence with no institution:
// there is no "other scope", only who may read and who may manage.

async function buildSurvey(w: World): Promise<string> {
  const id = uuidv7();
  await w.db.insert(surveys).values({ id, title: 'Survei matriks', status: 'open' });
  const questionId = uuidv7();
  await w.db
    .insert(surveyQuestions)
    .values({ id: questionId, surveyId: id, position: 0, code: 'media', text: 'Media?', kind: 'single' });
  await w.db.insert(surveyOptions).values([
    { id: uuidv7(), questionId, position: 0, code: 'tv', label: 'Televisi' },
    { id: uuidv7(), questionId, position: 1, code: 'social_media', label: 'Media sosial' },
  ]);
  return id;
}

const onSurvey =
  (build: (id: string, w: World) => Promise<Parameters<typeof own>[1]>): Sample =>
  async (w, role, target) => {
    if (target === 'other') return null;
    const id = await buildSurvey(w);
    return own(w.sessions[role], await build(id, w));
  };

export const surveysAccess: SampleSet = {
  samples: {
    'GET /api/v1/surveys': async (w, role, target) =>
      target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/surveys' }) : null,
    'POST /api/v1/surveys': async (w, role, target) =>
      target === 'own'
        ? own(w.sessions[role], {
            method: 'POST',
            url: '/api/v1/surveys',
            payload: {
              title: 'Survei media pencegahan matriks',
              questions: [
                {
                  code: 'media',
                  text: 'Media apa yang paling tepat untuk pencegahan?',
                  options: [
                    { code: 'tv', label: 'Televisi' },
                    { code: 'other', label: 'Lainnya' },
                  ],
                },
              ],
            },
          })
        : null,
    'GET /api/v1/surveys/:id': onSurvey(async (id) => ({ method: 'GET', url: `/api/v1/surveys/${id}` })),
    'PATCH /api/v1/surveys/:id': async (w, role, target) => {
      if (target === 'other') return null;
      const id = await buildSurvey(w);
      return own(
        w.sessions[role],
        await withEtag(w.sessions.admin, `/api/v1/surveys/${id}`, {
          method: 'PATCH',
          url: `/api/v1/surveys/${id}`,
          payload: { status: 'closed' },
        }),
      );
    },
    'POST /api/v1/surveys/:id/responses': onSurvey(async (id) => ({
      method: 'POST',
      url: `/api/v1/surveys/${id}/responses`,
      payload: { regionCode: '31.71', ageGroup: '15_19', sex: 'F', answers: { media: 'social_media' } },
    })),
    'POST /api/v1/surveys/:id/responses/import': onSurvey(async (id) => ({
      method: 'POST',
      url: `/api/v1/surveys/${id}/responses/import`,
      payload: { csv: 'region_code,age_group,sex,media\n31.71,17,L,tv\n32.04,30,P,social_media\n' },
    })),
    'GET /api/v1/surveys/:id/results': onSurvey(async (id) => ({
      method: 'GET',
      url: `/api/v1/surveys/${id}/results?by=sex`,
    })),
    'GET /api/v1/surveys/:id/results/export': onSurvey(async (id) => ({
      method: 'GET',
      url: `/api/v1/surveys/${id}/results/export?format=csv&by=region`,
    })),
  },
};
