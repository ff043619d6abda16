import { can, ErrorBody, type Role } from '@atensi/contracts';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { apiTokenOf, buildInstitution, signedInUser } from '../../test/builders.js';
import { buildTestApp, type TestApp, testDatabaseKind } from '../../test/test-database.js';

// Reads the OpenAPI document and sends every documented operation generated hostile requests: wrong types,
// missing and extra fields, huge and unicode strings, injection strings, malformed JSON, wrong content types.
// Every answer must be below 500, and every 4xx must be in the contract's error shape. A new endpoint is covered
// as soon as it is in the document: this file never needs to change for it.

type Operation = {
  method: string;
  path: string;
  parameters?: { name: string; in: 'path' | 'query' | 'header'; required?: boolean }[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
};

const RUNS_PER_OPERATION = 60;
const FUZZ_ADDRESS = `10.99.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

const nasty = fc.constantFrom(
  "' OR '1'='1' --",
  '"; DROP TABLE regions; --',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '\u0000',
  '%00',
  '%',
  '\\',
  ['$', '{jndi:ldap://127.0.0.1/a}'].join(''),
  '{{7*7}}',
  '__proto__',
  'constructor',
  'NaN',
  '-1',
  '1e309',
  '9'.repeat(400),
  ' ',
  '',
  'Ω≈ç√∫˜µ≤≥÷ 田中さん 😀👩‍👩‍👧',
  '\u202Eevil',
  'a'.repeat(20_000),
);
const hostileString = fc.oneof(nasty, fc.string({ maxLength: 50 }), fc.string({ unit: 'grapheme', maxLength: 30 }));
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
);

function bodyFor(operation: Operation): fc.Arbitrary<{ payload?: string; contentType?: string }> {
  const declared = Object.keys(
    Object.values(operation.requestBody?.content ?? {})[0]?.schema?.properties ?? { name: true, id: true },
  );
  const objectWithDeclaredKeys = fc
    .record({
      picked: fc.subarray(declared),
      extra: fc.dictionary(hostileString, hostileValue, { maxKeys: 3 }),
      values: fc.array(hostileValue, { minLength: declared.length, maxLength: declared.length }),
    })
    .map(({ picked, extra, values }) => ({
      ...extra,
      ...Object.fromEntries(picked.map((key, index) => [key, values[index]])),
    }));
  const contentType = fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=xyz',
    'application/xml',
    'application/json; charset=ebcdic',
    undefined,
  );
  return fc.oneof(
    fc.record({ payload: fc.jsonValue().map((v) => JSON.stringify(v)), contentType }),
    fc.record({
      payload: objectWithDeclaredKeys.map((v) => JSON.stringify(v)),
      contentType: fc.constant('application/json'),
    }),
    fc.record({ payload: fc.oneof(hostileString, fc.constant('{"a":'), fc.constant('[1,2')), contentType }),
    fc.constant({ payload: JSON.stringify({ a: 'x'.repeat(1_100_000) }), contentType: 'application/json' }),
    fc.constant({}),
  );
}

function requestFor(operation: Operation): fc.Arbitrary<InjectOptions> {
  const params = operation.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  return fc
    .record({
      path: fc.array(hostileString, { minLength: pathParams.length, maxLength: pathParams.length }),
      query: fc.array(fc.option(hostileString, { nil: undefined }), {
        minLength: queryParams.length,
        maxLength: queryParams.length,
      }),
      extraQuery: fc.dictionary(hostileString, hostileString, { maxKeys: 2 }),
      body: bodyFor(operation),
      language: fc.constantFrom('id', 'en', 'en-US,en;q=0.9', 'xx', ';;;q=abc', ''),
    })
    .map(({ path, query, extraQuery, body, language }) => {
      let url = operation.path;
      pathParams.forEach((param, index) => {
        url = url.replace(`{${param.name}}`, encodeURIComponent(path[index] ?? ''));
      });
      const search = new URLSearchParams();
      queryParams.forEach((param, index) => {
        const value = query[index];
        if (value !== undefined) search.append(param.name, value);
      });
      for (const [key, value] of Object.entries(extraQuery)) search.append(key, value);
      const queryString = search.toString();
      const headers: Record<string, string> = { 'accept-language': language };
      if (body.contentType) headers['content-type'] = body.contentType;
      return {
        method: operation.method.toUpperCase() as InjectOptions['method'],
        url: queryString ? `${url}?${queryString}` : url,
        headers,
        ...(body.payload !== undefined && !['GET', 'HEAD'].includes(operation.method.toUpperCase())
          ? { payload: body.payload }
          : {}),
      };
    });
}

describe(`hostile requests to every documented operation on ${testDatabaseKind}`, () => {
  let t: TestApp;
  let operations: Operation[] = [];
  const tokens = new Map<Role, string>();
  /** A token of a role allowed on the route, so the request gets past authorisation to where input is validated. */
  const authorizationFor = (operation: Operation): string => {
    const route = t.app.routeTable.find(
      (entry) =>
        entry.method === operation.method.toUpperCase() && entry.url === operation.path.replace(/\{(\w+)\}/g, ':$1'),
    );
    const policy = route?.policy ?? 'public';
    const role =
      policy === 'public' || policy === 'signed_in'
        ? 'admin'
        : ([...tokens.keys()].find((candidate) => can(candidate, policy)) ?? 'admin');
    return `Bearer ${tokens.get(role)}`;
  };
  beforeAll(async () => {
    t = await buildTestApp();
    const ipwl = await buildInstitution(t.database.db, { type: 'ipwl', certified: true });
    for (const role of ['admin', 'pendamping'] as const) {
      const { session } = await signedInUser(t.app, t.database.db, {
        role,
        institutionId: role === 'pendamping' ? ipwl.id : null,
      });
      tokens.set(role, await apiTokenOf(session));
    }
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ ...operation, method, path })),
    );
  });
  afterAll(async () => {
    await t.close();
  });

  test('the document lists operations to attack', () => {
    expect(operations.length).toBeGreaterThanOrEqual(3);
  });

  test('no operation answers 5xx, and every 4xx is in the contract shape', async () => {
    for (const operation of operations) {
      const authorization = authorizationFor(operation);
      await fc.assert(
        fc.asyncProperty(requestFor(operation), async (request) => {
          // A random address of its own: the failed sign-ins it provokes must not lock other test files out.
          const res = await t.app.inject({
            ...request,
            headers: { ...request.headers, authorization },
            remoteAddress: FUZZ_ADDRESS,
          });
          if (res.statusCode >= 500)
            throw new Error(
              `${request.method} ${String(request.url).slice(0, 200)} answered ${res.statusCode}: ${res.body.slice(0, 300)}`,
            );
          if (res.statusCode >= 400) {
            const parsed = ErrorBody.safeParse(res.json());
            if (!parsed.success)
              throw new Error(
                `${request.method} ${request.url}: error body not in contract shape: ${res.body.slice(0, 300)}`,
              );
          }
        }),
        { numRuns: RUNS_PER_OPERATION, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000) },
      );
    }
  }, 120_000);
});
