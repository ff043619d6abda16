// The contract's closed lists of values and their labels, free of zod: the schemas (`z.enum(...)`) are built from
// these in the domain modules, and the web app's first load uses these lists without loading zod (issue 9).

/** The seven ATENSI components (direct services), domain README section 3. */
export const ATENSI_COMPONENTS = [
  'hidup_layak',
  'perawatan_sosial',
  'dukungan_keluarga',
  'terapi',
  'vokasional_kewirausahaan',
  'bantuan_asistensi_sosial',
  'aksesibilitas',
] as const;

export const ATENSI_COMPONENT_LABELS: Record<(typeof ATENSI_COMPONENTS)[number], { id: string; en: string }> = {
  hidup_layak: { id: 'Dukungan pemenuhan hidup layak', en: 'Support for a decent living' },
  perawatan_sosial: { id: 'Perawatan sosial dan/atau pengasuhan anak', en: 'Social care and childcare' },
  dukungan_keluarga: { id: 'Dukungan keluarga', en: 'Family support' },
  terapi: { id: 'Terapi fisik, psikososial dan mental spiritual', en: 'Therapy' },
  vokasional_kewirausahaan: {
    id: 'Pelatihan vokasional dan pembinaan kewirausahaan',
    en: 'Vocational training and entrepreneurship',
  },
  bantuan_asistensi_sosial: { id: 'Bantuan sosial dan asistensi sosial', en: 'Social aid and social assistance' },
  aksesibilitas: { id: 'Dukungan aksesibilitas', en: 'Accessibility support' },
};

/** Where social rehabilitation happens. */
export const SERVICE_SETTINGS = ['family_based', 'community_based', 'residential'] as const;

export const SERVICE_SETTING_LABELS: Record<(typeof SERVICE_SETTINGS)[number], { id: string; en: string }> = {
  family_based: { id: 'Berbasis keluarga', en: 'Family-based' },
  community_based: { id: 'Berbasis komunitas', en: 'Community-based' },
  residential: { id: 'Residensial (dalam balai/lembaga)', en: 'Residential' },
};

export const INTAKE_SOURCES = ['self', 'family', 'bnn', 'police', 'court', 'institution', 'outreach', 'other'] as const;

export const CASE_STATUSES = [
  'intake',
  'screening',
  'family_based_rehab',
  'further_assessment',
  'planned',
  'in_service',
  'reintegration',
  'terminated',
  'aftercare',
  'closed',
] as const;

export const TERMINATION_REASONS = [
  'completed',
  'dropped_out',
  'referred_out',
  'transferred',
  'relapsed',
  'died',
] as const;

export const REFERRAL_KINDS = ['transfer', 'service'] as const;

export const REFERRAL_STATUSES = ['pending', 'accepted', 'declined', 'cancelled', 'completed'] as const;
