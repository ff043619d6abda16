import type { InstitutionType, Role } from '@atensi/contracts';
import { uuidv7At } from './ids.js';
import { staffNames } from './names.js';
import { Random } from './random.js';
import { AUDITED_MONTHS, HISTORY_YEARS, type Volumes } from './volumes.js';

/** The real regions the country is built on (from the loaded `regions` table). */
export type RegionSet = {
  provinces: { code: string; name: string }[];
  regencies: { code: string; name: string; provinceCode: string }[];
  /** Village codes (`PP.KK.CC.DDDD`) of each regency code (`PP.KK`). */
  villagesOf: Map<string, string[]>;
};

export type GenUser = { id: string; username: string; role: Role; displayName: string; institutionId: string | null };

export type GenStaff = {
  id: string;
  institutionId: string;
  fullName: string;
  nik: string | null;
  role:
    | 'pekerja_sosial'
    | 'konselor_adiksi'
    | 'tks'
    | 'relawan'
    | 'penyuluh'
    | 'psikolog'
    | 'tenaga_medis'
    | 'pengelola';
  employedFrom: string;
  userId: string | null;
  certified: 'active' | 'expiring' | 'expired' | 'none';
};

export type GenInstitution = {
  id: string;
  code: string;
  name: string;
  type: InstitutionType;
  parentId: string | null;
  regionCode: string;
  provinceCode: string;
  validFrom: string;
  /** Share of the people who registered here (0 for the Directorate, health facilities and Dinsos). */
  weight: number;
  accreditation: 'active' | 'expiring' | 'expired' | 'none' | null;
  workers: string[];
  managerId: string | null;
  staff: GenStaff[];
};

/** An item of the service catalogue (migration 0020's seed, read from the database before the load). */
export type GenCatalogueItem = { id: string; code: string; component: string; unit: 'session' | 'item' | 'amount' };

export type World = {
  seed: number;
  /** The day the country is generated for (Jakarta), and the first day of its history. */
  today: string;
  todayMs: number;
  historyStartMs: number;
  /** Audit events are written for everything that happened from this moment (ADR 0012). */
  auditedFromMs: number;
  regions: RegionSet;
  /** Regency codes (with villages) of each province code. */
  regencyCodesOf: Map<string, string[]>;
  institutions: GenInstitution[];
  byId: Map<string, GenInstitution>;
  users: GenUser[];
  /** The supervising Balai/Loka of each province's IPWL. */
  unitOfProvince: Map<string, GenInstitution>;
  faskesOfProvince: Map<string, GenInstitution[]>;
  dinsosOfProvince: Map<string, GenInstitution>;
  fallbackFaskes: GenInstitution[];
  fallbackDinsos: GenInstitution[];
  volumes: Volumes;
  catalogue: Map<string, GenCatalogueItem>;
  /** The staff record of each user account that has one (services are given by staff, recorded by users). */
  staffOfUser: Map<string, string>;
};

/** The five NAPZA units of 2020 (public institutions) and the provinces each supervises (by island group). */
const UNITS = [
  {
    code: 'BALAI-BAMBU-APUS',
    name: 'Balai Rehabilitasi Sosial "Bambu Apus" Jakarta',
    type: 'balai',
    region: '31.75',
    provinces: ['31', '36'],
  },
  {
    code: 'BALAI-GALIH-PAKUAN',
    name: 'Balai Rehabilitasi Sosial KPN "Galih Pakuan" Bogor',
    type: 'balai',
    region: '32.01',
    provinces: ['32'],
  },
  {
    code: 'BALAI-SATRIA',
    name: 'Balai Rehabilitasi Sosial KPN "Satria" Baturraden',
    type: 'balai',
    region: '33.02',
    provinces: ['33', '34', '35', '51', '52', '53'],
  },
  {
    code: 'BALAI-INSYAF',
    name: 'Balai Rehabilitasi Sosial KPN "Insyaf" Medan',
    type: 'balai',
    region: '12.71',
    provinces: ['11', '12', '13', '14', '15', '16', '17', '18', '19', '21'],
  },
  {
    code: 'LOKA-PANGURANGI',
    name: 'Loka Rehabilitasi Sosial KPN "Pangurangi" Takalar',
    type: 'loka',
    region: '73.05',
    provinces: [],
  },
] as const;

const IPWL_WORDS = [
  'Harapan',
  'Sinar',
  'Pelita',
  'Bina',
  'Insan',
  'Mandiri',
  'Cahaya',
  'Rumah',
  'Damai',
  'Bangkit',
  'Pulih',
  'Nurani',
  'Kasih',
  'Sahabat',
  'Lentera',
  'Mentari',
  'Sejahtera',
  'Amanah',
];

const DAY_MS = 86_400_000;

const JAKARTA_OFFSET_MS = 7 * 3_600_000;
/** The days already written out, by day number: a country's history has a few thousand days and millions of dates. */
const daysByNumber = new Map<number, string>();

