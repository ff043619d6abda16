import { type InstitutionType, ROLES, type Role } from '@atensi/contracts';
import { fakerID_ID as faker } from '@faker-js/faker';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../modules/audit/index.js';
import { hashPassword } from '../modules/auth/index.js';
import { addDays } from '../modules/institutions/certification-status.js';
import { institutions, partnerships, todayInJakarta } from '../modules/institutions/index.js';
import { institutionAccreditations, institutionHistory } from '../modules/institutions/institutions.table.js';
import { users } from '../modules/users/index.js';
import { staff, staffCertifications } from '../modules/workforce/index.js';
import { CLI_AUDIT_CONTEXT } from '../platform/auth/actor.js';
import { FieldCipher, type KeyRing } from '../platform/crypto/field-cipher.js';
import type { Database } from '../platform/db/database.js';
import { uuidv7 } from '../platform/db/uuid.js';
import type { FileStorage } from '../platform/storage/file-storage.js';
import { seedDemoActivities } from './demo-activities.js';
import { seedDemoCases } from './demo-cases.js';
import { seedDemoPlans } from './demo-plans.js';
import { seedDemoRegistry, seedStaff } from './demo-registry.js';

type DemoInstitution = { code: string; name: string; type: InstitutionType; parent: string | null; regionCode: string };

/**
 * The Directorate and the five NAPZA units of 2020 are real public institutions; the IPWL here and those of
 * `demo-registry.ts` are synthetic.
 */
export const DEMO_INSTITUTIONS: DemoInstitution[] = [
  {
    code: 'DIT-REHSOS-NAPZA',
    name: 'Direktorat Rehabilitasi Sosial Korban Penyalahgunaan NAPZA',
    type: 'direktorat',
    parent: null,
    regionCode: '31.71',
  },
  {
    code: 'BALAI-BAMBU-APUS',
    name: 'Balai Rehabilitasi Sosial "Bambu Apus" Jakarta',
    type: 'balai',
    parent: 'DIT-REHSOS-NAPZA',
    regionCode: '31.75',
  },
  {
    code: 'BALAI-GALIH-PAKUAN',
    name: 'Balai Rehabilitasi Sosial KPN "Galih Pakuan" Bogor',
    type: 'balai',
    parent: 'DIT-REHSOS-NAPZA',
    regionCode: '32.01',
  },
  {
    code: 'BALAI-SATRIA',
    name: 'Balai Rehabilitasi Sosial KPN "Satria" Baturraden',
    type: 'balai',
    parent: 'DIT-REHSOS-NAPZA',
    regionCode: '33.02',
  },
  {
    code: 'BALAI-INSYAF',
    name: 'Balai Rehabilitasi Sosial KPN "Insyaf" Medan',
    type: 'balai',
    parent: 'DIT-REHSOS-NAPZA',
    regionCode: '12.71',
  },
  {
    code: 'LOKA-PANGURANGI',
    name: 'Loka Rehabilitasi Sosial KPN "Pangurangi" Takalar',
    type: 'loka',
    parent: 'DIT-REHSOS-NAPZA',
    regionCode: '73.05',
  },
  {
    code: 'IPWL-SINAR-PEMULIHAN',
    name: 'IPWL Yayasan Sinar Pemulihan (sintetis)',
    type: 'ipwl',
    parent: 'BALAI-BAMBU-APUS',
    regionCode: '31.75',
  },
  {
    code: 'IPWL-RUMAH-HARAPAN',
    name: 'IPWL Yayasan Rumah Harapan Baru (sintetis)',
    type: 'ipwl',
    parent: 'BALAI-BAMBU-APUS',
    regionCode: '32.75',
  },
  {
    code: 'IPWL-CAHAYA-BOGOR',
    name: 'IPWL Lembaga Cahaya Pulih Bogor (sintetis)',
    type: 'ipwl',
    parent: 'BALAI-GALIH-PAKUAN',
    regionCode: '32.01',
  },
  {
    code: 'IPWL-DELI-BANGKIT',
    name: 'IPWL Yayasan Deli Bangkit (sintetis)',
    type: 'ipwl',
    parent: 'BALAI-INSYAF',
    regionCode: '12.07',
  },
];

/** One demo user per role (README, "Demo users"). */
export const DEMO_USERS: { username: string; role: Role; institution: string | null }[] = [
  { username: 'admin', role: 'admin', institution: null },
  { username: 'direktorat', role: 'direktorat', institution: null },
  { username: 'inspektorat', role: 'inspektorat', institution: null },
  { username: 'pusdatin', role: 'pusdatin', institution: null },
  { username: 'balai.bambuapus', role: 'balai_manager', institution: 'BALAI-BAMBU-APUS' },
  { username: 'ipwl.manager', role: 'ipwl_manager', institution: 'IPWL-SINAR-PEMULIHAN' },
  { username: 'pendamping', role: 'pendamping', institution: 'IPWL-SINAR-PEMULIHAN' },
];

if (DEMO_USERS.length !== ROLES.length) throw new Error('every role needs a demo user');

/**
 * The synthetic demo data set: the institutions above, one user per role with the demo password, and a dozen people
 * with cases in every status at the demo social worker's IPWL (`demo-cases.ts`). People are
 * made with Faker `id_ID` (never real people). Running it twice changes nothing: existing records are kept as
 * they are (a demo user's changed password is not reset).
 */
