import type { Survey, SurveyResults } from '@atensi/contracts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Session, signedInUser } from '../../test/builders.js';
import { buildTestApp, type TestApp, testDatabaseKind } from '../../test/test-database.js';

let t: TestApp;
let directorate: Session;
let balaiManager: Session;

beforeAll(async () => {
  t = await buildTestApp();
  directorate = (await signedInUser(t.app, t.database.db, { role: 'direktorat' })).session;
  balaiManager = (await signedInUser(t.app, t.database.db, { role: 'balai_manager' })).session;
});
afterAll(async () => {
  await t.close();
});

const question = {
  code: 'media',
  text: 'Media apa yang paling tepat untuk pencegahan penyalahgunaan NAPZA?',
  options: [
    { code: 'tv', label: 'Televisi' },
    { code: 'social_media', label: 'Media sosial' },
    { code: 'print', label: 'Spanduk, brosur, pamflet' },
    { code: 'other', label: 'Lainnya (film, iklan)' },
  ],
};

async function openSurvey(): Promise<Survey> {
  const created = await directorate.request({
    method: 'POST',
    url: '/api/v1/surveys',
    payload: {
      title: 'Survei media pencegahan',
      fieldworkFrom: '2020-01-01',
      fieldworkTo: '2020-10-31',
      questions: [question],
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const opened = await directorate.request({
    method: 'PATCH',
    url: `/api/v1/surveys/${created.json().id}`,
    headers: { 'if-match': '"1"' },
    payload: { status: 'open' },
  });
  expect(opened.statusCode, opened.body).toBe(200);
  return opened.json();
}

/** 100 respondents: 40 TV, 30 social media, 13 print, 17 other; women first in each option. */
function csvOf(counts: Record<string, number>): string {
  const lines = ['region_code;age_group;sex;media'];
  for (const [option, n] of Object.entries(counts)) {
    for (let i = 0; i < n; i++)
      lines.push(`${i % 2 ? '31.71' : '3204'};${15 + (i % 40)};${i < n / 2 ? 'P' : 'L'};${option}`);
  }
  return lines.join('\n');
}

describe(`surveys on ${testDatabaseKind}`, () => {
  test('imported responses give the seed’s 40/30/13/17 with Wilson intervals, overall and by sex', async () => {
    const survey = await openSurvey();
    const dry = await directorate.request({
      method: 'POST',
      url: `/api/v1/surveys/${survey.id}/responses/import`,
      payload: { csv: csvOf({ tv: 40, social_media: 30, print: 13, other: 17 }), dryRun: true },
    });
    expect(dry.json()).toEqual({ rows: 100, imported: 0, dryRun: true });
    const imported = await directorate.request({
      method: 'POST',
      url: `/api/v1/surveys/${survey.id}/responses/import`,
      payload: { csv: csvOf({ tv: 40, social_media: 30, print: 13, other: 17 }) },
    });
    expect(imported.json()).toEqual({ rows: 100, imported: 100, dryRun: false });
    const res = await balaiManager.request({ method: 'GET', url: `/api/v1/surveys/${survey.id}/results?by=sex` });
    expect(res.statusCode, res.body).toBe(200);
    const results = res.json() as SurveyResults;
    const overall = results.questions[0]?.overall;
    expect(overall?.respondents).toBe(100);
    expect(overall?.options.map((option) => option.share)).toEqual([0.4, 0.3, 0.13, 0.17]);
    // 40 of 100: [0.3094, 0.4980], computed by hand in survey-stats.test.ts.
    expect(overall?.options[0]).toMatchObject({ ciLow: 0.3094, ciHigh: 0.498 });
    const women = results.questions[0]?.groups.find((group) => group.group === 'F');
    // Women: 20 TV, 15 social media, 7 print (13/2 rounded up: i < 6.5), 9 other = 51.
    expect(women?.respondents).toBe(51);
    expect(women?.options.map((option) => option.count)).toEqual([20, 15, 7, 9]);
    const byRegion = await directorate.request({
      method: 'GET',
      url: `/api/v1/surveys/${survey.id}/results?by=region`,
    });
    expect(
      byRegion.json().questions[0].groups.map((g: { group: string; groupLabel: string }) => [g.group, g.groupLabel]),
    ).toEqual([
      ['31', 'Daerah Khusus Ibukota Jakarta'],
      ['32', 'Jawa Barat'],
    ]);
    const exported = await directorate.request({
      method: 'GET',
      url: `/api/v1/surveys/${survey.id}/results/export?format=csv`,
    });
    expect(exported.body).toContain('ci95_bawah');
  });

  test('a bad CSV is refused whole, with each problem by row and column', async () => {
    const survey = await openSurvey();
    const csv = ['region_code,age_group,sex,media', '31.71,20,L,tv', '99.99,20,L,tv', '31.71,abc,L,radio'].join('\n');
    const res = await directorate.request({
      method: 'POST',
      url: `/api/v1/surveys/${survey.id}/responses/import`,
      headers: { 'accept-language': 'en' },
      payload: { csv },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toBe('Import refused: 2 rows have problems, nothing was saved.');
    expect(res.json().error.details).toEqual([
      { path: 'body.csv.3.region_code', row: 3, column: 'region_code', message: 'Unknown region code "99.99".' },
      expect.objectContaining({ path: 'body.csv.4.age_group', row: 4 }),
      expect.objectContaining({ path: 'body.csv.4.media', message: 'There is no option "radio" for question media.' }),
    ]);
    const after = await directorate.request({ method: 'GET', url: `/api/v1/surveys/${survey.id}` });
    expect(after.json().responses).toBe(0);
    const header = await directorate.request({
      method: 'POST',
      url: `/api/v1/surveys/${survey.id}/responses/import`,
      payload: { csv: 'wilayah,umur,media\n31,20,tv' },
    });
    expect(header.statusCode).toBe(422);
    expect(header.json().error.details[0].path).toBe('body.csv');
  });

  test('one response by form; questions lock once answered; a closed survey takes no more', async () => {
    const survey = await openSurvey();
    const url = `/api/v1/surveys/${survey.id}`;
    const one = await directorate.request({
      method: 'POST',
      url: `${url}/responses`,
      payload: { regionCode: '7305', ageGroup: '20_24', sex: 'M', answers: { media: 'tv' } },
    });
    expect(one.statusCode, one.body).toBe(201);
    expect(one.json().responses).toBe(1);
    const wrong = await directorate.request({
      method: 'POST',
      url: `${url}/responses`,
      payload: { regionCode: '7305', ageGroup: '20_24', sex: 'M', answers: { media: ['tv', 'print'] } },
    });
    expect(wrong.statusCode).toBe(422);
    const locked = await directorate.request({
      method: 'PATCH',
      url,
      headers: { 'if-match': `"${survey.version}"` },
      payload: { questions: [question] },
    });
    expect(locked.statusCode).toBe(409);
    const closed = await directorate.request({
      method: 'PATCH',
      url,
      headers: { 'if-match': `"${survey.version}"` },
      payload: { status: 'closed' },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const late = await directorate.request({
      method: 'POST',
      url: `${url}/responses`,
      payload: { regionCode: '7305', ageGroup: '20_24', sex: 'M', answers: { media: 'tv' } },
    });
    expect(late.statusCode).toBe(409);
    const duplicate = await directorate.request({
      method: 'POST',
      url: '/api/v1/surveys',
      payload: { title: 'Survei ganda', questions: [question, question] },
    });
    expect(duplicate.statusCode).toBe(422);
    expect(duplicate.json().error.details[0].path).toBe('body.questions.1.code');
    expect((await balaiManager.request({ method: 'POST', url: `${url}/responses`, payload: {} })).statusCode).toBe(403);
  });
});
