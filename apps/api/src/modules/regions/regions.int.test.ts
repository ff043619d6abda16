import type { RegionDetail, RegionList } from '@atensi/contracts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp, testDatabaseKind } from '../../test/test-database.js';
import { readOfficialRegions } from './regions.loader.js';

describe(`regions on ${testDatabaseKind}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (url: string, language = 'id') =>
    t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { 'accept-language': language } });

  test('every province, regency, district and village of idn-area-data is loaded', async () => {
    const official = await readOfficialRegions();
    const expected = { province: 0, regency: 0, district: 0, village: 0 };
    for (const row of official) expected[row.level]++;
    const counts = await t.database.withSession((s) =>
      s.query<{ level: keyof typeof expected; n: number }>(
        'SELECT level, count(*)::int AS n FROM regions WHERE is_active GROUP BY level',
      ),
    );
    expect(Object.fromEntries(counts.map((c) => [c.level, c.n]))).toEqual(expected);
    expect(expected.province).toBe(38);
    expect(expected.village).toBeGreaterThan(80_000);
  });

  test('with no filter it lists the 38 provinces, Aceh (11) first', async () => {
    const res = await get('/regions?limit=100');
    expect(res.statusCode).toBe(200);
    const body = res.json<RegionList>();
    expect(body.total).toBe(38);
    expect(body.items[0]).toMatchObject({ code: '11', name: 'Aceh', level: 'province', parentCode: null });
  });

  test('a village is found by name with its path, and its detail shows district, regency and province', async () => {
    const search = await get('/regions?q=bambu%20apus&level=village');
    const hit = search.json<RegionList>().items.find((item) => item.path.includes('Jakarta Timur'));
    expect(hit).toMatchObject({ name: 'Bambu Apus', level: 'village', parentCode: '31.75.10' });
    expect(hit?.path).toBe('Daerah Khusus Ibukota Jakarta › Kota Administrasi Jakarta Timur › Cipayung › Bambu Apus');

    const detail = await get(`/regions/${hit?.code.replace(/\./g, '')}`);
    expect(detail.statusCode).toBe(200);
    const region = detail.json<RegionDetail>();
    expect(region.code).toBe(hit?.code);
    expect(region.ancestors.map((a) => [a.code, a.level])).toEqual([
      ['31', 'province'],
      ['31.75', 'regency'],
      ['31.75.10', 'district'],
    ]);
    expect(region.childCount).toBe(0);
  });

  test('the children of a regency are its districts (Kabupaten Bandung, 32.04)', async () => {
    const detail = (await get('/regions/32.04')).json<RegionDetail>();
    expect(detail).toMatchObject({ name: 'Kabupaten Bandung', level: 'regency', parentCode: '32' });
    const children = (await get('/regions?parentCode=32.04&limit=200')).json<RegionList>();
    expect(children.total).toBe(detail.childCount);
    expect(children.items.every((c) => c.level === 'district' && c.parentCode === '32.04')).toBe(true);
    expect(children.items.map((c) => c.name)).toContain('Soreang');
  });

  test('an exact name comes before names that merely contain it', async () => {
    const body = (await get('/regions?q=bandung')).json<RegionList>();
    expect(body.items[0]?.name.toLowerCase()).toBe('bandung');
    expect(body.total).toBeGreaterThan(body.items.length - 1);
  });

  test('LIKE wildcards in a search are taken literally', async () => {
    const body = (await get('/regions?q=%25%25')).json<RegionList>();
    expect(body.total).toBe(0);
  });

  test('an unknown code is not_found, in the caller language', async () => {
    const id = await get('/regions/99.99');
    expect(id.statusCode).toBe(404);
    expect(id.json()).toEqual({ error: { code: 'not_found', message: 'Wilayah 99.99 tidak ditemukan.' } });
    const en = await get('/regions/99.99', 'en-US,en;q=0.9');
    expect(en.json().error.message).toBe('Region 99.99 was not found.');
  });

  test('a malformed code or query is invalid with the offending path', async () => {
    const res = await get('/regions/12.3x', 'en');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'invalid',
      details: [
        { path: 'params.code', message: 'A region code is PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD (dots optional).' },
      ],
    });
    const query = await get('/regions?q=a&limit=0&colour=red');
    expect(query.statusCode).toBe(400);
    const paths = query.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['query.q', 'query.limit', 'query']));
  });
});
