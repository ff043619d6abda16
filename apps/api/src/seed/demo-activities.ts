import type { ActivityDetail, ChecklistRating } from '@atensi/contracts';
import { eq, inArray } from 'drizzle-orm';
import {
  type ActivitiesContext,
  activities,
  addFinding,
  addParticipant,
  createAction,
  createActivity,
  createSupervisionVisit,
  issueCertificates,
  saveBimtekResults,
  saveSupervisionAnswers,
  setHeadcounts,
  updateAction,
  updateActivity,
  updateBimtekSettings,
  uploadDocument,
} from '../modules/activities/index.js';
import { createCampaign } from '../modules/campaigns/index.js';
import { addDays } from '../modules/institutions/index.js';
import { createSurvey, importResponses, updateSurvey } from '../modules/surveys/index.js';
import { users } from '../modules/users/index.js';
import { staff } from '../modules/workforce/index.js';
import { type Caller, CLI_AUDIT_CONTEXT } from '../platform/auth/actor.js';
import type { Db } from '../platform/db/database.js';
import type { FileStorage } from '../platform/storage/file-storage.js';

// The Directorate's indirect services in the demo (issue 8): the seed's synchronisation meeting of 9 November 2020
// with its 38 participants, a held bimtek whose certificates are in the staff registry, supervision visits with
// past-due corrective actions, campaigns on every channel, and the media survey whose 1,000 responses give the
// seed's 40/30/13/17. Written through the module's own use cases (as the demo Directorate user), so the demo
// obeys the same rules as the app.

export const SYNC_MEETING_TITLE = 'Sinkronisasi program ATENSI bagi korban penyalahgunaan NAPZA';

const SURVEY_CITIES = ['31.71', '32.73', '33.74', '35.78', '12.71', '73.71', '51.71', '64.72', '18.71', '31.75'];
const AGE_PATTERN: Record<string, string[]> = {
  tv: ['35_44', '45_59', '60_plus', '25_34', '45_59', '20_24', '35_44'],
  social_media: ['15_19', '20_24', '20_24', '25_34', '15_19', '35_44', '10_14'],
  print: ['45_59', '35_44', '25_34', '60_plus'],
  other: ['20_24', '25_34', '15_19', '35_44', '45_59'],
};

/** 1,000 respondents: exactly 400 TV, 300 social media, 130 print, 170 other; younger ones lean to social media. */
export function demoSurveyCsv(): string {
  const lines = ['region_code,age_group,sex,media_tepat'];
  const counts: [string, number][] = [
    ['tv', 400],
    ['social_media', 300],
    ['print', 130],
    ['other', 170],
  ];
  let row = 0;
  for (const [option, n] of counts) {
    const ages = AGE_PATTERN[option] ?? ['25_34'];
    for (let i = 0; i < n; i++, row++) {
      const city = SURVEY_CITIES[(row * 7) % SURVEY_CITIES.length];
      lines.push(`${city},${ages[i % ages.length]},${(i + row) % 2 === 0 ? 'F' : 'M'},${option}`);
    }
  }
  return lines.join('\n');
}

type Ids = Map<string, string>;

function need(ids: Ids, code: string): string {
  const id = ids.get(code);
  if (!id) throw new Error(`demo institution ${code} is missing`);
  return id;
}

