import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActivityAction, ActivityDetail } from '@atensi/contracts';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '../../app.js';
import type { Database } from '../../platform/db/database.js';
import { DiskFileStorage } from '../../platform/storage/file-storage.js';
import { buildInstitution, type Session, signedInUser } from '../../test/builders.js';
import {
  createTestDatabase,
  testAuthConfig,
  testDatabaseKind,
  testKeyRing,
  uniqueName,
} from '../../test/test-database.js';
import { multipart } from './activities.access.js';

// Documents and follow-up actions. The app is built here with its own storage directory and a 64 KiB limit, to
// look at the files it writes and to reach the limit cheaply.

let app: FastifyInstance;
let database: Database;
const filesDir = mkdtempSync(join(tmpdir(), 'atensi-docs-test-'));
let directorate: Session;
let ipwlManager: Session;
let otherManager: Session;
let organiser: string;
let ipwl: string;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp({
    database,
    logLevel: 'silent',
    webDir: null,
    auth: testAuthConfig(),
    keyRing: testKeyRing(),
    clock: () => new Date('2026-11-23T12:00:00+07:00'),
    files: { storage: new DiskFileStorage(filesDir), maxBytes: 64 * 1024 },
  });
  await app.ready();
  const db = database.db;
  organiser = (await buildInstitution(db, { type: 'direktorat' })).id;
  ipwl = (await buildInstitution(db, { type: 'ipwl' })).id;
  directorate = (await signedInUser(app, db, { role: 'direktorat' })).session;
  ipwlManager = (await signedInUser(app, db, { role: 'ipwl_manager', institutionId: ipwl })).session;
  otherManager = (await signedInUser(app, db, { role: 'ipwl_manager' })).session;
});
afterAll(async () => {
  await app.close();
  await database.close();
});

