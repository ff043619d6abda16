import type { Language } from '@atensi/contracts';

/** Messages of sign-in, accounts, passwords, TOTP, users and the audit viewer. */
export const identityMessages = {
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
