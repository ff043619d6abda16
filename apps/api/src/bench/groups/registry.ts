import { addDays } from '../../modules/institutions/index.js';
import { uuidv7At } from '../ids.js';
import { Random } from '../random.js';
import { dayOf } from '../world.js';
import { ms, type TableGroup } from './group.js';

/** Institutions and their registry records, staff with their certificates, and the user accounts. */
export const registryGroup: TableGroup = {
  name: 'registry',
  tables: [
    {
      name: 'institutions',
      columns: [
        'id',
        'code',
        'name',
        'type',
        'parent_id',
        'region_code',
        'created_at',
        'updated_at',
        'version',
        'address',
        'phone',
        'capacity_residential',
        'capacity_outpatient',
        'components',
        'settings',
        'valid_from',
      ],
    },
    {
      name: 'institution_history',
      columns: ['id', 'institution_id', 'valid_from', 'name', 'parent_id', 'recorded_at'],
    },
    {
      name: 'institution_designations',
      columns: ['id', 'institution_id', 'decree_number', 'decree_date', 'ministry', 'created_at'],
    },
    {
      name: 'institution_accreditations',
      columns: [
        'id',
        'institution_id',
        'grade',
        'issuer',
        'certificate_number',
        'valid_from',
        'valid_until',
        'created_at',
      ],
    },
    { name: 'institution_requirements', columns: ['institution_id', 'requirement', 'met', 'evidence', 'verified_at'] },
    {
      name: 'partnerships',
      columns: ['id', 'unit_id', 'partner_id', 'mou_number', 'scope', 'valid_from', 'created_at'],
    },
    {
      name: 'staff',
      columns: ['id', 'institution_id', 'full_name', 'role', 'employed_from', 'user_id', 'created_at', 'updated_at'],
    },
    {
      name: 'staff_certifications',
      columns: [
        'id',
        'staff_id',
        'type',
        'level',
        'issuer',
        'certificate_number',
        'issued_on',
        'valid_until',
        'created_at',
      ],
    },
    {
      name: 'users',
      columns: [
        'id',
        'username',
        'display_name',
        'role',
        'institution_id',
        'status',
        'password_hash',
        'password_changed_at',
        'created_at',
        'updated_at',
      ],
    },
  ],
  reference({ world, passwordHash }, sinks) {
    const random = new Random(world.seed, 'registry');
    const today = world.today;
    const created = ms(world.historyStartMs - 400 * 86_400_000);
    for (const institution of world.institutions) {
      const caring =
        institution.type !== 'direktorat' && institution.type !== 'faskes' && institution.type !== 'dinsos';
      const unit = institution.type === 'balai' || institution.type === 'loka';
      sinks
        .table('institutions')
        .push([
          institution.id,
          institution.code,
          institution.name,
          institution.type,
          institution.parentId,
          institution.regionCode,
          created,
          created,
          1,
          `Jl. Rehabilitasi No. ${random.int(1, 99)} (sintetis)`,
          `+62 21 ${random.int(1000, 9999)} ${random.int(1000, 9999)}`,
          unit ? 120 : institution.type === 'ipwl' ? random.int(0, 40) : null,
          caring ? random.int(20, 200) : null,
          caring ? ['dukungan_keluarga', 'terapi', 'vokasional_kewirausahaan', 'aksesibilitas'] : [],
          unit
            ? ['residential', 'community_based']
            : institution.type === 'ipwl'
              ? ['family_based', 'community_based']
              : [],
          institution.validFrom,
        ]);
      sinks
        .table('institution_history')
        .push([
          uuidv7At(created.getTime(), random),
          institution.id,
          institution.validFrom,
          institution.name,
          institution.parentId,
          created,
        ]);
      if (institution.type !== 'ipwl') continue;
      sinks
        .table('institution_designations')
        .push([
          uuidv7At(created.getTime(), random),
          institution.id,
          `${random.int(1, 300)}/HUK/${dayOf(created.getTime()).slice(0, 4)}`,
          institution.validFrom,
          'kemensos',
          created,
        ]);
      const ends = { active: 700, expiring: 40, expired: -30, none: null }[institution.accreditation ?? 'none'];
      if (ends !== null) {
        sinks
          .table('institution_accreditations')
          .push([
            uuidv7At(created.getTime(), random),
            institution.id,
            random.pick(['A', 'B', 'B', 'C']),
            'Badan Akreditasi Lembaga Kesejahteraan Sosial',
            `BALKS/${random.int(1000, 9999)}`,
            addDays(today, -1000),
            addDays(today, ends),
            created,
          ]);
      }
      for (const requirement of [
        'legal_entity_lks',
        'napza_experience_one_year',
        'facilities_standard',
        'provincial_recommendation',
      ]) {
        sinks
          .table('institution_requirements')
          .push([institution.id, requirement, true, 'Dokumen diverifikasi (sintetis)', created]);
      }
      if (institution.parentId) {
        sinks
          .table('partnerships')
          .push([
            uuidv7At(created.getTime(), random),
            institution.parentId,
            institution.id,
            `MoU/${institution.code}`,
            'Rujukan dan supervisi layanan ATENSI',
            institution.validFrom,
            created,
          ]);
      }
    }
    for (const institution of world.institutions) {
      for (const member of institution.staff) {
        const joined = ms(Date.parse(`${member.employedFrom}T02:00:00Z`));
        sinks
          .table('staff')
          .push([
            member.id,
            member.institutionId,
            member.fullName,
            member.role,
            member.employedFrom,
            member.userId,
            joined,
            joined,
          ]);
        const until = { active: 800, expiring: 30, expired: -20, none: null }[member.certified];
        if (until === null) continue;
        sinks
          .table('staff_certifications')
          .push([
            uuidv7At(joined.getTime(), random),
            member.id,
            member.role === 'konselor_adiksi' ? 'konselor_adiksi' : 'pekerja_sosial',
            'generalis',
            'LSPS',
            `LSPS/${random.int(10000, 99999)}`,
            addDays(today, -900),
            addDays(today, until),
            joined,
          ]);
      }
    }
    for (const user of world.users) {
      sinks
        .table('users')
        .push([
          user.id,
          user.username,
          user.displayName,
          user.role,
          user.institutionId,
          'active',
          passwordHash,
          created,
          created,
          created,
        ]);
    }
  },
};
