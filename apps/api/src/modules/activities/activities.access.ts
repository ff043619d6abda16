import type { Role } from '@atensi/contracts';
import { desc, eq } from 'drizzle-orm';
import {
  own,
  type Sample,
  type SampleSet,
  type Target,
  type World,
  withEtag,
} from '../../platform/auth/access-matrix.support.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import type { Session } from '../../test/builders.js';
import {
  activities,
  activityActions,
  activityParticipants,
  bimtekCertificates,
  bimtekDetails,
  supervisionChecklistItems,
  supervisionChecklists,
  supervisionVisits,
} from './activities.table.js';

// The access-matrix samples of the activities module. "Own" activities are organised by Balai A with a participant
// (or a visit, or an action owner) at IPWL A, so every role of network A reaches them and the Balai A manager
// organises them; "other" ones belong to network B and must answer 404 outside the national roles.

type Fixture = { id: string; participantId: string; actionId: string };

function isNational(w: World, role: Role): boolean {
  return w.visible[role] === 'all';
}

/** The organiser and the institution involved, for a role and target; null when there is no "other" for the role. */
function sides(w: World, role: Role, target: Target): { organiser: string; involved: string } | null {
  if (target === 'own') return { organiser: w.balaiA, involved: w.ipwlA };
  return isNational(w, role) ? null : { organiser: w.balaiB, involved: w.ipwlB };
}

export async function buildActivity(
  w: World,
  side: { organiser: string; involved: string },
  kind: 'rakor_teknis' | 'bimtek' | 'supervisi' = 'rakor_teknis',
  status: 'planned' | 'held' = 'held',
): Promise<Fixture> {
  const id = uuidv7();
  await w.db.insert(activities).values({
    id,
    kind,
    title: `Kegiatan matriks ${kind}`,
    status,
    startsOn: '2026-03-02',
    endsOn: '2026-03-03',
    regionCode: '31.71',
    organiserInstitutionId: side.organiser,
  });
  const participantId = uuidv7();
  await w.db.insert(activityParticipants).values({
    id: participantId,
    activityId: id,
    fullName: 'Peserta Matriks',
    origin: 'ipwl',
    institutionId: side.involved,
    attendedDays: 2,
    preTestScore: 50,
    postTestScore: 90,
  });
  if (kind === 'bimtek') await w.db.insert(bimtekDetails).values({ activityId: id, certificateIssuer: 'Direktorat' });
  if (kind === 'supervisi') {
    const [checklist] = await w.db
      .select({ id: supervisionChecklists.id })
      .from(supervisionChecklists)
      .orderBy(desc(supervisionChecklists.version))
      .limit(1);
    if (!checklist) throw new Error('no checklist');
    await w.db
      .insert(supervisionVisits)
      .values({ activityId: id, institutionId: side.involved, checklistId: checklist.id });
  }
  const actionId = uuidv7();
  await w.db.insert(activityActions).values({
    id: actionId,
    activityId: id,
    description: 'Tindak lanjut matriks',
    ownerInstitutionId: side.involved,
    dueOn: '2026-01-31',
  });
  return { id, participantId, actionId };
}

/** A sample on an activity of the role's side: `build` makes the request from the fixture. */
function onActivity(
  kind: 'rakor_teknis' | 'bimtek' | 'supervisi',
  build: (w: World, fixture: Fixture, session: Session) => Promise<Parameters<typeof own>[1]>,
  status: 'planned' | 'held' = 'held',
): Sample {
  return async (w, role, target) => {
    const side = sides(w, role, target);
    if (!side) return null;
    const fixture = await buildActivity(w, side, kind, status);
    return own(w.sessions[role], await build(w, fixture, w.sessions[role]));
  };
}

const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