export function dayOf(ms: number): string {
  // Dates of care are counted in Jakarta (UTC+7), as the product does (todayInJakarta).
  const number = Math.floor((ms + JAKARTA_OFFSET_MS) / DAY_MS);
  let day = daysByNumber.get(number);
  if (day === undefined) {
    day = new Date(number * DAY_MS).toISOString().slice(0, 10);
    daysByNumber.set(number, day);
  }
  return day;
}

export function subtractMonths(ms: number, months: number): number {
  const date = new Date(ms);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.getTime();
}

/** Builds the institutions, their staff and their users: the world the people's stories happen in. */
export function buildWorld(options: {
  seed: number;
  now: Date;
  volumes: Volumes;
  regions: RegionSet;
  catalogue: GenCatalogueItem[];
}): World {
  const { seed, volumes, regions } = options;
  const random = new Random(seed, 'world');
  const todayMs = options.now.getTime();
  const historyStartMs = subtractMonths(todayMs, HISTORY_YEARS * 12);
  const createdMs = historyStartMs - 30 * DAY_MS;
  const id = () => uuidv7At(createdMs + random.int(0, 20 * DAY_MS), random);
  const institutions: GenInstitution[] = [];
  const make = (
    fields: Omit<GenInstitution, 'id' | 'workers' | 'managerId' | 'staff' | 'validFrom' | 'provinceCode'>,
  ) => {
    const institution: GenInstitution = {
      ...fields,
      id: id(),
      provinceCode: fields.regionCode.slice(0, 2),
      validFrom: dayOf(historyStartMs - 400 * DAY_MS),
      workers: [],
      managerId: null,
      staff: [],
    };
    institutions.push(institution);
    return institution;
  };
  const directorate = make({
    code: 'DIT-REHSOS-NAPZA',
    name: 'Direktorat Rehabilitasi Sosial Korban Penyalahgunaan NAPZA',
    type: 'direktorat',
    parentId: null,
    regionCode: '31.71',
    weight: 0,
    accreditation: null,
  });
  const unitOfProvince = new Map<string, GenInstitution>();
  for (const unit of UNITS) {
    const made = make({
      code: unit.code,
      name: unit.name,
      type: unit.type,
      parentId: directorate.id,
      regionCode: unit.region,
      weight: 3,
      accreditation: null,
    });
    for (const province of unit.provinces) unitOfProvince.set(province, made);
  }
  const loka = institutions[institutions.length - 1];
  for (const province of regions.provinces)
    if (!unitOfProvince.has(province.code) && loka) unitOfProvince.set(province.code, loka);

  const regenciesOf = new Map<string, RegionSet['regencies']>();
  for (const regency of regions.regencies) {
    if (!regions.villagesOf.get(regency.code)?.length) continue;
    regenciesOf.set(regency.provinceCode, [...(regenciesOf.get(regency.provinceCode) ?? []), regency]);
  }
  const provinces = regions.provinces.filter((province) => regenciesOf.has(province.code));
  // One IPWL in every province first, the rest where there are more regencies (a proxy for population).
  const weights = Object.fromEntries(provinces.map((p) => [p.code, regenciesOf.get(p.code)?.length ?? 1]));
  for (let n = 0; n < volumes.ipwl; n++) {
    const provinceCode = n < provinces.length ? (provinces[n]?.code ?? '31') : random.weighted(weights);
    const regency = random.pick(regenciesOf.get(provinceCode) ?? []);
    const words = `${random.pick(IPWL_WORDS)} ${random.pick(IPWL_WORDS)}`;
    make({
      code: `IPWL-${provinceCode}-${String(n + 1).padStart(3, '0')}`,
      name: `IPWL Yayasan ${words} ${regency.name} (sintetis)`,
      type: 'ipwl',
      parentId: unitOfProvince.get(provinceCode)?.id ?? null,
      regionCode: regency.code,
      weight: random.days(10, 0.6, 60) / 10 + 0.1,
      accreditation: random.weighted({ active: 85, expiring: 7, expired: 5, none: 3 }),
    });
  }
  const faskesOfProvince = new Map<string, GenInstitution[]>();
  for (let n = 0; n < volumes.faskes; n++) {
    const province = n < provinces.length ? provinces[n] : random.pick(provinces);
    if (!province) break;
    const regency = random.pick(regenciesOf.get(province.code) ?? []);
    const made = make({
      code: `FASKES-${province.code}-${String(n + 1).padStart(3, '0')}`,
      name: `RSUD ${regency.name} (sintetis)`,
      type: 'faskes',
      parentId: null,
      regionCode: regency.code,
      weight: 0,
      accreditation: null,
    });
    faskesOfProvince.set(province.code, [...(faskesOfProvince.get(province.code) ?? []), made]);
  }
  const dinsosOfProvince = new Map<string, GenInstitution>();
  for (let n = 0; n < volumes.dinsos; n++) {
    const province = provinces[n % provinces.length];
    if (!province || dinsosOfProvince.has(province.code)) continue;
    const regency = regenciesOf.get(province.code)?.[0];
    if (!regency) continue;
    dinsosOfProvince.set(
      province.code,
      make({
        code: `DINSOS-${province.code}`,
        name: `Dinas Sosial Provinsi ${province.name} (sintetis)`,
        type: 'dinsos',
        parentId: null,
        regionCode: regency.code,
        weight: 0,
        accreditation: null,
      }),
    );
  }
  const world: World = {
    seed,
    today: dayOf(todayMs),
    todayMs,
    historyStartMs,
    auditedFromMs: subtractMonths(todayMs, AUDITED_MONTHS),
    regions,
    regencyCodesOf: new Map([...regenciesOf].map(([province, list]) => [province, list.map((r) => r.code)])),
    institutions,
    byId: new Map(institutions.map((institution) => [institution.id, institution])),
    users: [],
    unitOfProvince,
    faskesOfProvince,
    dinsosOfProvince,
    fallbackFaskes: [...faskesOfProvince.values()].flat(),
    fallbackDinsos: [...dinsosOfProvince.values()],
    volumes,
    catalogue: new Map(options.catalogue.map((item) => [item.code, item])),
    staffOfUser: new Map(),
  };
  addWorkforce(world, random, createdMs);
  for (const institution of institutions)
    for (const member of institution.staff) if (member.userId) world.staffOfUser.set(member.userId, member.id);
  return world;
}

