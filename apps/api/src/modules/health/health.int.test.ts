import SwaggerParser from '@apidevtools/swagger-parser';
import { ErrorBody } from '@atensi/contracts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp, testDatabaseKind } from '../../test/test-database.js';

describe(`platform HTTP on ${testDatabaseKind}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  test('GET /api/v1/health answers as in the contract', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: testDatabaseKind });
  });

  test('every answer carries a request id, and a caller-given plain id is kept', async () => {
    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/health', headers: { 'x-request-id': 'lb-1234' } });
    expect(mine.headers['x-request-id']).toBe('lb-1234');
    const hostile = await t.app.inject({
      method: 'GET',
      url: '/api/v1/health',
      headers: { 'x-request-id': 'a b\u0000<script>' },
    });
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('security headers are set', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  test('the OpenAPI document is OpenAPI 3 and describes every route with the error body', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/health', '/api/v1/regions', '/api/v1/regions/{code}']),
    );
    expect(
      doc.paths['/api/v1/regions'].get.responses['4XX'] ?? doc.paths['/api/v1/regions'].get.responses['4xx'],
    ).toBeDefined();
    expect(doc.paths['/api/v1/openapi.json']).toBeUndefined();
    // A full validation against the OpenAPI 3.0 schema, $refs resolved.
    await expect(SwaggerParser.validate(structuredClone(doc))).resolves.toBeDefined();
  });

  test('the API reference page is served', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });

  test('an unknown route is not_found in the contract shape, in both languages', async () => {
    const id = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(id.statusCode).toBe(404);
    expect(ErrorBody.parse(id.json()).error).toEqual({
      code: 'not_found',
      message: 'Alamat GET /api/v1/nothing-here tidak dikenal.',
    });
    const en = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here', headers: { 'accept-language': 'en' } });
    expect(en.json().error.message).toBe('There is no GET /api/v1/nothing-here.');
  });

  test('a malformed JSON body is invalid (400), never a 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/regions',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      payload: '{"broken":',
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(ErrorBody.safeParse(res.json()).success).toBe(true);
  });

  test('errors the router raises itself (an over-long path parameter) are in the contract shape too', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/regions/${'1'.repeat(300)}` });
    expect(res.statusCode).toBe(400);
    expect(ErrorBody.parse(res.json()).error.code).toBe('invalid');
  });
});