export function multipart(fields: Record<string, string>, file: { name: string; content: Buffer } | null) {
  const boundary = `----atensi${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Uploads a document as the admin, for the download and removal samples. */
async function uploadedDocument(w: World, activityId: string): Promise<string> {
  const body = multipart({ kind: 'minutes', title: 'Notulen matriks' }, { name: 'notulen.pdf', content: pdf });
  const res = await w.sessions.admin.request({
    method: 'POST',
    url: `/api/v1/activities/${activityId}/documents`,
    ...body,
  });
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

const listOnly =
  (url: string): Sample =>
  async (w, role, target) =>
    target === 'own' ? own(w.sessions[role], { method: 'GET', url }) : null;

const bimtekSettings = {
  targetGroup: 'pendamping',
  passMark: 70,
  minAttendancePercent: 80,
  certificateType: 'other',
  certificateIssuer: 'Direktorat Rehabilitasi Sosial KPN',
  topics: [{ title: 'Skrining ASSIST', hours: 4 }],
};

/** A create of any activity kind: own for the Balai manager is its unit; other is network B's unit (422). */
function createSample(url: string, payload: (w: World, organiser: string) => Record<string, unknown>): Sample {
  return async (w, role, target) => {
    if (target === 'other' && isNational(w, role)) return null;
    const organiser = target === 'own' ? w.balaiA : w.balaiB;
    return own(w.sessions[role], { method: 'POST', url, payload: payload(w, organiser) });
  };
}

const activityFields = (organiser: string) => ({
  title: 'Kegiatan baru matriks',
  startsOn: '2026-05-04',
  endsOn: '2026-05-05',
  regionCode: '31.71',
  organiserInstitutionId: organiser,
});

export const activitiesAccess: SampleSet = {
  samples: {
    'GET /api/v1/activities': listOnly('/api/v1/activities?limit=20'),
    'GET /api/v1/activities/export': listOnly('/api/v1/activities/export?format=csv'),
    'GET /api/v1/activities/report': listOnly('/api/v1/activities/report'),
    'GET /api/v1/activities/report/export': listOnly('/api/v1/activities/report/export?format=xlsx&by=kind'),
    'POST /api/v1/activities': createSample('/api/v1/activities', (_w, organiser) => ({
      kind: 'rakor_teknis',
      ...activityFields(organiser),
    })),
    'GET /api/v1/activities/:id': onActivity('rakor_teknis', async (_w, f) => ({
      method: 'GET',
      url: `/api/v1/activities/${f.id}`,
    })),
    'PATCH /api/v1/activities/:id': onActivity('rakor_teknis', async (_w, f, session) =>
      withEtag(session, `/api/v1/activities/${f.id}`, {
        method: 'PATCH',
        url: `/api/v1/activities/${f.id}`,
        payload: { outcomes: 'Kesepakatan matriks' },
      }),
    ),
    'POST /api/v1/activities/:id/participants': onActivity('rakor_teknis', async (_w, f) => ({
      method: 'POST',
      url: `/api/v1/activities/${f.id}/participants`,
      payload: { fullName: 'Tamu Matriks', origin: 'dinsos' },
    })),
    'DELETE /api/v1/activities/:id/participants/:childId': onActivity('rakor_teknis', async (_w, f) => ({
      method: 'DELETE',
      url: `/api/v1/activities/${f.id}/participants/${f.participantId}`,
    })),
    'PUT /api/v1/activities/:id/headcounts': onActivity('rakor_teknis', async (_w, f) => ({
      method: 'PUT',
      url: `/api/v1/activities/${f.id}/headcounts`,
      payload: { counts: { direktorat: 5, inspektorat: 2 } },
    })),
    'POST /api/v1/activities/:id/documents': onActivity('rakor_teknis', async (_w, f) => ({
      method: 'POST',
      url: `/api/v1/activities/${f.id}/documents`,
      ...multipart({ kind: 'report', title: 'Laporan matriks' }, { name: 'laporan.pdf', content: pdf }),
    })),
    'GET /api/v1/activities/:id/documents/:childId/content': onActivity('rakor_teknis', async (w, f) => ({
      method: 'GET',
      url: `/api/v1/activities/${f.id}/documents/${await uploadedDocument(w, f.id)}/content`,
    })),
    'DELETE /api/v1/activities/:id/documents/:childId': onActivity('rakor_teknis', async (w, f) => ({
      method: 'DELETE',
      url: `/api/v1/activities/${f.id}/documents/${await uploadedDocument(w, f.id)}`,
    })),
    'POST /api/v1/activities/:id/actions': onActivity('rakor_teknis', async (_w, f) => ({
      method: 'POST',
      url: `/api/v1/activities/${f.id}/actions`,
      payload: { description: 'Kirim data peserta', dueOn: '2026-06-30', ownerName: 'Sekretariat' },
    })),
    'GET /api/v1/activity-actions': listOnly('/api/v1/activity-actions?overdue=true'),
    'GET /api/v1/activity-actions/:id': onActivity('rakor_teknis', async (_w, f) => ({
      method: 'GET',
      url: `/api/v1/activity-actions/${f.actionId}`,
    })),
    'PATCH /api/v1/activity-actions/:id': onActivity('rakor_teknis', async (_w, f, session) =>
      withEtag(session, `/api/v1/activity-actions/${f.actionId}`, {
        method: 'PATCH',
        url: `/api/v1/activity-actions/${f.actionId}`,
        payload: { status: 'in_progress', progressNote: 'Sedang dikerjakan' },
      }),
    ),
    'GET /api/v1/activities/:id/bimtek': onActivity('bimtek', async (_w, f) => ({
      method: 'GET',
      url: `/api/v1/activities/${f.id}/bimtek`,
    })),
    'PUT /api/v1/activities/:id/bimtek': onActivity('bimtek', async (_w, f, session) =>
      withEtag(session, `/api/v1/activities/${f.id}/bimtek`, {
        method: 'PUT',
        url: `/api/v1/activities/${f.id}/bimtek`,
        payload: bimtekSettings,
      }),
    ),
    'PUT /api/v1/activities/:id/bimtek/results': onActivity('bimtek', async (_w, f) => ({
      method: 'PUT',
      url: `/api/v1/activities/${f.id}/bimtek/results`,
      payload: { results: [{ participantId: f.participantId, preTestScore: 55, postTestScore: 85, attendedDays: 2 }] },
    })),
    'POST /api/v1/activities/:id/bimtek/certificates': onActivity('bimtek', async (_w, f) => ({
      method: 'POST',
      url: `/api/v1/activities/${f.id}/bimtek/certificates`,
      payload: { issuedOn: '2026-03-04' },
    })),
    'DELETE /api/v1/activities/:id/bimtek/certificates/:childId': onActivity('bimtek', async (w, f) => {
      const certificateId = uuidv7();
      await w.db.insert(bimtekCertificates).values({
        id: certificateId,
        activityId: f.id,
        participantId: f.participantId,
        certificateNumber: `BIMTEK/MATRIKS/${certificateId}`,
        issuedOn: '2026-03-04',
      });
      return { method: 'DELETE', url: `/api/v1/activities/${f.id}/bimtek/certificates/${certificateId}` };
    }),
    'GET /api/v1/supervision/checklists': listOnly('/api/v1/supervision/checklists'),
    'GET /api/v1/supervision/checklists/current': listOnly('/api/v1/supervision/checklists/current'),
    'POST /api/v1/supervision/checklists': async (w, role, target) =>
      target === 'own'
        ? own(w.sessions[role], {
            method: 'POST',
            url: '/api/v1/supervision/checklists',
            payload: {
              title: 'Daftar periksa matriks',
              items: [
                { area: 'staffing', text: 'Rasio pekerja sosial 1:7', weight: 2 },
                { area: 'facilities', text: 'Ruang konseling tertutup' },
              ],
            },
          })
        : null,
    'POST /api/v1/supervision-visits': async (w, role, target) => {
      if (target === 'other' && isNational(w, role)) return null;
      const side =
        target === 'own' ? { organiser: w.balaiA, involved: w.ipwlA } : { organiser: w.balaiA, involved: w.ipwlB };
      return own(w.sessions[role], {
        method: 'POST',
        url: '/api/v1/supervision-visits',
        payload: { ...activityFields(side.organiser), title: 'Supervisi matriks', institutionId: side.involved },
      });
    },
    'GET /api/v1/supervision-visits': listOnly('/api/v1/supervision-visits'),
    'GET /api/v1/activities/:id/supervision': onActivity('supervisi', async (_w, f) => ({
      method: 'GET',
      url: `/api/v1/activities/${f.id}/supervision`,
    })),
    'PUT /api/v1/activities/:id/supervision/answers': onActivity('supervisi', async (w, f) => {
      const [visit] = await w.db.select().from(supervisionVisits).where(eq(supervisionVisits.activityId, f.id));
      const [item] = await w.db
        .select({ id: supervisionChecklistItems.id })
        .from(supervisionChecklistItems)
        .where(eq(supervisionChecklistItems.checklistId, visit?.checklistId ?? ''))
        .limit(1);
      return {
        method: 'PUT',
        url: `/api/v1/activities/${f.id}/supervision/answers`,
        payload: { answers: [{ itemId: item?.id, rating: 'partial', note: 'Perlu tambahan konselor' }] },
      };
    }),
    'POST /api/v1/activities/:id/supervision/findings': onActivity('supervisi', async (_w, f) => ({
      method: 'POST',
      url: `/api/v1/activities/${f.id}/supervision/findings`,
      payload: {
        area: 'records_quality',
        severity: 'major',
        description: 'Hasil asesmen tidak lengkap',
        correctiveAction: { description: 'Lengkapi asesmen', dueOn: '2026-06-30' },
      },
    })),
  },
  // A Balai manager creating for network B's unit names an organiser it cannot see: refused on the field (422).
  otherScopeStatus: {
    'POST /api/v1/activities': 422,
    'POST /api/v1/supervision-visits': 422,
  },
};