/** Staff by the institution's share of the people (a floor for each), with accounts for managers and workers. */
function addWorkforce(world: World, random: Random, createdMs: number): void {
  const caring = world.institutions.filter((institution) => institution.weight > 0);
  const totalWeight = caring.reduce((sum, institution) => sum + institution.weight, 0);
  const directorate = world.institutions[0];
  const floorOf = (institution: GenInstitution) => (institution.type === 'ipwl' ? 4 : 10);
  const spare = world.volumes.staff - 8 - caring.reduce((sum, institution) => sum + floorOf(institution), 0);
  const names = staffNames(random);
  const ids = () => uuidv7At(createdMs + random.int(0, 300 * DAY_MS), random);
  const national: Role[] = [
    'admin',
    'direktorat',
    'direktorat',
    'inspektorat',
    'pusdatin',
    'direktorat',
    'pusdatin',
    'direktorat',
  ];
  for (const [index, role] of national.entries()) {
    const userId = ids();
    const count = national.slice(0, index).filter((r) => r === role).length;
    const username = count === 0 ? role : `${role}.${String(count + 1).padStart(2, '0')}`;
    const fullName = names();
    world.users.push({ id: userId, username, role, displayName: fullName, institutionId: null });
    if (directorate)
      directorate.staff.push({
        id: ids(),
        institutionId: directorate.id,
        fullName,
        nik: null,
        role: 'pengelola',
        employedFrom: dayOf(createdMs),
        userId,
        certified: 'none',
      });
  }
  for (const institution of caring) {
    const count = floorOf(institution) + Math.round((Math.max(0, spare) * institution.weight) / totalWeight);
    const short = institution.code.toLowerCase();
    for (let n = 0; n < count; n++) {
      const role: GenStaff['role'] =
        n === 0
          ? 'pengelola'
          : n % 5 === 4
            ? random.pick(['tks', 'relawan', 'penyuluh', 'psikolog', 'tenaga_medis'] as const)
            : n % 3 === 2
              ? 'konselor_adiksi'
              : 'pekerja_sosial';
      const fullName = names();
      const hasAccount = role === 'pengelola' || role === 'pekerja_sosial' || role === 'konselor_adiksi';
      const userId = hasAccount ? ids() : null;
      if (userId) {
        const userRole: Role =
          n === 0 ? (institution.type === 'ipwl' ? 'ipwl_manager' : 'balai_manager') : 'pendamping';
        const username = n === 0 ? `manager.${short}` : `pendamping.${short}.${String(n).padStart(2, '0')}`;
        world.users.push({
          id: userId,
          username,
          role: userRole,
          displayName: fullName,
          institutionId: institution.id,
        });
        if (n === 0) institution.managerId = userId;
        else institution.workers.push(userId);
      }
      institution.staff.push({
        id: ids(),
        institutionId: institution.id,
        fullName,
        nik: null,
        role,
        employedFrom: dayOf(createdMs + random.int(0, 900) * DAY_MS),
        userId,
        certified:
          role === 'pekerja_sosial' || role === 'konselor_adiksi'
            ? random.weighted({ active: 80, expiring: 8, expired: 7, none: 5 })
            : 'none',
      });
    }
  }
}
