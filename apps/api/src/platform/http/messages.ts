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
