import type { Language } from '@atensi/contracts';

/** Messages of intervention plans and the service catalogue. */
export const plansMessages = {
  'case.plan_required': {
    id: 'Layanan baru dapat dimulai setelah rencana intervensi aktif (disetujui pengelola untuk risiko sedang/tinggi). Buka tab Rencana.',
    en: 'Service can start once an intervention plan is active (approved by a manager for moderate/high risk). Open the Plan tab.',
  },
  'plan.case_not_plannable': {
    id: 'Rencana intervensi hanya dapat dibuat atau diubah selama kasus berjalan (setelah skrining dan, untuk risiko sedang/tinggi, asesmen lanjut).',
    en: 'An intervention plan is written or changed only while the case runs (after screening and, for moderate/high risk, the further assessment).',
  },
  'plan.open_revision_exists': {
    id: 'Sudah ada revisi rencana yang sedang disusun atau menunggu keputusan. Lanjutkan revisi itu.',
    en: 'A revision of the plan is already being written or waiting for a decision. Continue that one.',
  },
  'plan.not_editable': {
    id: 'Rencana ini tidak dapat diubah lagi (status {status}). Buat revisi dari rencana yang aktif.',
    en: 'This plan can no longer be changed (status {status}). Start a revision of the active plan.',
  },
  'plan.not_submitted': {
    id: 'Hanya rencana yang diajukan yang dapat disetujui atau dikembalikan (status sekarang {status}).',
    en: 'Only a submitted plan can be approved or returned (its status is {status}).',
  },
  'plan.own_plan': {
    id: 'Anda menyusun atau mengajukan rencana ini, sehingga tidak dapat menyetujuinya sendiri. Pengelola lain di lembaga harus memutuskannya.',
    en: 'You wrote or submitted this plan, so you cannot approve it yourself. Another manager of the institution must decide.',
  },
  'plan.not_active': {
    id: 'Hanya rencana yang aktif yang dapat direvisi, dan hanya bila belum ada revisi lain yang terbuka.',
    en: 'Only the active plan can be revised, and only when no other revision is open.',
  },
  'plan.incomplete': {
    id: 'Rencana belum lengkap untuk diajukan: {missing}. Tambahkan minimal satu tujuan dan satu layanan.',
    en: 'The plan is not complete enough to submit: {missing}. Add at least one goal and one service.',
  },
  'plan.too_long': {
    id: 'Rencana paling lama {months} bulan; susun revisi untuk periode berikutnya.',
    en: 'A plan runs at most {months} months; write a revision for the next period.',
  },
  'plan.start_before_case': {
    id: 'Rencana tidak dapat dimulai sebelum kasus dibuka ({date}).',
    en: 'The plan cannot start before the case was opened ({date}).',
  },
  'plan.start_too_far': {
    id: 'Rencana harus dimulai dalam {days} hari ke depan.',
    en: 'The plan must start within the next {days} days.',
  },
  'plan.target_date_outside': {
    id: 'Tanggal target harus di dalam periode rencana.',
    en: 'The target date must fall within the plan’s period.',
  },
  'plan.goal_key_unknown': {
    id: 'Tujuan ini tidak berasal dari revisi sebelumnya kasus ini (atau disebut dua kali).',
    en: 'This goal does not come from an earlier revision of this case (or is given twice).',
  },
  'plan.goal_index': {
    id: 'Layanan ini menunjuk tujuan yang tidak ada.',
    en: 'This service points at a goal that does not exist.',
  },
  'plan.catalogue_item_unknown': {
    id: 'Sub-kegiatan ini tidak ada atau tidak lagi ditawarkan dalam katalog layanan.',
    en: 'This sub-activity does not exist or is no longer offered in the service catalogue.',
  },
  'plan.staff_unknown': {
    id: 'Petugas penanggung jawab harus tenaga yang masih bekerja di lembaga kasus ini.',
    en: 'The responsible worker must be a current staff member of the case’s institution.',
  },
  'catalogue.code_format': {
    id: 'Kode hanya huruf kecil, angka dan garis bawah (2 sampai 60 karakter).',
    en: 'A code is lower-case letters, digits and underscores (2 to 60 characters).',
  },
  'catalogue.code_taken': { id: 'Kode {code} sudah dipakai.', en: 'The code {code} is taken.' },
} as const satisfies Record<string, Record<Language, string>>;
