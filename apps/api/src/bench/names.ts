import { fakerID_ID } from '@faker-js/faker';
import type { Random } from './random.js';

/**
 * Synthetic Indonesian names and addresses from Faker's `id_ID` lists, picked with the generator's own seeded
 * random numbers (much faster than Faker's calls, and the same for the same seed). Never real people.
 */
const person = fakerID_ID.rawDefinitions.person as unknown as {
  first_name: { male: string[]; female: string[] };
  last_name: { male: string[]; female: string[] };
};
const street = (fakerID_ID.rawDefinitions.location as unknown as { street_prefix?: string[] }).street_prefix ?? [
  'Jln.',
];

export function personName(random: Random, sex: 'M' | 'F'): string {
  const firsts = sex === 'F' ? person.first_name.female : person.first_name.male;
  const lasts = sex === 'F' ? person.last_name.female : person.last_name.male;
  // Faker id_ID's three patterns: "first last", "last first", "first first last".
  const pattern = random.int(0, 2);
  if (pattern === 0) return `${random.pick(firsts)} ${random.pick(lasts)}`;
  if (pattern === 1) return `${random.pick(lasts)} ${random.pick(firsts)}`;
  return `${random.pick(firsts)} ${random.pick(firsts)} ${random.pick(lasts)}`;
}

export function nickname(random: Random, fullName: string): string {
  const first = fullName.split(' ')[0] ?? fullName;
  return random.chance(0.5) ? first.slice(0, Math.max(3, Math.ceil(first.length / 2))) : `Bang ${first}`;
}

export function staffNames(random: Random): () => string {
  return () => personName(random, random.chance(0.55) ? 'F' : 'M');
}

export function streetAddress(random: Random): string {
  const name = random.pick(person.last_name.male);
  return `${random.pick(street)} ${name} No. ${random.int(1, 200)}, RT ${String(random.int(1, 15)).padStart(3, '0')}/RW ${String(random.int(1, 12)).padStart(3, '0')}`;
}

export function phoneNumber(random: Random): string {
  return `+62 8${random.int(11, 99)} ${random.int(1000, 9999)} ${random.int(1000, 9999)}`;
}

/** Synthetic notes of the kind workers write (data sintetis: no real person). */
const NOTES = [
  'Klien hadir tepat waktu, motivasi untuk pulih cukup baik (data sintetis).',
  'Keluarga mendukung, ibu klien ikut dalam sesi konseling keluarga (data sintetis).',
  'Klien mengeluh sulit tidur, dirujuk ke konselor untuk tindak lanjut (data sintetis).',
  'Kunjungan rumah: kondisi tempat tinggal layak, hubungan dengan tetangga baik (data sintetis).',
  'Klien mengikuti pelatihan vokasional barbershop, perkembangan baik (data sintetis).',
  'Terjadi konflik dengan teman sekamar, sudah dimediasi oleh pendamping (data sintetis).',
  'Klien menyampaikan keinginan kembali bekerja setelah program selesai (data sintetis).',
  'Hasil tes urine negatif, klien diberi apresiasi dalam kelompok (data sintetis).',
];

export function caseNote(random: Random): string {
  return random.pick(NOTES);
}

export const REFERRAL_REASONS = {
  transfer: 'Risiko sedang-berat, membutuhkan rehabilitasi sosial residensial di Balai (data sintetis).',
  faskes: 'Membutuhkan rehabilitasi medis rawat jalan dan pemeriksaan kesehatan (data sintetis).',
  dinsos: 'Keluarga memerlukan bantuan sosial; mohon verifikasi DTKS (data sintetis).',
} as const;
