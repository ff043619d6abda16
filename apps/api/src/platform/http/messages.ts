import type { Language } from '@atensi/contracts';

/**
 * Every message the API says, in Bahasa Indonesia and English. Keys are used as zod `error` values in the
 * contracts too (`{ error: 'region.code_format' }`), so a schema's own message is translated like any other.
 */
const messages = {
  'error.invalid': { id: 'Data yang dikirim tidak valid.', en: 'The request is not valid.' },
  'error.unauthenticated': { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  'error.forbidden': { id: 'Anda tidak berwenang melakukan ini.', en: 'You are not allowed to do this.' },
  'error.not_found': { id: 'Data tidak ditemukan.', en: 'Not found.' },
  'error.conflict': {
    id: 'Data telah diubah atau sudah ada. Muat ulang lalu coba lagi.',
    en: 'The record has changed or already exists. Reload and try again.',
  },
  'error.rate_limited': {
    id: 'Terlalu banyak permintaan. Coba lagi nanti.',
    en: 'Too many requests. Try again later.',
  },
  'error.internal': {
    id: 'Terjadi kesalahan pada server. Kesalahan telah dicatat.',
    en: 'Something went wrong on the server. The error has been logged.',
  },
  'error.route_not_found': {
    id: 'Alamat {method} {path} tidak dikenal.',
    en: 'There is no {method} {path}.',
  },
  'request.malformed_json': {
    id: 'Isi permintaan bukan JSON yang benar.',
    en: 'The request body is not valid JSON.',
  },
  'request.unsupported_media_type': {
    id: 'Jenis isi permintaan tidak didukung; kirim application/json.',
    en: 'Unsupported content type; send application/json.',
  },
  'request.body_too_large': { id: 'Isi permintaan terlalu besar.', en: 'The request body is too large.' },
  'request.body_required': { id: 'Isi permintaan wajib diisi.', en: 'A request body is required.' },
  'request.invalid_fields': {
    id: 'Ada {count} isian yang tidak valid.',
    en: '{count} field(s) are not valid.',
  },
  'concurrency.if_match_required': {
    id: 'Header If-Match wajib diisi dengan versi (ETag) yang terakhir dibaca.',
    en: 'The If-Match header is required, with the version (ETag) last read.',
  },
  'concurrency.if_match_malformed': {
    id: 'Header If-Match tidak valid: gunakan ETag dari respons terakhir.',
    en: 'The If-Match header is malformed: send the ETag of the last response.',
  },
  'concurrency.stale': {
    id: 'Data telah diubah orang lain (versi sekarang {currentVersion}). Muat ulang lalu ulangi perubahan Anda.',
    en: 'Someone else changed this record (current version {currentVersion}). Reload and redo your change.',
  },
  'idempotency.key_malformed': {
    id: 'Header Idempotency-Key harus 1 sampai 200 karakter yang dapat dicetak.',
    en: 'The Idempotency-Key header must be 1 to 200 printable characters.',
  },
  'idempotency.key_reused': {
    id: 'Idempotency-Key ini sudah dipakai untuk permintaan yang berbeda.',
    en: 'This Idempotency-Key was already used for a different request.',
  },
  'idempotency.in_progress': {
    id: 'Permintaan dengan Idempotency-Key ini masih diproses. Coba lagi sebentar lagi.',
    en: 'A request with this Idempotency-Key is still being processed. Retry shortly.',
  },
  'region.code_format': {
    id: 'Kode wilayah harus berbentuk PP, PP.KK, PP.KK.CC atau PP.KK.CC.DDDD (titik boleh tidak ditulis).',
    en: 'A region code is PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD (dots optional).',
  },
  'region.query_too_short': {
    id: 'Kata pencarian minimal 2 karakter.',
    en: 'Search for at least 2 characters.',
  },
  'region.not_found': { id: 'Wilayah {code} tidak ditemukan.', en: 'Region {code} was not found.' },
  'id.format': { id: 'ID harus berupa UUID.', en: 'An id is a UUID.' },
  'date.format': { id: 'Tanggal harus berbentuk YYYY-MM-DD.', en: 'A date is written YYYY-MM-DD.' },
  'institution.code_format': {
    id: 'Kode lembaga hanya huruf besar, angka dan tanda hubung.',
    en: 'An institution code has only upper-case letters, digits and dashes.',
  },
  'phone.format': { id: 'Nomor telepon tidak valid.', en: 'The phone number is not valid.' },
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
  'period.invalid': {
    id: 'Tanggal akhir tidak boleh sebelum tanggal mulai.',
    en: 'The end date cannot be before the start date.',
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
    id: 'Langkah ini dilakukan oleh skrining atau asesmen, bukan secara manual.',
    en: 'This step is taken by the screening or assessment, not by hand.',
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
  'assist.required': { id: 'Pertanyaan ini wajib dijawab.', en: 'This question must be answered.' },
  'assist.absent_when_never_used': {
    id: 'Tidak ditanyakan bila zat ini tidak pernah dipakai (Q1 = tidak).',
    en: 'Not asked when the substance was never used (Q1 = no).',
  },
  'assist.absent_when_not_recent': {
    id: 'Q3 sampai Q5 tidak ditanyakan bila tidak dipakai dalam 3 bulan terakhir (Q2 = tidak pernah).',
    en: 'Q3 to Q5 are not asked when not used in the past 3 months (Q2 = never).',
  },
  'assist.q5_not_for_tobacco': { id: 'Q5 tidak ditanyakan untuk tembakau.', en: 'Q5 is not asked for tobacco.' },
  'screening.case_status': {
    id: 'Skrining hanya untuk kasus pada tahap penerimaan atau skrining.',
    en: 'A screening is for a case at intake or screening.',
  },
  'assessment.case_status': {
    id: 'Asesmen lanjut hanya untuk kasus pada tahap asesmen lanjut.',
    en: 'A further assessment is for a case in further assessment.',
  },
  'assessment.completed': { id: 'Asesmen lanjut ini sudah selesai.', en: 'This further assessment is complete.' },
  'assessment.incomplete': {
    id: 'Asesmen belum lengkap: {missing}.',
    en: 'The assessment is not complete: {missing}.',
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
  'password.too_short': { id: 'Kata sandi minimal 10 karakter.', en: 'A password has at least 10 characters.' },
  'password.too_long': { id: 'Kata sandi maksimal 256 karakter.', en: 'A password has at most 256 characters.' },
  'password.common': {
    id: 'Kata sandi ini terlalu umum dan mudah ditebak. Gunakan frasa yang lebih panjang dan unik.',
    en: 'This password is too common and easy to guess. Use a longer, unique phrase.',
  },
  'password.contains_name': {
    id: 'Kata sandi tidak boleh memuat nama pengguna atau nama Anda.',
    en: 'A password must not contain your username or your name.',
  },
  'username.format': {
    id: 'Nama pengguna 3 sampai 64 karakter: huruf kecil, angka, titik, tanda hubung atau garis bawah.',
    en: 'A username is 3 to 64 characters: lower-case letters, digits, dot, dash or underscore.',
  },
  'totp.code_format': { id: 'Kode TOTP terdiri dari 6 angka.', en: 'A TOTP code is 6 digits.' },
  'auth.invalid_credentials': {
    id: 'Nama pengguna atau kata sandi salah.',
    en: 'Wrong username or password.',
  },
  'auth.totp_required': {
    id: 'Masukkan kode 6 angka dari aplikasi autentikator Anda.',
    en: 'Enter the 6-digit code from your authenticator app.',
  },
  'auth.totp_invalid': {
    id: 'Kode autentikator salah atau sudah dipakai.',
    en: 'The authenticator code is wrong or was already used.',
  },
  'auth.throttled': {
    id: 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {seconds} detik.',
    en: 'Too many failed sign-in attempts. Try again in {seconds} seconds.',
  },
  'auth.session_expired': {
    id: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
    en: 'Your session has ended. Please sign in again.',
  },
  'auth.token_invalid': {
    id: 'Token API tidak valid, kedaluwarsa atau telah dicabut.',
    en: 'The API token is not valid, has expired or was revoked.',
  },
  'auth.csrf_invalid': {
    id: 'Header X-CSRF-Token tidak ada atau salah. Muat ulang halaman lalu coba lagi.',
    en: 'The X-CSRF-Token header is missing or wrong. Reload the page and try again.',
  },
  'auth.password_change_required': {
    id: 'Ganti kata sandi Anda terlebih dahulu.',
    en: 'Change your password first.',
  },
  'auth.totp_enrolment_required': {
    id: 'Peran Anda wajib memakai TOTP: pasang aplikasi autentikator terlebih dahulu.',
    en: 'Your role requires TOTP: set up an authenticator app first.',
  },
  'account.wrong_password': { id: 'Kata sandi saat ini salah.', en: 'The current password is wrong.' },
  'account.same_password': {
    id: 'Kata sandi baru harus berbeda dari yang lama.',
    en: 'The new password must differ from the old one.',
  },
  'totp.not_started': {
    id: 'Mulai penyiapan TOTP terlebih dahulu.',
    en: 'Start the TOTP setup first.',
  },
  'totp.already_enabled': { id: 'TOTP sudah aktif.', en: 'TOTP is already on.' },
  'totp.not_enabled': { id: 'TOTP belum aktif.', en: 'TOTP is not on.' },
  'totp.required_for_role': {
    id: 'TOTP wajib untuk peran Anda dan tidak dapat dimatikan.',
    en: 'TOTP is required for your role and cannot be turned off.',
  },
  'user.username_taken': {
    id: 'Nama pengguna {username} sudah dipakai.',
    en: 'The username {username} is taken.',
  },
  'user.institution_required': {
    id: 'Peran ini wajib memiliki lembaga.',
    en: 'This role needs an institution.',
  },
  'user.institution_not_allowed': {
    id: 'Peran nasional tidak terikat pada lembaga.',
    en: 'A national role has no institution.',
  },
  'user.institution_type_mismatch': {
    id: 'Peran {role} tidak dapat ditempatkan di lembaga jenis {type}.',
    en: 'The role {role} cannot be placed at an institution of type {type}.',
  },
  'user.institution_not_found': { id: 'Lembaga tidak ditemukan.', en: 'Institution not found.' },
  'user.cannot_change_self': {
    id: 'Anda tidak dapat menonaktifkan atau mengubah peran akun Anda sendiri.',
    en: 'You cannot disable your own account or change your own role.',
  },
  'user.last_admin': {
    id: 'Harus tetap ada paling sedikit satu administrator aktif.',
    en: 'At least one active administrator must remain.',
  },
  'audit.cursor_invalid': { id: 'Kursor halaman tidak valid.', en: 'The page cursor is not valid.' },
  'audit.range_invalid': {
    id: 'Tanggal awal harus sebelum atau sama dengan tanggal akhir.',
    en: 'The start date must be on or before the end date.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageKey = keyof typeof messages;

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(messages, value);
}

/** The message in `language`, with `{name}` placeholders filled from `params`. */
export function translate(key: MessageKey, language: Language, params: Record<string, unknown> = {}): string {
  return messages[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
