import { ms, type TableGroup } from './group.js';

/** People, with their identifiers sealed and blind-indexed exactly as `registerBeneficiary` stores them. */
export const beneficiariesGroup: TableGroup = {
  name: 'beneficiaries',
  tables: [
    {
      name: 'beneficiaries',
      columns: [
        'id',
        'registered_institution_id',
        'nik_cipher',
        'nik_hash',
        'no_nik_reason_cipher',
        'kk_cipher',
        'kk_hash',
        'full_name',
        'aliases',
        'sex',
        'birth_date',
        'birth_place',
        'region_code',
        'address_cipher',
        'phone_cipher',
        'guardian_cipher',
        'education',
        'employment',
        'marital_status',
        'created_at',
        'created_by',
        'updated_at',
      ],
    },
  ],
  person({ cipher }, story, sinks) {
    const created = ms(story.createdMs);
    sinks
      .table('beneficiaries')
      .push([
        story.id,
        story.institution.id,
        cipher.seal('beneficiaries.nik', story.nik),
        story.nik ? cipher.blindIndex('nik', story.nik) : null,
        story.nik
          ? null
          : cipher.seal('beneficiaries.no_nik_reason', 'Tidak memiliki KTP, dalam pengurusan dokumen (data sintetis)'),
        cipher.seal('beneficiaries.kk', story.kk),
        story.kk ? cipher.blindIndex('kk', story.kk) : null,
        story.fullName,
        story.aliases,
        story.sex,
        story.birthDate,
        null,
        story.regionCode,
        cipher.seal('beneficiaries.address', story.address),
        cipher.seal('beneficiaries.phone', story.phone),
        story.guardian ? cipher.seal('beneficiaries.guardian', JSON.stringify(story.guardian)) : null,
        story.education,
        story.employment,
        story.maritalStatus,
        created,
        story.createdBy,
        created,
      ]);
  },
  audit(_context, story, facts) {
    // The worker searches before registering (duplicate check), then registers.
    const at = story.createdMs;
    facts.push({
      atMs: at - 90_000,
      actorId: story.createdBy,
      action: 'beneficiary.search',
      entityType: 'beneficiary',
      entityId: null,
      institutionId: null,
      details: { filters: ['q'], count: 0 },
    });
    const fields = ['birthDate', 'fullName', 'regionCode', 'sex', 'education', 'employment', 'maritalStatus'];
    if (story.nik) fields.push('nik');
    else fields.push('noNikReason');
    if (story.kk) fields.push('kk');
    if (story.address) fields.push('address');
    if (story.phone) fields.push('phone');
    if (story.guardian) fields.push('guardian');
    if (story.aliases.length > 0) fields.push('aliases');
    facts.push({
      atMs: at,
      actorId: story.createdBy,
      action: 'beneficiary.create',
      entityType: 'beneficiary',
      entityId: story.id,
      institutionId: story.institution.id,
      changedFields: fields.sort(),
    });
  },
};
