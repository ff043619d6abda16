import type { Language } from '@atensi/contracts';

/** Messages of service records, group sessions, residential stays and the service summary. */
export const servicesMessages = {
  'service.duration_required': {
    id: 'Isi lama sesi (menit) untuk layanan berupa sesi.',
    en: 'Give the session’s length (minutes) for a service counted in sessions.',
  },
  'service.quantity_required': {
    id: 'Isi jumlah rupiah untuk layanan berupa uang.',
    en: 'Give the amount in rupiah for a service counted as money.',
  },
  'service.date_future': { id: 'Tanggal tidak boleh di masa depan.', en: 'The date cannot be in the future.' },
  'service.before_case': {
    id: 'Tanggal tidak boleh sebelum kasus dibuka.',
    en: 'The date cannot be before the case was opened.',
  },
  'service.staff_required': {
    id: 'Akun Anda tidak terhubung dengan data SDM lembaga: pilih petugas yang memberi layanan, atau minta pengelola menghubungkan akun Anda di menu SDM.',
    en: 'Your account is not linked to a staff record of the institution: choose who gave the service, or ask a manager to link your account under Staff.',
  },
  'service.case_not_here': {
    id: 'Kasus ini tidak ada di lembaga Anda.',
    en: 'This case is not at your institution.',
  },
  'service.case_twice': {
    id: 'Penerima manfaat ini tercantum dua kali.',
    en: 'This beneficiary is listed twice.',
  },
  'service.case_not_in_service': {
    id: 'Layanan hanya dicatat untuk kasus yang berjalan dengan rencana intervensi aktif. Setujui atau aktifkan rencananya dahulu.',
    en: 'Services are recorded only for a running case with an active intervention plan. Approve or activate its plan first.',
  },
  'service.goal_required': {
    id: 'Pilih tujuan yang kemajuannya dilaporkan.',
    en: 'Choose the goal whose progress is reported.',
  },
  'service.goal_not_in_plan': {
    id: 'Tujuan ini bukan bagian dari rencana intervensi aktif kasus ini.',
    en: 'This goal is not part of the case’s active intervention plan.',
  },
  'stay.case_not_ready': {
    id: 'Penerimaan residensial memerlukan kasus yang berjalan dengan rencana intervensi aktif.',
    en: 'A residential admission needs a running case with an active intervention plan.',
  },
  'stay.plan_not_residential': {
    id: 'Rencana intervensi aktif kasus ini bukan residensial. Revisi rencananya bila perlu.',
    en: 'The case’s active intervention plan is not residential. Revise the plan if needed.',
  },
  'stay.already_open': {
    id: 'Penerima manfaat ini masih tercatat tinggal di lembaga. Catat kepulangannya dahulu.',
    en: 'This beneficiary is still recorded in residence. Record the discharge first.',
  },
  'stay.already_discharged': {
    id: 'Kepulangan sudah dicatat.',
    en: 'The discharge is already recorded.',
  },
  'summary.too_long': {
    id: 'Ringkasan paling lama {months} bulan.',
    en: 'A summary covers at most {months} months.',
  },
  'month.format': { id: 'Bulan ditulis YYYY-MM.', en: 'A month is written YYYY-MM.' },
} as const satisfies Record<string, Record<Language, string>>;
