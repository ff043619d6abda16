import type { Language } from '@atensi/contracts';

/** Messages of DTKS standing, social aid and vocational outcomes. */
export const dtksMessages = {
  'dtks.id_format': {
    id: 'ID DTKS terdiri dari 4 sampai 40 huruf, angka, titik atau tanda hubung.',
    en: 'A DTKS id is 4 to 40 letters, digits, dots or dashes.',
  },
  'dtks.id_required': { id: 'Isi ID DTKS untuk status padan.', en: 'Give the DTKS id for a match.' },
  'dtks.proposal_closed': {
    id: 'Usulan ini sudah diputuskan ({status}).',
    en: 'This proposal has already been decided ({status}).',
  },
  'social_aid.dtks_unknown': {
    id: 'Bantuan belum dapat disetujui: status DTKS penerima manfaat belum diketahui. Permintaan pemeriksaan DTKS sudah dikirim ke Pusdatin ({date}); setujui setelah Pusdatin mencatat bahwa ia padan.',
    en: 'The aid cannot be approved yet: the beneficiary’s DTKS status is unknown. A DTKS check has been requested from Pusdatin ({date}); approve once Pusdatin records a match.',
  },
  'social_aid.dtks_not_matched': {
    id: 'Bantuan belum dapat disetujui: penerima manfaat tidak padan dengan DTKS. Usulan pencantuman ke DTKS telah dibuat untuk Pusdatin; setujui setelah ia tercantum dan padan.',
    en: 'The aid cannot be approved yet: the beneficiary is not matched in DTKS. A proposal for inclusion in DTKS has been made to Pusdatin; approve once they are included and matched.',
  },
  'social_aid.dtks_nik_problem': {
    id: 'Bantuan belum dapat disetujui: NIK penerima manfaat bermasalah di DTKS ({status}). Perbaiki data kependudukan di Dukcapil (komponen aksesibilitas), lalu minta pemeriksaan DTKS ulang.',
    en: 'The aid cannot be approved yet: the beneficiary’s NIK has a problem in DTKS ({status}). Put the civil registration right at Dukcapil (accessibility component), then ask for a new DTKS check.',
  },
  'social_aid.step_not_allowed': {
    id: 'Langkah ini tidak dapat dilakukan pada permohonan berstatus {status}.',
    en: 'This step is not possible for a request that is {status}.',
  },
  'social_aid.item_unit': {
    id: 'Pilih sub-kegiatan katalog yang dihitung dalam barang atau rupiah.',
    en: 'Choose a catalogue sub-activity counted in items or rupiah.',
  },
  'social_aid.amount_required': { id: 'Isi nilai bantuan dalam rupiah.', en: 'Give the value of the aid in rupiah.' },
  'social_aid.items_required': {
    id: 'Sebutkan barang yang diberikan.',
    en: 'Say which items are given.',
  },
  'social_aid.delivered_before_approval': {
    id: 'Tanggal penyerahan tidak boleh sebelum persetujuan.',
    en: 'The handing over cannot be before the approval.',
  },
  'social_aid.received_before_delivery': {
    id: 'Tanggal penerimaan tidak boleh sebelum penyerahan.',
    en: 'The receipt cannot be before the handing over.',
  },
  'vocational.date_outside': {
    id: 'Tanggal capaian harus antara pembukaan kasus dan hari ini (atau hari kunjungan).',
    en: 'The date must fall between the case’s opening and today (or the visit).',
  },
  'vocational.termination_only': {
    id: 'Capaian vokasional dicatat bersama terminasi atau kunjungan bimbingan lanjut.',
    en: 'Vocational outcomes are recorded with the termination or an aftercare visit.',
  },
} as const satisfies Record<string, Record<Language, string>>;
