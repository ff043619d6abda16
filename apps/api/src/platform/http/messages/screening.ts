import type { Language } from '@atensi/contracts';

/** Messages of ASSIST screening and the further assessment. */
export const screeningMessages = {
  'assist.required': { id: 'Pertanyaan ini wajib dijawab.', en: 'This question must be answered.' },
  'assist.absent_when_never_used': {
    id: 'Tidak ditanyakan bila zat ini tidak pernah dipakai (Q1 = tidak).',
    en: 'Not asked when the substance was never used (Q1 = no).',
  },
  'assist.absent_when_not_recent': {
    id: 'Q3 sampai Q5 tidak ditanyakan bila tidak dipakai dalam 3 bulan terakhir (Q2 = tidak pernah).',
    en: 'Q3 to Q5 are not asked when not used in the past 3 months (Q2 = never).',
  },
  'assist.not_asked_for_substance': {
    id: 'Pertanyaan ini tidak ditanyakan untuk kelompok zat ini (Q5 tidak untuk tembakau).',
    en: 'This question is not asked for this substance group (Q5 is not asked for tobacco).',
  },
  'instrument.revision_not_found': {
    id: 'Revisi {revision} dari instrumen {instrument} tidak ada.',
    en: 'Instrument {instrument} has no revision {revision}.',
  },
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
} as const satisfies Record<string, Record<Language, string>>;
