import type { Language } from '@atensi/contracts';

/** Messages of the institutions registry, partnerships, the workforce and regions. */
export const registryMessages = {
  'region.code_format': {
    id: 'Kode wilayah harus berbentuk PP, PP.KK, PP.KK.CC atau PP.KK.CC.DDDD (titik boleh tidak ditulis).',
    en: 'A region code is PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD (dots optional).',
  },
  'region.query_too_short': {
    id: 'Kata pencarian minimal 2 karakter.',
    en: 'Search for at least 2 characters.',
  },
  'region.not_found': { id: 'Wilayah {code} tidak ditemukan.', en: 'Region {code} was not found.' },
  'institution.code_format': {
    id: 'Kode lembaga hanya huruf besar, angka dan tanda hubung.',
    en: 'An institution code has only upper-case letters, digits and dashes.',
  },
  'institution.code_taken': { id: 'Kode lembaga {code} sudah dipakai.', en: 'The institution code {code} is taken.' },
  'institution.parent_invalid': {
    id: 'Lembaga jenis {type} tidak dapat berinduk pada lembaga jenis {parentType}.',
    en: 'An institution of type {type} cannot have a parent of type {parentType}.',
  },
  'institution.parent_not_found': { id: 'Lembaga induk tidak ditemukan.', en: 'The parent institution was not found.' },
  'institution.region_not_found': {
    id: 'Kode wilayah {code} tidak dikenal.',
    en: 'The region code {code} is unknown.',
  },
  'institution.effective_date_invalid': {
    id: 'Tanggal berlaku perubahan tidak boleh sebelum {since}.',
    en: 'The change cannot take effect before {since}.',
  },
  'institution.closed_before_start': {
    id: 'Tanggal tutup tidak boleh sebelum lembaga berdiri ({since}).',
    en: 'The closing date cannot be before the institution started ({since}).',
  },
  'institution.requirements_ipwl_only': {
    id: 'Persyaratan hanya dicatat untuk IPWL.',
    en: 'Requirements are recorded for IPWL only.',
  },
  'institution.requirement_derived': {
    id: 'Persyaratan ini dihitung dari data SDM bersertifikat, tidak diisi manual.',
    en: 'This requirement is computed from certified staff, not entered by hand.',
  },
  'institution.already_suspended': {
    id: 'Lembaga ini sedang dibekukan.',
    en: 'This institution is already suspended.',
  },
  'institution.not_suspended': { id: 'Lembaga ini tidak sedang dibekukan.', en: 'This institution is not suspended.' },
  'institution.cannot_admit': {
    id: 'Lembaga ini tidak dapat menerima kasus baru ({reason}).',
    en: 'This institution cannot admit new cases ({reason}).',
  },
  'partnership.unit_type': {
    id: 'Pihak pertama kemitraan harus Balai atau Loka.',
    en: 'The first party of a partnership must be a Balai or Loka.',
  },
  'partnership.partner_type': {
    id: 'Mitra tidak boleh Direktorat, Balai atau Loka.',
    en: 'A partner cannot be the Directorate, a Balai or a Loka.',
  },
  'partnership.overlap': {
    id: 'Sudah ada kemitraan antara kedua lembaga ini pada periode tersebut.',
    en: 'These two institutions already have a partnership in that period.',
  },
  'partnership.already_ended': { id: 'Kemitraan ini sudah berakhir.', en: 'This partnership has already ended.' },
  'staff.nik_format': { id: 'NIK terdiri dari 16 angka.', en: 'A NIK is 16 digits.' },
  'staff.nik_taken': {
    id: 'NIK ini sudah terdaftar untuk tenaga yang masih aktif bekerja.',
    en: 'This NIK is already registered for a currently employed staff member.',
  },
  'staff.user_taken': {
    id: 'Akun pengguna ini sudah terhubung dengan tenaga lain.',
    en: 'This user account is already linked to another staff member.',
  },
  'staff.user_not_found': { id: 'Akun pengguna tidak ditemukan.', en: 'User account not found.' },
  'staff.user_other_institution': {
    id: 'Akun pengguna ini milik lembaga lain.',
    en: 'This user account belongs to another institution.',
  },
  'staff.institution_not_found': { id: 'Lembaga tidak ditemukan.', en: 'Institution not found.' },
} as const satisfies Record<string, Record<Language, string>>;
