import type { Language } from '@atensi/contracts';

/** Messages of beneficiaries, NIK and KK checks, cases, consent, referrals and aftercare. */
export const clientsMessages = {
  'nik.format': { id: 'NIK harus 16 angka.', en: 'A NIK is 16 digits.' },
  'nik.serial': {
    id: 'Nomor urut NIK (4 angka terakhir) tidak boleh 0000.',
    en: 'The NIK serial (last 4 digits) cannot be 0000.',
  },
  'nik.date': {
    id: 'Tanggal lahir di dalam NIK tidak valid.',
    en: 'The birth date inside the NIK is not a valid date.',
  },
  'nik.sex_mismatch': {
    id: 'NIK tidak sesuai dengan jenis kelamin (untuk perempuan, tanggal lahir di NIK ditambah 40).',
    en: 'The NIK does not match the sex (for women, 40 is added to the day in the NIK).',
  },
  'nik.birth_date_mismatch': {
    id: 'NIK tidak sesuai dengan tanggal lahir yang diisi.',
    en: 'The NIK does not match the birth date entered.',
  },
  'nik.region_unknown': {
    id: 'Kode kecamatan {code} di dalam NIK tidak ada dalam daftar wilayah Kemendagri.',
    en: 'The district code {code} inside the NIK is not in the Kemendagri region list.',
  },
  'nik.taken': {
    id: 'NIK ini sudah terdaftar.',
    en: 'This NIK is already registered.',
  },
  'kk.format': { id: 'Nomor KK harus 16 angka.', en: 'A family card number is 16 digits.' },
  'beneficiary.nik_or_reason': {
    id: 'Isi NIK, atau alasan tidak memiliki NIK.',
    en: 'Give a NIK, or the reason there is none.',
  },
  'beneficiary.birth_date_range': {
    id: 'Tanggal lahir harus antara 1900-01-01 dan hari ini.',
    en: 'The birth date must be between 1900-01-01 and today.',
  },
  'beneficiary.region_level': {
    id: 'Wilayah domisili minimal kecamatan (PP.KK.CC) atau desa/kelurahan.',
    en: 'The region of residence is a district (PP.KK.CC) or a village.',
  },
  'beneficiary.no_institution': {
    id: 'Akun Anda tidak terikat pada lembaga, sehingga tidak dapat mendaftarkan penerima manfaat.',
    en: 'Your account has no institution, so it cannot register beneficiaries.',
  },
  'case.transition_not_allowed': {
    id: 'Langkah ini tidak dapat dilakukan pada status kasus saat ini. Muat ulang untuk melihat langkah yang tersedia.',
    en: 'This step is not possible in the case’s current status. Reload to see the steps available.',
  },
  'case.assessment_required': {
    id: 'Risiko sedang/tinggi: asesmen lanjut harus selesai sebelum rencana intervensi.',
    en: 'Moderate or high risk: the further assessment must be complete before a plan.',
  },
  'case.termination_reason_required': {
    id: 'Terminasi memerlukan alasan dan tanggal.',
    en: 'Termination needs a reason and a date.',
  },
  'case.aftercare_not_possible': {
    id: 'Bimbingan lanjut tidak dilakukan di lembaga ini untuk kasus yang diterminasi karena meninggal, dipindahkan atau dirujuk keluar.',
    en: 'No aftercare at this institution for a case terminated by death, transfer or referral out.',
  },
  'case.date_invalid': {
    id: 'Tanggal tidak boleh setelah hari ini atau sebelum kasus dibuka ({since}).',
    en: 'The date cannot be after today or before the case was opened ({since}).',
  },
  'case.report_date_invalid': {
    id: 'Tanggal lapor tidak boleh setelah hari ini.',
    en: 'The report date cannot be after today.',
  },
  'beneficiary.search_filter_required': {
    id: 'Isi minimal satu kriteria pencarian: NIK, nama, wilayah atau tanggal lahir.',
    en: 'Give at least one search criterion: NIK, name, region or birth date.',
  },
  'case.action_not_manual': {
    id: 'Langkah ini dilakukan oleh skrining, asesmen atau rencana intervensi, bukan secara manual.',
    en: 'This step is taken by the screening, the assessment or the intervention plan, not by hand.',
  },
  'case.active_exists': {
    id: 'Penerima manfaat ini masih memiliki kasus yang berjalan.',
    en: 'This beneficiary still has a running case.',
  },
  'case.worker_not_found': {
    id: 'Pendamping yang ditugaskan bukan pengguna aktif lembaga ini.',
    en: 'The assigned worker is not an active user of this institution.',
  },
  'case.institution_not_found': { id: 'Lembaga tidak ditemukan.', en: 'Institution not found.' },
  'beneficiary.merge_self': {
    id: 'Tidak dapat menggabungkan data dengan dirinya sendiri.',
    en: 'A record cannot be merged into itself.',
  },
  'beneficiary.merge_merged': {
    id: 'Salah satu data sudah digabungkan sebelumnya.',
    en: 'One of the records was already merged.',
  },
  'beneficiary.merge_nik_conflict': {
    id: 'Kedua data memiliki NIK yang berbeda: ini bukan orang yang sama.',
    en: 'The two records have different NIKs: they are not the same person.',
  },
  'beneficiary.merge_active_cases': {
    id: 'Kedua data masih memiliki kasus yang berjalan. Selesaikan salah satunya terlebih dahulu.',
    en: 'Both records still have a running case. Finish one of them first.',
  },
  'consent.already_revoked': { id: 'Persetujuan ini sudah dicabut.', en: 'This consent was already revoked.' },
  'consent.recipient_not_found': { id: 'Lembaga penerima tidak ditemukan.', en: 'Recipient institution not found.' },
  'referral.consent_required': {
    id: 'Tidak ada persetujuan (consent) yang berlaku untuk merujuk data orang ini ke lembaga tersebut. Catat persetujuannya terlebih dahulu.',
    en: 'There is no valid consent to refer this person’s data to that institution. Record the consent first.',
  },
  'referral.case_not_active': {
    id: 'Hanya kasus yang masih berjalan yang dapat dirujuk.',
    en: 'Only a running case can be referred.',
  },
  'referral.pending_exists': {
    id: 'Kasus ini masih memiliki rujukan yang menunggu jawaban.',
    en: 'This case already has a referral waiting for an answer.',
  },
  'referral.target_invalid': {
    id: 'Lembaga tujuan tidak dapat menerima rujukan ini ({reason}).',
    en: 'The receiving institution cannot take this referral ({reason}).',
  },
  'referral.not_pending': {
    id: 'Rujukan ini tidak lagi menunggu jawaban.',
    en: 'This referral is no longer waiting for an answer.',
  },
  'referral.not_accepted': {
    id: 'Hasil hanya dilaporkan untuk rujukan yang telah diterima.',
    en: 'An outcome is reported only for an accepted referral.',
  },
  'referral.notice': {
    id: 'Data dalam rujukan ini adalah data pribadi spesifik (UU 27/2022) dan diberikan atas persetujuan penerima manfaat untuk tujuan rujukan ini saja. Data ini tidak boleh diteruskan kepada pihak lain.',
    en: 'The data in this referral are specific personal data (UU 27/2022), shared with the beneficiary’s consent for this referral only. They may not be passed on to anyone else.',
  },
  'followup.already_recorded': {
    id: 'Kunjungan bimbingan lanjut ini sudah dicatat.',
    en: 'This follow-up was already recorded.',
  },
  'followup.case_not_in_aftercare': {
    id: 'Kasus ini tidak sedang dalam bimbingan lanjut.',
    en: 'This case is not in aftercare.',
  },
} as const satisfies Record<string, Record<Language, string>>;
