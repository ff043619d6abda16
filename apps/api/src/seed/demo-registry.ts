import type { StaffCertificationType, StaffRole } from '@atensi/contracts';
import type { Faker } from '@faker-js/faker';
import { asc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../modules/audit/index.js';
import { addDays } from '../modules/institutions/certification-status.js';
import { institutions } from '../modules/institutions/index.js';
import {
  institutionAccreditations,
  institutionDesignations,
  institutionHistory,
  institutionRequirements,
  institutionSuspensions,
  partnerships,
} from '../modules/institutions/institutions.table.js';
import { regions } from '../modules/regions/regions.table.js';
import { staff, staffCertifications } from '../modules/workforce/index.js';
import { CLI_AUDIT_CONTEXT } from '../platform/auth/actor.js';
import type { Db } from '../platform/db/database.js';
import { uuidv7 } from '../platform/db/uuid.js';

/** Which of the five units supervises the IPWL of a province (by island group). */
function unitForProvince(province: string): string {
  const code = Number(province);
  if (code < 30) return 'BALAI-INSYAF'; // Sumatra and the Riau Islands
  if (code === 32) return 'BALAI-GALIH-PAKUAN';
  if (code === 31 || code === 36 || (code >= 61 && code <= 65)) return 'BALAI-BAMBU-APUS';
  if (code >= 33 && code <= 53) return 'BALAI-SATRIA'; // Central and East Java, Yogyakarta, Bali, Nusa Tenggara
  return 'LOKA-PANGURANGI'; // Sulawesi, Maluku, Papua
}

const FIRST = ['Harapan', 'Cahaya', 'Sinar', 'Pelita', 'Insan', 'Bina', 'Rumah', 'Mitra', 'Karya', 'Sahabat', 'Tunas'];
const SECOND = ['Pulih', 'Bangkit', 'Sehat', 'Mandiri', 'Bersama', 'Sejahtera', 'Peduli', 'Kasih', 'Madani', 'Baru'];

/** The certification states the demo shows, in turn: most IPWL current, some expiring, expired, suspended, none. */
const ACCREDITATION_PLAN = [
  'active',
  'active',
  'expiring',
  'active',
  'expired',
  'active',
  'suspended',
  'none',
] as const;

type Built = { institutions: number; staff: number };

/**
 * Synthetic IPWL (two per province for the first provinces, one for the rest: at least 30), each designated,
 * accredited in a rotating state, partnered with the unit of its island group, with staff whose certificates are
 * active, expiring, expired or missing. Only institutions that do not exist yet are built.
 */
export async function seedDemoRegistry(
  tx: Db,
  faker: Faker,
  today: string,
  idByCode: Map<string, string>,
): Promise<Built> {
  const provinces = await tx
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(eq(regions.level, 'province'))
    .orderBy(asc(regions.code));
  const regencies = await tx
    .select({ code: regions.code, parent: regions.parentCode })
    .from(regions)
    .where(
      inArray(
        regions.parentCode,
        provinces.map((province) => province.code),
      ),
    )
    .orderBy(asc(regions.code));
  let builtInstitutions = 0;
  let builtStaff = 0;
  let index = 0;
  for (const [position, province] of provinces.entries()) {
    const perProvince = position < 4 ? 2 : 1;
    const inProvince = regencies.filter((regency) => regency.parent === province.code);
    for (let n = 0; n < perProvince; n++, index++) {
      const code = `IPWL-DEMO-${String(index + 1).padStart(2, '0')}`;
      const word = `${FIRST[index % FIRST.length]} ${SECOND[(index * 3 + n) % SECOND.length]}`;
      const regionCode = inProvince[n % Math.max(inProvince.length, 1)]?.code ?? null;
      const [existing] = await tx.select({ id: institutions.id }).from(institutions).where(eq(institutions.code, code));
      if (existing) {
        idByCode.set(code, existing.id);
        continue;
      }
      const unitCode = unitForProvince(province.code);
      const unitId = idByCode.get(unitCode) ?? null;
      const id = uuidv7();
      const founded = addDays(today, -365 * (2 + (index % 6)));
      const name = `IPWL Yayasan ${word} ${province.name.replace(/^(Daerah Istimewa|Daerah Khusus Ibukota|Kepulauan)\s+/, '')} (sintetis)`;
      await tx.insert(institutions).values({
        id,
        code,
        name,
        type: 'ipwl',
        parentId: unitId,
        regionCode,
        address: `${faker.location.streetAddress()}, ${province.name}`,
        phone: `+62 ${faker.string.numeric(3)} ${faker.string.numeric(4)} ${faker.string.numeric(3)}`,
        capacityResidential: index % 3 === 0 ? 20 + (index % 5) * 5 : null,
        capacityOutpatient: 30 + (index % 7) * 10,
        components: [
          'dukungan_keluarga',
          'terapi',
          ...(index % 2 === 0 ? (['vokasional_kewirausahaan'] as const) : []),
        ],
        settings: index % 3 === 0 ? ['community_based', 'residential'] : ['family_based', 'community_based'],
        validFrom: founded,
      });
      await tx
        .insert(institutionHistory)
        .values({ id: uuidv7(), institutionId: id, validFrom: founded, name, parentId: unitId });
      await tx.insert(institutionDesignations).values({
        id: uuidv7(),
        institutionId: id,
        decreeNumber: `${100 + index}/HUK/${founded.slice(0, 4)}`,
        decreeDate: addDays(founded, 30),
        ministry: index % 5 === 4 ? 'kemenkes' : 'kemensos',
      });
      const plan = ACCREDITATION_PLAN[index % ACCREDITATION_PLAN.length] ?? 'active';
      if (plan !== 'none') {
        const until =
          plan === 'expiring'
            ? addDays(today, 45)
            : plan === 'expired'
              ? addDays(today, -20)
              : addDays(today, 400 + index * 11);
        await tx.insert(institutionAccreditations).values({
          id: uuidv7(),
          institutionId: id,
          grade: (['A', 'B', 'C'] as const)[index % 3] ?? 'B',
          issuer: 'Badan Akreditasi Lembaga Kesejahteraan Sosial',
          certificateNumber: `BALKS/${index + 1}/${until.slice(0, 4)}`,
          validFrom: addDays(until, -3 * 365),
          validUntil: until,
        });
      }
      if (plan === 'suspended') {
        await tx.insert(institutionSuspensions).values({
          id: uuidv7(),
          institutionId: id,
          reason: 'Hasil supervisi: standar layanan residensial belum terpenuhi (data sintetis).',
          suspendedOn: addDays(today, -10),
        });
      }
      for (const requirement of [
        'legal_entity_lks',
        'napza_experience_one_year',
        'facilities_standard',
        'provincial_recommendation',
      ] as const) {
        await tx.insert(institutionRequirements).values({
          institutionId: id,
          requirement,
          met: !(requirement === 'facilities_standard' && index % 4 === 3),
          evidence: requirement === 'legal_entity_lks' ? `AHU-${faker.string.numeric(7)}.AH.01.04` : null,
        });
      }
      if (unitId) {
        await tx.insert(partnerships).values({
          id: uuidv7(),
          unitId,
          partnerId: id,
          mouNumber: `MoU/${unitCode}/${index + 1}/${founded.slice(0, 4)}`,
          scope: 'Rujukan, supervisi dan bimbingan teknis layanan ATENSI',
          validFrom: addDays(founded, 60),
          validUntil: index % 9 === 8 ? addDays(today, -5) : null,
        });
      }
      builtStaff += await seedStaff(tx, faker, id, index, today);
      await recordAudit(tx, CLI_AUDIT_CONTEXT, {
        action: 'institution.create',
        entityType: 'institution',
        entityId: id,
        institutionId: id,
        details: { via: 'seed' },
      });
      idByCode.set(code, id);
      builtInstitutions += 1;
    }
  }
  return { institutions: builtInstitutions, staff: builtStaff };
}

const CERTIFICATE_OF: Partial<Record<StaffRole, StaffCertificationType>> = {
  pekerja_sosial: 'pekerja_sosial',
  konselor_adiksi: 'konselor_adiksi',
  psikolog: 'psikolog',
};

/** Staff of one institution: a social worker, a counsellor and one or two others, certificates in every state. */
export async function seedStaff(
  tx: Db,
  faker: Faker,
  institutionId: string,
  index: number,
  today: string,
): Promise<number> {
  const roles: StaffRole[] = [
    'pekerja_sosial',
    'konselor_adiksi',
    index % 2 === 0 ? 'relawan' : 'psikolog',
    'pengelola',
  ];
  let count = 0;
  for (const [position, role] of roles.entries()) {
    const id = uuidv7();
    const sex = position % 2 === 0 ? 'female' : 'male';
    await tx.insert(staff).values({
      id,
      institutionId,
      fullName: faker.person.fullName({ sex }),
      role,
      phone: `+62 8${faker.string.numeric(2)} ${faker.string.numeric(4)} ${faker.string.numeric(4)}`,
      employedFrom: addDays(today, -200 - position * 180 - index * 7),
    });
    count += 1;
    const type = CERTIFICATE_OF[role];
    if (!type) continue;
    // Rotate: valid, expiring, expired, none; the counsellor of every fifth IPWL has none (an alert).
    const state = (index + position) % 4;
    if (state === 3 || (role === 'konselor_adiksi' && index % 5 === 2)) continue;
    const validUntil =
      state === 0 ? addDays(today, 700) : state === 1 ? addDays(today, 30 + index) : addDays(today, -40);
    await tx.insert(staffCertifications).values({
      id: uuidv7(),
      staffId: id,
      type,
      level: (['asisten', 'generalis', 'spesialis'] as const)[index % 3] ?? 'generalis',
      issuer: type === 'psikolog' ? 'HIMPSI' : 'LSPS',
      certificateNumber: `${type === 'psikolog' ? 'HIMPSI' : 'LSPS'}-${faker.string.numeric(6)}`,
      issuedOn: addDays(validUntil, -3 * 365),
      validUntil,
    });
  }
  return count;
}
