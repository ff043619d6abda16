import type { Language } from '@atensi/contracts';

/** Messages of the platform: errors, requests, write conventions, common field formats. */
export const platformMessages = {
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
  'id.format': { id: 'ID harus berupa UUID.', en: 'An id is a UUID.' },
  'date.format': { id: 'Tanggal harus berbentuk YYYY-MM-DD.', en: 'A date is written YYYY-MM-DD.' },
  'phone.format': { id: 'Nomor telepon tidak valid.', en: 'The phone number is not valid.' },
  'period.invalid': {
    id: 'Tanggal akhir tidak boleh sebelum tanggal mulai.',
    en: 'The end date cannot be before the start date.',
  },
} as const satisfies Record<string, Record<Language, string>>;