/** Seeds the indirect services once: nothing is added when the synchronisation meeting is already there. */
export async function seedDemoActivities(
  tx: Db,
  today: string,
  ids: Ids,
  storage: FileStorage | undefined,
): Promise<number> {
  const [done] = await tx
    .select({ id: activities.id })
    .from(activities)
    .where(eq(activities.title, SYNC_MEETING_TITLE));
  if (done) return 0;
  const [user] = await tx.select().from(users).where(eq(users.username, 'direktorat'));
  if (!user) return 0;
  const caller: Caller = {
    actor: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: 'direktorat',
      institutionId: null,
      via: 'session',
      sessionId: null,
      tokenId: null,
      pendingActions: [],
      sessionExpiresAt: null,
    },
    audit: CLI_AUDIT_CONTEXT,
  };
  const context: ActivitiesContext = {
    db: tx,
    registry: { expiringDays: 90, clock: () => new Date() },
    files: { storage: storage ?? refusingStorage, maxBytes: 20 * 1024 * 1024 },
  };
  const directorate = need(ids, 'DIT-REHSOS-NAPZA');
  const day = (offset: number) => addDays(today, offset);
  let added = 0;
  const activity = async (input: Parameters<typeof createActivity>[2]) => {
    added += 1;
    return createActivity(context, caller, input);
  };

  // The seed's synchronisation meeting: 38 participants from the Directorate, Balai/Loka KPN, the Inspectorate.
  const sync = await activity({
    kind: 'rakor_teknis',
    title: SYNC_MEETING_TITLE,
    description: 'Arahan Dirjen Rehabilitasi Sosial; penajaman alur skrining, asesmen dan ATENSI di balai.',
    status: 'held',
    startsOn: '2020-11-09',
    endsOn: '2020-11-09',
    venue: 'Jakarta',
    regionCode: '31.71',
    organiserInstitutionId: directorate,
    budgetIdr: 85_000_000,
    realisedCostIdr: 78_500_000,
    outcomes:
      'Penajaman kegiatan pencegahan yang lebih kreatif (talkshow, seni budaya, konser anti narkoba); televisi, ' +
      'media sosial dan media cetak sebagai saluran utama; direktorat sebagai supporting system bagi balai.',
  });
  const units = ['BALAI-BAMBU-APUS', 'BALAI-GALIH-PAKUAN', 'BALAI-SATRIA', 'BALAI-INSYAF', 'LOKA-PANGURANGI'].map(
    (code) => need(ids, code),
  );
  const unitStaff = await tx
    .select({ id: staff.id, institutionId: staff.institutionId })
    .from(staff)
    .where(inArray(staff.institutionId, units));
  const named = units.flatMap((unit) => unitStaff.filter((member) => member.institutionId === unit).slice(0, 2));
  for (const member of named) await addParticipant(context, caller, sync.id, { staffId: member.id, attended: true });
  await setHeadcounts(context, caller, sync.id, {
    counts: { direktorat: 20, balai_loka: 14 - named.length, inspektorat: 4 },
  });
  await createAction(context, caller, sync.id, {
    description: 'Balai menyusun rencana kegiatan pencegahan kreatif (talkshow, seni budaya) untuk 2021',
    ownerInstitutionId: need(ids, 'BALAI-BAMBU-APUS'),
    dueOn: '2020-12-31',
  });
  if (storage) {
    const minutes =
      `NOTULEN ${SYNC_MEETING_TITLE.toUpperCase()}\nJakarta, 9 November 2020\n\n` +
      'Peserta: 38 orang (Direktorat, Balai/Loka KPN, Inspektorat Jenderal).\n' +
      '1. Alur skrining: risiko rendah ke layanan medis dan rehabilitasi sosial berbasis keluarga; risiko sedang ' +
      'dan berat ke asesmen lanjut.\n2. Media pencegahan: televisi 40%, media sosial 30%, spanduk/brosur/pamflet ' +
      '13%, lainnya 17%.\n3. Tindak lanjut: rencana kegiatan pencegahan kreatif di balai.\n';
    await uploadDocument(context, caller, sync.id, {
      kind: 'minutes',
      title: 'Notulen rapat sinkronisasi',
      fileName: 'notulen-sinkronisasi-2020.txt',
      content: Buffer.from(minutes),
    });
  }

  // A held bimtek for companions, with pre/post tests and certificates in the staff registry.
  const bimtek = await activity({
    kind: 'bimtek',
    title: 'Bimtek pendamping rehabilitasi sosial: skrining ASSIST dan asesmen lanjut',
    status: 'planned',
    startsOn: day(-45),
    endsOn: day(-43),
    venue: 'Balai "Bambu Apus" Jakarta',
    regionCode: '31.75',
    organiserInstitutionId: directorate,
    budgetIdr: 120_000_000,
    realisedCostIdr: 112_750_000,
  });
  await updateBimtekSettings(context, caller, bimtek.id, 1, {
    targetGroup: 'pendamping',
    passMark: 70,
    minAttendancePercent: 80,
    certificateType: 'other',
    certificateLevel: null,
    certificateIssuer: 'Direktorat Rehabilitasi Sosial Korban Penyalahgunaan NAPZA',
    certificateValidMonths: 36,
    topics: [
      { title: 'Kebijakan ATENSI dan alur layanan', hours: 3, facilitator: 'Direktorat' },
      { title: 'Skrining WHO ASSIST v3.0', hours: 6, facilitator: 'Konselor adiksi senior' },
      { title: 'Asesmen lanjut (ASI) dan rencana intervensi', hours: 8 },
      { title: 'Konseling motivasional dan dukungan keluarga', hours: 5 },
    ],
  });
  const ipwls = ['IPWL-SINAR-PEMULIHAN', 'IPWL-RUMAH-HARAPAN', 'IPWL-CAHAYA-BOGOR', 'IPWL-DELI-BANGKIT'].map((code) =>
    need(ids, code),
  );
  const trainees = (
    await tx
      .select({ id: staff.id, institutionId: staff.institutionId, role: staff.role })
      .from(staff)
      .where(inArray(staff.institutionId, ipwls))
  ).slice(0, 12);
  let detail: ActivityDetail | null = null;
  for (const member of trainees)
    detail = await addParticipant(context, caller, bimtek.id, { staffId: member.id, attended: true });
  const scores = [
    [45, 82],
    [52, 78],
    [38, 71],
    [60, 88],
    [55, 66],
    [41, 75],
    [70, 92],
    [48, 80],
    [35, 58],
    [62, 85],
    [50, 74],
    [44, 79],
  ];
  if (detail && detail.participants.length > 0) {
    await saveBimtekResults(context, caller, bimtek.id, {
      results: detail.participants.map((participant, index) => {
        const [pre, post] = scores[index % scores.length] ?? [50, 75];
        return {
          participantId: participant.id,
          attendedDays: index === 4 ? 2 : 3,
          preTestScore: pre,
          postTestScore: post,
        };
      }),
    });
    // The three days are over: the Directorate marks it held, then certifies.
    await updateActivity(context, caller, bimtek.id, bimtek.version, { status: 'held' });
    await issueCertificates(context, caller, bimtek.id, { issuedOn: day(-43) });
  }
  await activity({
    kind: 'bimtek',
    title: 'Bimtek pengelola IPWL: standar layanan dan pelaporan',
    status: 'planned',
    startsOn: day(21),
    endsOn: day(22),
    venue: 'Balai "Galih Pakuan" Bogor',
    regionCode: '32.01',
    organiserInstitutionId: directorate,
    budgetIdr: 95_000_000,
  });

  // Supervision visits with findings and corrective actions, one past due.
  const visits: { code: string; offset: number; pattern: ChecklistRating[] }[] = [
    { code: 'IPWL-SINAR-PEMULIHAN', offset: -60, pattern: ['met', 'partial', 'met', 'met', 'not_met', 'met'] },
    {
      code: 'IPWL-RUMAH-HARAPAN',
      offset: -35,
      pattern: ['partial', 'not_met', 'met', 'partial', 'met', 'not_applicable'],
    },
    { code: 'IPWL-CAHAYA-BOGOR', offset: -14, pattern: ['met', 'met', 'met', 'partial', 'met', 'met'] },
  ];
  for (const [index, plan] of visits.entries()) {
    added += 1;
    const visit = await createSupervisionVisit(context, caller, {
      title: 'Supervisi pelaksanaan ATENSI',
      status: 'held',
      startsOn: day(plan.offset),
      endsOn: day(plan.offset + 1),
      regionCode: index === 2 ? '32.01' : '31.75',
      organiserInstitutionId: directorate,
      institutionId: need(ids, plan.code),
      budgetIdr: 15_000_000,
      realisedCostIdr: 13_200_000,
    });
    await saveSupervisionAnswers(context, caller, visit.activityId, {
      answers: visit.checklist.map((item, n) => ({
        itemId: item.id,
        rating: plan.pattern[n % plan.pattern.length] ?? 'met',
      })),
      summary: 'Layanan berjalan sesuai standar dengan beberapa catatan perbaikan.',
    });
    const withFinding = await addFinding(context, caller, visit.activityId, {
      area: index === 1 ? 'staffing' : 'records_quality',
      severity: index === 1 ? 'major' : 'minor',
      description:
        index === 1
          ? 'Rasio pekerja sosial terhadap klien 1:11, di atas standar 1:7'
          : 'Sebagian berkas klien belum memuat hasil asesmen lanjut',
      correctiveAction: {
        description:
          index === 1 ? 'Menambah dua pekerja sosial bersertifikat' : 'Melengkapi berkas asesmen klien aktif',
        dueOn: day(plan.offset + 30),
      },
    });
    const action = withFinding.findingList[0]?.actions[0];
    if (index === 0 && action) {
      await updateAction(context, caller, action.id, action.version, {
        status: 'done',
        doneOn: day(plan.offset + 25),
        progressNote: 'Berkas dilengkapi dan diverifikasi pendamping',
      });
    }
  }

  // The other kinds: policy reflection, a guideline, social advocacy, the next coordination meeting.
  await activity({
    kind: 'refleksi_kebijakan',
    title: 'Refleksi kebijakan ATENSI korban penyalahgunaan NAPZA',
    status: 'held',
    startsOn: day(-90),
    endsOn: day(-89),
    venue: 'Jakarta',
    regionCode: '31.71',
    organiserInstitutionId: directorate,
    realisedCostIdr: 42_000_000,
    outcomes: 'Usulan penyesuaian alur rujukan IPWL ke Balai dan penguatan bimbingan lanjut.',
  });
  const guideline = await activity({
    kind: 'pedoman',
    title: 'Perumusan pedoman rehabilitasi sosial berbasis keluarga',
    status: 'held',
    startsOn: day(-30),
    endsOn: day(-28),
    venue: 'Bogor',
    regionCode: '32.01',
    organiserInstitutionId: directorate,
    budgetIdr: 65_000_000,
    realisedCostIdr: 61_300_000,
  });
  await createAction(context, caller, guideline.id, {
    description: 'Edarkan draf pedoman ke Balai/Loka untuk masukan',
    ownerName: 'Subdit Rehabilitasi Sosial',
    dueOn: day(7),
  });
  await activity({
    kind: 'advokasi_sosial',
    title: 'Advokasi sosial ke Pemerintah Kabupaten Takalar',
    status: 'held',
    startsOn: day(-20),
    endsOn: day(-20),
    regionCode: '73.05',
    organiserInstitutionId: need(ids, 'LOKA-PANGURANGI'),
    outcomes: 'Dinsos Takalar bersedia menyinkronkan penerima manfaat dengan DTKS.',
  });
  await activity({
    kind: 'rakor_teknis',
    title: 'Rapat koordinasi teknis Balai/Loka KPN triwulan IV',
    status: 'planned',
    startsOn: day(14),
    endsOn: day(15),
    regionCode: '31.71',
    organiserInstitutionId: directorate,
    budgetIdr: 70_000_000,
  });

  // Campaigns on every channel, with reach and cost.
  const campaigns: [string, Parameters<typeof createCampaign>[2]['channel'], Record<string, number>, number, string][] =
    [
      [
        'Iklan layanan masyarakat "Hidup Sehat Tanpa Narkoba"',
        'tv',
        { audienceEstimate: 3_500_000, airings: 60 },
        180_000_000,
        '31.71',
      ],
      [
        'Kampanye #BerantasNarkoba di media sosial',
        'social_media',
        { impressions: 4_200_000, reach: 1_250_000, engagements: 86_000 },
        45_000_000,
        '31.71',
      ],
      ['Spanduk, brosur dan pamflet di lima kota', 'print', { copiesDistributed: 48_000 }, 72_000_000, '33.02'],
      [
        'Dialog interaktif RRI "Keluarga Tangguh"',
        'radio',
        { audienceEstimate: 600_000, airings: 24 },
        30_000_000,
        '12.71',
      ],
      [
        'Talkshow "Peran keluarga dalam pemulihan"',
        'talkshow',
        { attendees: 350, audienceEstimate: 120_000 },
        55_000_000,
        '32.01',
      ],
      ['Pagelaran wayang anti narkoba', 'arts_culture', { attendees: 2_400 }, 40_000_000, '33.02'],
      ['Konser anti narkoba', 'concert', { attendees: 8_500, audienceEstimate: 250_000 }, 150_000_000, '73.71'],
      ['Pemutaran film "Jalan Pulang" di sekolah', 'film', { attendees: 3_200 }, 18_000_000, '12.71'],
      ['Iklan digital anti narkoba', 'advertisement', { impressions: 2_000_000, reach: 700_000 }, 35_000_000, '31.71'],
    ];
  for (const [index, [title, channel, metrics, cost, regionCode]] of campaigns.entries()) {
    added += 1;
    await createCampaign(context, caller, {
      title,
      status: 'held',
      startsOn: day(-150 + index * 12),
      endsOn: day(-140 + index * 12),
      regionCode,
      organiserInstitutionId: index === 6 ? need(ids, 'LOKA-PANGURANGI') : directorate,
      budgetIdr: Math.round(cost * 1.1),
      realisedCostIdr: cost,
      channel,
      targetAudience: index % 3 === 0 ? 'general_public' : index % 3 === 1 ? 'youth' : 'students',
      metrics,
      materials: [title],
    });
  }
  added += 1;
  await createCampaign(context, caller, {
    title: 'Kampanye media sosial Hari Anti Narkotika Internasional',
    status: 'planned',
    startsOn: day(30),
    endsOn: day(60),
    regionCode: '31.71',
    organiserInstitutionId: directorate,
    budgetIdr: 50_000_000,
    channel: 'social_media',
    targetAudience: 'youth',
    metrics: {},
    materials: ['Video pendek 60 detik', 'Infografis'],
  });

  // The media survey of seed 000: 1,000 responses giving TV 40%, social media 30%, print 13%, other 17%.
  const survey = await createSurvey(context, caller, {
    title: 'Survei media pencegahan penyalahgunaan NAPZA',
    description: 'Media yang paling tepat untuk upaya pencegahan menurut responden (data sintetis).',
    fieldworkFrom: '2020-01-06',
    fieldworkTo: '2020-10-30',
    questions: [
      {
        code: 'media_tepat',
        text: 'Menurut Anda, media apa yang paling tepat untuk pencegahan penyalahgunaan NAPZA?',
        kind: 'single',
        options: [
          { code: 'tv', label: 'Televisi' },
          { code: 'social_media', label: 'Media sosial' },
          { code: 'print', label: 'Spanduk, brosur, pamflet' },
          { code: 'other', label: 'Lainnya (film, iklan anti narkoba)' },
        ],
      },
    ],
  });
  await updateSurvey(context, caller, survey.id, survey.version, { status: 'open' });
  await importResponses(context, caller, survey.id, { csv: demoSurveyCsv(), dryRun: false });
  return added;
}

/** Without a storage (tests), documents are not seeded; anything that tries is a bug. */
const refusingStorage: FileStorage = {
  put: async () => {
    throw new Error('no document storage given to the demo seed');
  },
  read: async () => null,
  remove: async () => undefined,
};
