import type { Campaign, ChannelComparison } from '@atensi/contracts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildInstitution, type Session, signedInUser } from '../../test/builders.js';
import { buildTestApp, type TestApp, testDatabaseKind } from '../../test/test-database.js';

let t: TestApp;
let directorate: Session;
let organiser: string;

beforeAll(async () => {
  t = await buildTestApp();
  organiser = (await buildInstitution(t.database.db, { type: 'direktorat' })).id;
  directorate = (await signedInUser(t.app, t.database.db, { role: 'direktorat' })).session;
});
afterAll(async () => {
  await t.close();
});

async function campaign(values: Record<string, unknown>) {
  return directorate.request({
    method: 'POST',
    url: '/api/v1/campaigns',
    payload: {
      title: 'Kampanye Stop Narkoba',
      startsOn: '2026-06-01',
      endsOn: '2026-06-30',
      regionCode: '31.71',
      organiserInstitutionId: organiser,
      status: 'held',
      targetAudience: 'youth',
      ...values,
    },
  });
}

describe(`campaigns on ${testDatabaseKind}`, () => {
  test('reach fits the channel, and cost per person reached follows from the realised cost', async () => {
    const tv = await campaign({
      channel: 'tv',
      metrics: { audienceEstimate: 2_000_000, airings: 40 },
      budgetIdr: 60_000_000,
      realisedCostIdr: 50_000_000,
      materials: ['Iklan layanan masyarakat 30 detik'],
    });
    expect(tv.statusCode, tv.body).toBe(201);
    expect(tv.json()).toMatchObject({
      kind: 'kampanye',
      peopleReached: 2_000_000,
      costIdr: 50_000_000,
      costPerPersonIdr: 25,
    });
    const talkshow = await campaign({
      channel: 'talkshow',
      metrics: { attendees: 300, audienceEstimate: 9_700 },
      budgetIdr: 20_000_000,
    });
    // No realised cost yet: the budget stands in.
    expect(talkshow.json()).toMatchObject({ peopleReached: 10_000, costIdr: 20_000_000, costPerPersonIdr: 2_000 });
    const misfit = await campaign({ channel: 'tv', metrics: { copiesDistributed: 100 } });
    expect(misfit.statusCode).toBe(422);
    expect(misfit.json().error.details[0].path).toBe('body.metrics.copiesDistributed');
    // The campaign is also an activity of kind kampanye.
    const activity = await directorate.request({ method: 'GET', url: `/api/v1/activities/${tv.json().id}` });
    expect(activity.json().kind).toBe('kampanye');
  });

  test('edits replace the metrics (If-Match); changing the channel checks them again', async () => {
    const created = (
      await campaign({ channel: 'social_media', metrics: { impressions: 500_000, reach: 120_000 } })
    ).json() as Campaign;
    const url = `/api/v1/campaigns/${created.id}`;
    const edited = await directorate.request({
      method: 'PATCH',
      url,
      headers: { 'if-match': `"${created.version}"` },
      payload: { metrics: { reach: 150_000 }, realisedCostIdr: 30_000_000 },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ metrics: { reach: 150_000 }, costPerPersonIdr: 200, version: 2 });
    const wrong = await directorate.request({
      method: 'PATCH',
      url,
      headers: { 'if-match': '"2"' },
      payload: { channel: 'print' },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.details[0].path).toBe('body.metrics.reach');
  });

  test('channels compared: people reached, cost per person and share of reach', async () => {
    const own = (await buildInstitution(t.database.db, { type: 'direktorat' })).id;
    // A day no other run uses: the PostgreSQL test database keeps the campaigns of earlier runs.
    const day = `20${30 + Math.floor(Math.random() * 69)}-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`;
    const make = (channel: string, metrics: Record<string, number>, cost: number) =>
      campaign({
        organiserInstitutionId: own,
        channel,
        metrics,
        realisedCostIdr: cost,
        startsOn: day,
        endsOn: day,
      });
    await make('tv', { audienceEstimate: 400_000 }, 40_000_000);
    await make('social_media', { reach: 300_000 }, 6_000_000);
    await make('print', { copiesDistributed: 130_000 }, 13_000_000);
    await make('concert', { attendees: 170_000 }, 34_000_000);
    const res = await directorate.request({
      method: 'GET',
      url: `/api/v1/campaigns/channels?from=${day}&to=${day}`,
    });
    const comparison = res.json() as ChannelComparison;
    const rows = Object.fromEntries(
      comparison.items
        .filter((row) => ['tv', 'social_media', 'print', 'concert'].includes(row.channel))
        .map((row) => [row.channel, row]),
    );
    expect(rows.tv).toMatchObject({ peopleReached: 400_000, costPerPersonIdr: 100 });
    expect(rows.social_media).toMatchObject({ costPerPersonIdr: 20 });
    expect(rows.print).toMatchObject({ costPerPersonIdr: 100 });
    expect(rows.concert).toMatchObject({ costPerPersonIdr: 200 });
    const exported = await directorate.request({
      method: 'GET',
      url: '/api/v1/campaigns/export?format=csv&channel=print',
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain('eksemplar');
  });
});
