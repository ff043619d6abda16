import type { AssessmentDefinition } from './instruments.js';

// The further assessment (asesmen lanjut) of moderate and high risk: the seven problem areas of the Addiction Severity
// Index (McLellan et al., 5th edition) with the interviewer's 0-9 severity rating, the urine test, the social
// worker's needs across the seven ATENSI components, the stage of change (Prochaska and DiClemente) and the
// recommendation of medical and social rehabilitation (domain README sections 2 and 3).

export const ASESMEN_LANJUT_V1: AssessmentDefinition = {
  kind: 'assessment',
  title: { id: 'Asesmen lanjut', en: 'Further assessment' },
  introduction: {
    id:
      'Untuk risiko sedang dan tinggi. Nilai setiap ranah ASI dengan skala keparahan 0 sampai 9 menurut penilaian ' +
      'pewawancara, catat kebutuhan pada tujuh komponen ATENSI, lalu tetapkan rekomendasi rehabilitasi medis dan sosial.',
    en:
      'For moderate and high risk. Rate each ASI area on the interviewer’s 0 to 9 severity scale, record the needs ' +
      'across the seven ATENSI components, then set the recommendation of medical and social rehabilitation.',
  },
  domains: [
    {
      key: 'medical',
      label: { id: 'Status medis', en: 'Medical status' },
      covers: {
        id: 'penyakit kronis, rawat inap, pengobatan rutin, keluhan fisik 30 hari terakhir',
        en: 'chronic illness, hospital stays, regular medication, physical problems in the past 30 days',
      },
    },
    {
      key: 'employment_support',
      label: { id: 'Pekerjaan dan dukungan hidup', en: 'Employment and support' },
      covers: {
        id: 'pendidikan, keterampilan, pekerjaan, sumber penghasilan, tanggungan',
        en: 'education, skills, work, sources of income, dependants',
      },
    },
    {
      key: 'drug_use',
      label: { id: 'Penggunaan narkoba', en: 'Drug use' },
      covers: {
        id: 'zat yang dipakai, lama dan cara pakai, overdosis, riwayat perawatan',
        en: 'substances used, how long and how, overdoses, past treatment',
      },
    },
    {
      key: 'alcohol_use',
      label: { id: 'Penggunaan alkohol', en: 'Alcohol use' },
      covers: {
        id: 'frekuensi dan jumlah minum, mabuk, gejala putus alkohol',
        en: 'how often and how much, intoxication, withdrawal',
      },
    },
    {
      key: 'legal',
      label: { id: 'Status hukum', en: 'Legal status' },
      covers: {
        id: 'perkara berjalan, penahanan, wajib lapor, putusan pengadilan atau asesmen TAT',
        en: 'pending charges, detention, compulsory reporting, court orders or integrated assessment team (TAT)',
      },
    },
    {
      key: 'family_social',
      label: { id: 'Hubungan keluarga dan sosial', en: 'Family and social relationships' },
      covers: {
        id: 'dukungan dan konflik keluarga, teman sebaya pengguna, kekerasan, pengasuhan anak',
        en: 'family support and conflict, peers who use, violence, care of children',
      },
    },
    {
      key: 'psychiatric',
      label: { id: 'Status psikiatris', en: 'Psychiatric status' },
      covers: {
        id: 'depresi, kecemasan, halusinasi, pikiran atau percobaan bunuh diri, obat psikiatri',
        en: 'depression, anxiety, hallucinations, suicidal thoughts or attempts, psychiatric medication',
      },
    },
  ],
  severityBands: [
    { from: 0, to: 1, label: { id: 'Tidak ada masalah berarti', en: 'No real problem' } },
    { from: 2, to: 3, label: { id: 'Masalah ringan', en: 'Slight problem' } },
    { from: 4, to: 5, label: { id: 'Masalah sedang: perlu penanganan', en: 'Moderate problem: some treatment' } },
    {
      from: 6,
      to: 7,
      label: { id: 'Masalah cukup berat: penanganan perlu', en: 'Considerable problem: treatment necessary' },
    },
    {
      from: 8,
      to: 9,
      label: { id: 'Masalah sangat berat: penanganan mutlak', en: 'Extreme problem: treatment essential' },
    },
  ],
  urineResults: [
    { value: 'negative', label: { id: 'Negatif', en: 'Negative' } },
    { value: 'positive', label: { id: 'Positif', en: 'Positive' } },
    { value: 'not_done', label: { id: 'Tidak dilakukan', en: 'Not done' } },
  ],
  needLevels: [
    { value: 'none', label: { id: 'Tidak perlu', en: 'None' } },
    { value: 'some', label: { id: 'Perlu', en: 'Some' } },
    { value: 'high', label: { id: 'Sangat perlu', en: 'High' } },
  ],
  components: [
    {
      key: 'hidup_layak',
      label: { id: 'Dukungan pemenuhan hidup layak', en: 'Support for a decent living' },
      examples: {
        id: 'pangan, sandang, perlengkapan kebersihan, tempat tinggal',
        en: 'food, clothing, hygiene kits, shelter',
      },
    },
    {
      key: 'perawatan_sosial',
      label: { id: 'Perawatan sosial dan/atau pengasuhan anak', en: 'Social care and childcare' },
      examples: {
        id: 'perawatan residensial, dukungan kegiatan sehari-hari',
        en: 'residential care, daily living support',
      },
    },
    {
      key: 'dukungan_keluarga',
      label: { id: 'Dukungan keluarga', en: 'Family support' },
      examples: {
        id: 'konseling keluarga, kelompok dukungan keluarga, kunjungan rumah',
        en: 'family counselling, family support groups, home visits',
      },
    },
    {
      key: 'terapi',
      label: { id: 'Terapi fisik, psikososial dan mental spiritual', en: 'Therapy' },
      examples: {
        id: 'Therapeutic Community, CBT, wawancara motivasional, bimbingan rohani, olahraga',
        en: 'Therapeutic Community, CBT, motivational interviewing, spiritual guidance, exercise',
      },
    },
    {
      key: 'vokasional_kewirausahaan',
      label: { id: 'Pelatihan vokasional dan pembinaan kewirausahaan', en: 'Vocational training and entrepreneurship' },
      examples: {
        id: 'pangkas rambut, tata boga, desain grafis, otomotif, paket usaha',
        en: 'barbering, baking, graphic design, mechanics, business kits',
      },
    },
    {
      key: 'bantuan_asistensi_sosial',
      label: { id: 'Bantuan sosial dan asistensi sosial', en: 'Social aid and social assistance' },
      examples: { id: 'bantuan tunai atau barang (perlu padan DTKS)', en: 'cash or in-kind aid (needs a DTKS match)' },
    },
    {
      key: 'aksesibilitas',
      label: { id: 'Dukungan aksesibilitas', en: 'Accessibility support' },
      examples: {
        id: 'dokumen kependudukan, jaminan kesehatan, pendidikan, transportasi, alat bantu',
        en: 'civil documents, health insurance, education, transport, assistive devices',
      },
    },
  ],
  stagesOfChange: [
    {
      value: 'precontemplation',
      label: { id: 'Prakontemplasi', en: 'Precontemplation' },
      description: { id: 'Belum melihat penggunaannya sebagai masalah.', en: 'Does not yet see the use as a problem.' },
    },
    {
      value: 'contemplation',
      label: { id: 'Kontemplasi', en: 'Contemplation' },
      description: { id: 'Menimbang untuk berubah, masih ragu.', en: 'Weighing change, still ambivalent.' },
    },
    {
      value: 'preparation',
      label: { id: 'Persiapan', en: 'Preparation' },
      description: {
        id: 'Berniat berubah dalam waktu dekat dan mulai merencanakan.',
        en: 'Intends to change soon and is planning.',
      },
    },
    {
      value: 'action',
      label: { id: 'Tindakan', en: 'Action' },
      description: { id: 'Sedang mengubah perilaku penggunaannya.', en: 'Is changing the behaviour now.' },
    },
    {
      value: 'maintenance',
      label: { id: 'Pemeliharaan', en: 'Maintenance' },
      description: {
        id: 'Menjaga perubahan dan mencegah kekambuhan.',
        en: 'Keeping the change and preventing relapse.',
      },
    },
  ],
  medicalRehab: [
    { value: 'none', label: { id: 'Tidak perlu rehabilitasi medis', en: 'No medical rehabilitation' } },
    { value: 'outpatient_referral', label: { id: 'Rujuk rawat jalan', en: 'Outpatient referral' } },
    { value: 'inpatient_referral', label: { id: 'Rujuk rawat inap', en: 'Inpatient referral' } },
  ],
  socialSettings: [
    {
      value: 'family_based',
      label: { id: 'Berbasis keluarga', en: 'Family-based' },
      description: {
        id: 'Tinggal bersama keluarga, didampingi pendamping.',
        en: 'Lives with the family, with a worker.',
      },
    },
    {
      value: 'community_based',
      label: { id: 'Berbasis komunitas', en: 'Community-based' },
      description: {
        id: 'Layanan di lingkungan dan lembaga setempat.',
        en: 'Services in the local community and institutions.',
      },
    },
    {
      value: 'residential',
      label: { id: 'Residensial (dalam balai/lembaga)', en: 'Residential' },
      description: {
        id: 'Tinggal di Balai/Loka atau IPWL, biasanya sekitar 6 bulan.',
        en: 'Lives at a Balai/Loka or IPWL, typically about 6 months.',
      },
    },
  ],
};
