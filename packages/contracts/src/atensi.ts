import { z } from 'zod';

/** The seven ATENSI components (direct services), domain README section 3. */
export const AtensiComponent = z.enum([
  'hidup_layak',
  'perawatan_sosial',
  'dukungan_keluarga',
  'terapi',
  'vokasional_kewirausahaan',
  'bantuan_asistensi_sosial',
  'aksesibilitas',
]);
export type AtensiComponent = z.infer<typeof AtensiComponent>;

export const ATENSI_COMPONENT_LABELS: Record<AtensiComponent, { id: string; en: string }> = {
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
export const ServiceSetting = z.enum(['family_based', 'community_based', 'residential']);
export type ServiceSetting = z.infer<typeof ServiceSetting>;

export const SERVICE_SETTING_LABELS: Record<ServiceSetting, { id: string; en: string }> = {
  family_based: { id: 'Berbasis keluarga', en: 'Family-based' },
  community_based: { id: 'Berbasis komunitas', en: 'Community-based' },
  residential: { id: 'Residensial (dalam balai/lembaga)', en: 'Residential' },
};

/** A calendar date, `YYYY-MM-DD` (the contract's date format). */
export const IsoDate = z.iso.date({ error: 'date.format' });
