import type { Role } from '@atensi/contracts';
import { own, type Sample, type SampleSet, type World, withEtag } from '../../platform/auth/access-matrix.support.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { activities, activityParticipants } from '../activities/index.js';
import { campaigns } from './campaigns.table.js';

// The access-matrix samples of the campaigns module: own campaigns are organised by Balai A, others by Balai B.

async function buildCampaign(w: World, organiser: string, partner: string): Promise<string> {
  const id = uuidv7();
  await w.db.insert(activities).values({
    id,
    kind: 'kampanye',
    title: 'Kampanye matriks',
    status: 'held',
    startsOn: '2026-02-01',
    endsOn: '2026-02-28',
    regionCode: '31.71',
    organiserInstitutionId: organiser,
    realisedCostIdr: 10_000_000,
  });
  await w.db
    .insert(campaigns)
    .values({ activityId: id, channel: 'social_media', targetAudience: 'youth', reach: 50_000 });
  // Run with an IPWL of the network, so its staff see it too.
  await w.db
    .insert(activityParticipants)
    .values({ id: uuidv7(), activityId: id, fullName: 'Relawan Matriks', origin: 'ipwl', institutionId: partner });
  return id;
}

const national = (w: World, role: Role) => w.visible[role] === 'all';

const onCampaign =
  (build: (id: string, w: World, role: Role) => Promise<Parameters<typeof own>[1]>): Sample =>
  async (w, role, target) => {
    if (target === 'other' && national(w, role)) return null;
    const id = await buildCampaign(w, target === 'own' ? w.balaiA : w.balaiB, target === 'own' ? w.ipwlA : w.ipwlB);
    return own(w.sessions[role], await build(id, w, role));
  };

const listOnly =
  (url: string): Sample =>
  async (w, role, target) =>
    target === 'own' ? own(w.sessions[role], { method: 'GET', url }) : null;

export const campaignsAccess: SampleSet = {
  samples: {
    'GET /api/v1/campaigns': listOnly('/api/v1/campaigns'),
    'GET /api/v1/campaigns/channels': listOnly('/api/v1/campaigns/channels'),
    'GET /api/v1/campaigns/export': listOnly('/api/v1/campaigns/export?format=csv'),
    'POST /api/v1/campaigns': async (w, role, target) => {
      if (target === 'other' && national(w, role)) return null;
      return own(w.sessions[role], {
        method: 'POST',
        url: '/api/v1/campaigns',
        payload: {
          title: 'Kampanye baru matriks',
          startsOn: '2026-05-01',
          endsOn: '2026-05-31',
          regionCode: '31.71',
          organiserInstitutionId: target === 'own' ? w.balaiA : w.balaiB,
          channel: 'print',
          targetAudience: 'students',
          metrics: { copiesDistributed: 2_000 },
          materials: ['Brosur bahaya NAPZA'],
        },
      });
    },
    'GET /api/v1/campaigns/:id': onCampaign(async (id) => ({ method: 'GET', url: `/api/v1/campaigns/${id}` })),
    'PATCH /api/v1/campaigns/:id': onCampaign(async (id, w, role) =>
      withEtag(w.sessions[role], `/api/v1/campaigns/${id}`, {
        method: 'PATCH',
        url: `/api/v1/campaigns/${id}`,
        payload: { metrics: { reach: 60_000, impressions: 200_000 } },
      }),
    ),
  },
  otherScopeStatus: { 'POST /api/v1/campaigns': 422 },
};