export async function seedDemo(
  database: Database,
  options: { password: string; keyRing: KeyRing; withPeople?: boolean; files?: FileStorage },
): Promise<string> {
  const { db } = database;
  faker.seed(20_201_027);
  const today = todayInJakarta();
  const passwordHash = await hashPassword(options.password);
  return db.transaction(async (tx) => {
    const idByCode = new Map<string, string>();
    let institutionsAdded = 0;
    for (const institution of DEMO_INSTITUTIONS) {
      const [existing] = await tx
        .select({ id: institutions.id })
        .from(institutions)
        .where(eq(institutions.code, institution.code));
      if (existing) {
        idByCode.set(institution.code, existing.id);
        continue;
      }
      const id = uuidv7();
      const parentId = institution.parent ? (idByCode.get(institution.parent) ?? null) : null;
      const validFrom = '2019-01-01';
      await tx.insert(institutions).values({
        id,
        code: institution.code,
        name: institution.name,
        type: institution.type,
        parentId,
        regionCode: institution.regionCode,
        validFrom,
        components:
          institution.type === 'direktorat' ? [] : ['dukungan_keluarga', 'terapi', 'vokasional_kewirausahaan'],
        settings:
          institution.type === 'ipwl' ? ['family_based', 'community_based'] : ['residential', 'community_based'],
        capacityResidential: institution.type === 'balai' || institution.type === 'loka' ? 100 : null,
      });
      await tx
        .insert(institutionHistory)
        .values({ id: uuidv7(), institutionId: id, validFrom, name: institution.name, parentId });
      if (institution.type !== 'direktorat') await seedStaff(tx, faker, id, institutionsAdded, today);
      if (institution.type === 'ipwl' && parentId) {
        await tx.insert(institutionAccreditations).values({
          id: uuidv7(),
          institutionId: id,
          grade: 'B',
          issuer: 'Badan Akreditasi Lembaga Kesejahteraan Sosial',
          validFrom: addDays(today, -400),
          validUntil: addDays(today, 700),
        });
        await tx.insert(partnerships).values({
          id: uuidv7(),
          unitId: parentId,
          partnerId: id,
          mouNumber: `MoU/${institution.parent}/${institution.code}`,
          scope: 'Rujukan dan supervisi layanan ATENSI',
          validFrom: '2020-01-15',
        });
      }
      await recordAudit(tx, CLI_AUDIT_CONTEXT, {
        action: 'institution.create',
        entityType: 'institution',
        entityId: id,
        institutionId: id,
        details: { via: 'seed' },
      });
      idByCode.set(institution.code, id);
      institutionsAdded += 1;
    }
    const registry = await seedDemoRegistry(tx, faker, today, idByCode);
    institutionsAdded += registry.institutions;
    let usersAdded = 0;
    for (const demo of DEMO_USERS) {
      const displayName = faker.person.fullName();
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.username, demo.username));
      if (existing) continue;
      const id = uuidv7();
      const institutionId = demo.institution ? (idByCode.get(demo.institution) ?? null) : null;
      await tx.insert(users).values({
        id,
        username: demo.username,
        displayName,
        role: demo.role,
        institutionId,
        passwordHash,
      });
      await recordAudit(tx, CLI_AUDIT_CONTEXT, {
        action: 'user.create',
        entityType: 'user',
        entityId: id,
        institutionId,
        details: { via: 'seed', role: demo.role },
      });
      if (demo.role === 'pendamping' && institutionId) {
        // The demo social worker is in the staff registry too, linked to her account, with a valid certificate.
        const staffId = uuidv7();
        await tx.insert(staff).values({
          id: staffId,
          institutionId,
          fullName: displayName,
          role: 'pekerja_sosial',
          employedFrom: addDays(today, -500),
          userId: id,
        });
        await tx.insert(staffCertifications).values({
          id: uuidv7(),
          staffId,
          type: 'pekerja_sosial',
          level: 'generalis',
          issuer: 'LSPS',
          issuedOn: addDays(today, -300),
          validUntil: addDays(today, 800),
        });
      }
      usersAdded += 1;
    }
    const [worker] = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'pendamping'));
    const ipwlId = idByCode.get('IPWL-SINAR-PEMULIHAN');
    const people =
      worker && ipwlId && options.withPeople !== false
        ? await seedDemoCases(tx, faker, new FieldCipher(options.keyRing), today, {
            institutionId: ipwlId,
            balaiId: idByCode.get('BALAI-BAMBU-APUS') ?? null,
            workerId: worker.id,
          })
        : 0;
    const [manager] = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'ipwl.manager'));
    if (worker && manager && ipwlId && options.withPeople !== false) {
      await seedDemoPlans(tx, faker, new FieldCipher(options.keyRing), today, {
        institutionId: ipwlId,
        workerId: worker.id,
        managerId: manager.id,
      });
    }
    const activitiesAdded =
      options.withPeople !== false ? await seedDemoActivities(tx, today, idByCode, options.files) : 0;
    const activitiesNote = activitiesAdded > 0 ? `; ${activitiesAdded} activities of the Directorate` : '';
    return `demo data: ${institutionsAdded} institutions, ${usersAdded} users and ${people} people with their cases added${activitiesNote}`;
  });
}