async function meeting(): Promise<ActivityDetail> {
  const res = await directorate.request({
    method: 'POST',
    url: '/api/v1/activities',
    payload: {
      kind: 'rakor_teknis',
      title: `Rakor teknis ${uniqueName('dok')}`,
      startsOn: '2026-10-01',
      endsOn: '2026-10-02',
      regionCode: '31.71',
      organiserInstitutionId: organiser,
      status: 'held',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const withLanguage = (body: ReturnType<typeof multipart>) => ({
  ...body,
  headers: { ...body.headers, 'accept-language': 'en' },
});

const pdf = Buffer.from('%PDF-1.7\n% notulen rapat\n1 0 obj <<>> endobj\n%%EOF\n');

describe(`documents on ${testDatabaseKind}`, () => {
  test('a PDF is stored under the data dir, listed, downloaded byte for byte, and removed with its file', async () => {
    const activity = await meeting();
    const upload = await directorate.request({
      method: 'POST',
      url: `/api/v1/activities/${activity.id}/documents`,
      ...multipart({ kind: 'minutes', title: 'Notulen rakor' }, { name: '../../notulen rakor.PDF', content: pdf }),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const document = upload.json();
    expect(document).toMatchObject({
      mediaType: 'application/pdf',
      fileName: 'notulen rakor.pdf',
      sizeBytes: pdf.length,
    });
    expect(readdirSync(join(filesDir, 'activities', activity.id))).toEqual([document.id]);
    const detail = await directorate.request({ method: 'GET', url: `/api/v1/activities/${activity.id}` });
    expect(detail.json().documents.map((d: { id: string }) => d.id)).toEqual([document.id]);
    const download = await directorate.request({
      method: 'GET',
      url: `/api/v1/activities/${activity.id}/documents/${document.id}/content`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''notulen%20rakor.pdf");
    expect(download.rawPayload.equals(pdf)).toBe(true);
    const removed = await directorate.request({
      method: 'DELETE',
      url: `/api/v1/activities/${activity.id}/documents/${document.id}`,
    });
    expect(removed.statusCode).toBe(204);
    expect(existsSync(join(filesDir, 'activities', activity.id, document.id))).toBe(false);
  });

  test('a program renamed .pdf, a file over the limit, no file and a JSON body are refused; nothing is stored', async () => {
    const activity = await meeting();
    const url = `/api/v1/activities/${activity.id}/documents`;
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
    const refused = await directorate.request({
      method: 'POST',
      url,
      ...withLanguage(multipart({ kind: 'report', title: 'Laporan' }, { name: 'laporan.pdf', content: exe })),
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details[0]).toMatchObject({ path: 'body.file' });
    expect(refused.json().error.message).toContain('not accepted');
    const big = await directorate.request({
      method: 'POST',
      url,
      ...multipart(
        { kind: 'report', title: 'Besar' },
        { name: 'besar.pdf', content: Buffer.concat([pdf, Buffer.alloc(70 * 1024)]) },
      ),
    });
    expect(big.statusCode).toBe(422);
    expect(big.json().error.message).toContain('64 KB');
    const none = await directorate.request({
      method: 'POST',
      url,
      ...multipart({ kind: 'report', title: 'Kosong' }, null),
    });
    expect(none.statusCode).toBe(422);
    const badKind = await directorate.request({
      method: 'POST',
      url,
      ...multipart({ kind: 'selfie', title: 'Judul' }, { name: 'a.pdf', content: pdf }),
    });
    expect(badKind.statusCode).toBe(422);
    expect(badKind.json().error.details.map((d: { path: string }) => d.path)).toEqual(['body.kind']);
    const json = await directorate.request({ method: 'POST', url, payload: { kind: 'report' } });
    expect(json.statusCode).toBe(400);
    const truncated = await directorate.request({
      method: 'POST',
      url,
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      payload: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-',
    });
    expect(truncated.statusCode).toBe(400);
    expect(existsSync(join(filesDir, 'activities', activity.id))).toBe(false);
  });

  test('someone who does not see the activity cannot fetch its documents', async () => {
    const activity = await meeting();
    const upload = await directorate.request({
      method: 'POST',
      url: `/api/v1/activities/${activity.id}/documents`,
      ...multipart(
        { kind: 'report', title: 'Laporan' },
        { name: 'laporan.txt', content: Buffer.from('Laporan kegiatan\n') },
      ),
    });
    expect(upload.json().mediaType).toBe('text/plain');
    const res = await otherManager.request({
      method: 'GET',
      url: `/api/v1/activities/${activity.id}/documents/${upload.json().id}/content`,
    });
    expect(res.statusCode).toBe(404);
  });
});

describe(`follow-up actions on ${testDatabaseKind}`, () => {
  async function action(activityId: string, dueOn: string): Promise<ActivityAction> {
    const res = await directorate.request({
      method: 'POST',
      url: `/api/v1/activities/${activityId}/actions`,
      payload: { description: 'Kirim rekap data klien triwulan III', ownerInstitutionId: ipwl, dueOn },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  test('past due actions are on the owner’s board and the Directorate’s, not on another IPWL’s', async () => {
    const activity = await meeting();
    const late = await action(activity.id, '2026-11-01');
    const later = await action(activity.id, '2026-12-31');
    expect(late).toMatchObject({
      isOverdue: true,
      daysOverdue: 22,
      ownerInstitutionId: ipwl,
      activityKind: 'rakor_teknis',
    });
    expect(later.isOverdue).toBe(false);
    const board = async (session: Session) =>
      (await session.request({ method: 'GET', url: '/api/v1/activity-actions?overdue=true&limit=500' }))
        .json()
        .items.map((item: { id: string }) => item.id);
    expect(await board(ipwlManager)).toContain(late.id);
    expect(await board(ipwlManager)).not.toContain(later.id);
    expect(await board(directorate)).toContain(late.id);
    expect(await board(otherManager)).not.toContain(late.id);
    // The IPWL sees the activity because it owns an action there.
    expect((await ipwlManager.request({ method: 'GET', url: `/api/v1/activities/${activity.id}` })).statusCode).toBe(
      200,
    );
  });

  test('the owner reports progress only; done is today unless said; not in the future', async () => {
    const activity = await meeting();
    const item = await action(activity.id, '2026-11-10');
    const url = `/api/v1/activity-actions/${item.id}`;
    const patch = (session: Session, version: number, payload: Record<string, unknown>) =>
      session.request({ method: 'PATCH', url, headers: { 'if-match': `"${version}"` }, payload });
    expect((await patch(ipwlManager, 1, { description: 'Lain' })).statusCode).toBe(403);
    expect((await patch(otherManager, 1, { status: 'done' })).statusCode).toBe(404);
    const future = await patch(ipwlManager, 1, { status: 'done', doneOn: '2026-12-01' });
    expect(future.statusCode).toBe(422);
    expect(future.json().error.details[0].path).toBe('body.doneOn');
    const started = await patch(ipwlManager, 1, { status: 'in_progress', progressNote: 'Data dikumpulkan' });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({ status: 'in_progress', isOverdue: true, version: 2 });
    const done = await patch(ipwlManager, 2, { status: 'done' });
    expect(done.json()).toMatchObject({ status: 'done', doneOn: '2026-11-23', isOverdue: false, daysOverdue: 0 });
    const reopened = await patch(directorate, 3, { status: 'open', dueOn: '2026-12-15' });
    expect(reopened.json()).toMatchObject({ status: 'open', doneOn: null, dueOn: '2026-12-15' });
  });

  test('an owner outside the caller’s reach, or a finding of another activity, is refused on its field', async () => {
    const activity = await meeting();
    const res = await directorate.request({
      method: 'POST',
      url: `/api/v1/activities/${activity.id}/actions`,
      payload: { description: 'Tindak lanjut', dueOn: '2026-12-01', findingId: '01930000-0000-7000-8000-000000000000' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0].path).toBe('body.findingId');
  });
});
