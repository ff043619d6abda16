import type { Language } from '@atensi/contracts';

/** Messages of the Directorate's indirect services: activities, documents, follow-up, bimtek, supervision, campaigns, surveys. */
export const activitiesMessages = {
  'activity.organiser_not_found': {
    id: 'Lembaga penyelenggara tidak ditemukan.',
    en: 'The organising institution was not found.',
  },
  'activity.institution_not_found': { id: 'Lembaga tidak ditemukan.', en: 'The institution was not found.' },
  'activity.staff_not_found': {
    id: 'Tenaga tidak ditemukan di daftar SDM yang dapat Anda lihat.',
    en: 'The staff member was not found in the registry you can see.',
  },
  'activity.participant_name_required': {
    id: 'Isi nama peserta, atau pilih tenaga dari daftar SDM.',
    en: 'Give the participant’s name, or pick a staff member from the registry.',
  },
  'activity.participant_exists': {
    id: 'Tenaga ini sudah terdaftar sebagai peserta.',
    en: 'This staff member is already a participant.',
  },
  'activity.participant_certified': {
    id: 'Peserta ini sudah menerima sertifikat; cabut sertifikatnya lebih dulu.',
    en: 'This participant holds a certificate; revoke it first.',
  },
  'document.type_refused': {
    id: 'Jenis berkas tidak diterima. Unggah PDF, gambar PNG/JPEG, dokumen Word/Excel/PowerPoint/OpenDocument atau teks/CSV.',
    en: 'This file type is not accepted. Upload a PDF, a PNG/JPEG image, a Word/Excel/PowerPoint/OpenDocument file or text/CSV.',
  },
  'document.too_large': {
    id: 'Berkas terlalu besar: paling besar {max}.',
    en: 'The file is too large: at most {max}.',
  },
  'document.file_required': { id: 'Pilih berkas yang akan diunggah.', en: 'Choose a file to upload.' },
  'document.one_file': { id: 'Unggah satu berkas pada isian "file".', en: 'Upload one file, in the field "file".' },
  'document.multipart_required': {
    id: 'Unggahan harus berupa multipart/form-data.',
    en: 'An upload must be multipart/form-data.',
  },
  'document.multipart_malformed': {
    id: 'Unggahan tidak dapat dibaca (multipart rusak atau terpotong).',
    en: 'The upload could not be read (malformed or truncated multipart).',
  },
  'document.missing': {
    id: 'Berkas dokumen ini tidak ada lagi di penyimpanan.',
    en: 'This document’s file is no longer in the storage.',
  },
  'action.owner_progress_only': {
    id: 'Lembaga penanggung jawab hanya dapat memperbarui status dan catatan kemajuan.',
    en: 'The owner institution may update only the status and the progress note.',
  },
  'action.done_in_future': {
    id: 'Tanggal selesai tidak boleh di masa depan.',
    en: 'The day done cannot be in the future.',
  },
  'supervision.no_checklist': {
    id: 'Belum ada daftar periksa supervisi; Direktorat perlu menerbitkannya.',
    en: 'There is no supervision checklist yet; the Directorate must publish one.',
  },
  'supervision.not_supervised_type': {
    id: 'Supervisi dilakukan ke Balai/Loka atau IPWL.',
    en: 'Supervision visits a Balai/Loka or an IPWL.',
  },
  'supervision.item_unknown': {
    id: 'Butir ini bukan bagian dari daftar periksa kunjungan ini.',
    en: 'This item is not on the checklist of this visit.',
  },
  'supervision.finding_not_found': {
    id: 'Temuan tidak ditemukan pada kunjungan ini.',
    en: 'The finding was not found on this visit.',
  },
  'supervision.owner_is_visited': {
    id: 'Tindakan perbaikan menjadi tanggung jawab lembaga yang disupervisi.',
    en: 'A corrective action belongs to the institution visited.',
  },
  'bimtek.participant_unknown': {
    id: 'Peserta ini tidak terdaftar pada bimtek ini.',
    en: 'This participant is not registered for this bimtek.',
  },
  'bimtek.certified_locked': {
    id: 'Nilai peserta yang sudah bersertifikat tidak dapat diubah; cabut sertifikatnya lebih dulu.',
    en: 'The results of a certified participant cannot change; revoke the certificate first.',
  },
  'bimtek.attended_days_max': {
    id: 'Kehadiran paling banyak {days} hari.',
    en: 'Attendance is at most {days} days.',
  },
  'bimtek.not_held': {
    id: 'Sertifikat diterbitkan setelah bimtek ditandai terlaksana.',
    en: 'Certificates are issued once the bimtek is marked as held.',
  },
  'bimtek.issued_before_end': {
    id: 'Sertifikat tidak dapat bertanggal sebelum bimtek selesai.',
    en: 'A certificate cannot be dated before the bimtek ended.',
  },
  'bimtek.participant_uncertifiable': {
    id: 'Peserta ini tidak ada atau sudah bersertifikat.',
    en: 'This participant does not exist or is already certified.',
  },
  'bimtek.ineligible_attendance': {
    id: 'Kehadiran peserta ini di bawah syarat minimal.',
    en: 'This participant’s attendance is below the minimum.',
  },
  'bimtek.ineligible_post_test': {
    id: 'Nilai post-test peserta ini di bawah batas lulus.',
    en: 'This participant’s post-test is below the pass mark.',
  },
  'bimtek.ineligible_scores_missing': {
    id: 'Nilai post-test peserta ini belum diisi.',
    en: 'This participant’s post-test score is missing.',
  },
  'bimtek.none_eligible': {
    id: 'Tidak ada peserta yang memenuhi syarat dan belum bersertifikat.',
    en: 'No participant is eligible and still without a certificate.',
  },
  'campaign.metric_not_for_channel': {
    id: 'Ukuran jangkauan ini tidak sesuai untuk saluran {channel}.',
    en: 'This reach metric does not fit the channel {channel}.',
  },
  'survey.code_format': {
    id: 'Kode hanya huruf kecil, angka dan garis bawah, diawali huruf (paling panjang 40).',
    en: 'A code has lower-case letters, digits and underscores, starting with a letter (at most 40).',
  },
  'survey.duplicate_code': { id: 'Kode {code} dipakai dua kali.', en: 'The code {code} is used twice.' },
  'survey.questions_locked': {
    id: 'Pertanyaan tidak dapat diubah setelah ada jawaban.',
    en: 'Questions cannot change once there are responses.',
  },
  'survey.not_open': {
    id: 'Jawaban hanya diterima saat survei dibuka.',
    en: 'Responses are accepted only while the survey is open.',
  },
  'survey.question_unknown': { id: 'Pertanyaan {code} tidak ada di survei ini.', en: 'There is no question {code}.' },
  'survey.option_unknown': {
    id: 'Pilihan {code} tidak ada untuk pertanyaan ini.',
    en: 'There is no option {code} for this question.',
  },
  'survey.single_choice': {
    id: 'Pertanyaan ini hanya menerima satu pilihan.',
    en: 'This question takes one option only.',
  },
  'survey.answer_required': { id: 'Jawab setidaknya satu pertanyaan.', en: 'Answer at least one question.' },
  'survey.period_order': {
    id: 'Akhir pengumpulan data tidak boleh sebelum awalnya.',
    en: 'Fieldwork cannot end before it starts.',
  },
  'survey.import_failed': {
    id: 'Impor dibatalkan: {count} baris bermasalah, tidak ada yang disimpan.',
    en: 'Import refused: {count} rows have problems, nothing was saved.',
  },
  'survey.csv_header': {
    id: 'Baris judul harus memuat region_code, age_group, sex dan kode pertanyaan; tidak dikenal: {columns}.',
    en: 'The header must hold region_code, age_group, sex and question codes; unknown: {columns}.',
  },
  'survey.csv_empty': { id: 'Berkas CSV tidak berisi baris jawaban.', en: 'The CSV has no response rows.' },
  'survey.csv_region': { id: 'Kode wilayah "{value}" tidak dikenal.', en: 'Unknown region code "{value}".' },
  'survey.csv_age': {
    id: 'Kelompok umur "{value}" tidak dikenal (contoh 15_19, atau umur dalam tahun 10-120).',
    en: 'Unknown age group "{value}" (for example 15_19, or an age in years 10-120).',
  },
  'survey.csv_sex': {
    id: 'Jenis kelamin "{value}" tidak dikenal (M/F atau L/P).',
    en: 'Unknown sex "{value}" (M/F or L/P).',
  },
  'survey.csv_option': {
    id: 'Pilihan "{value}" tidak ada untuk pertanyaan {code}.',
    en: 'There is no option "{value}" for question {code}.',
  },
  'survey.csv_columns': {
    id: 'Baris ini memiliki {found} kolom, bukan {expected}.',
    en: 'This row has {found} columns, not {expected}.',
  },
  'survey.csv_unreadable': { id: 'Baris ini tidak dapat dibaca: {reason}.', en: 'This row cannot be read: {reason}.' },
} as const satisfies Record<string, Record<Language, string>>;
