import type { AssistDefinition } from './instruments.js';

// WHO ASSIST v3.0 (The ASSIST screening test version 3.0, WHO 2010; domain README section 4), with the local
// substance names the workers hear in Indonesia. Weights and bands are WHO's; changing any of them makes a new
// revision when the API starts, and screenings already made keep theirs.

const frequency = (weights: [number, number, number, number, number]) =>
  [
    { value: 'never', label: { id: 'Tidak pernah', en: 'Never' }, weight: weights[0] },
    { value: 'once_or_twice', label: { id: 'Sekali atau dua kali', en: 'Once or twice' }, weight: weights[1] },
    { value: 'monthly', label: { id: 'Setiap bulan', en: 'Monthly' }, weight: weights[2] },
    { value: 'weekly', label: { id: 'Setiap minggu', en: 'Weekly' }, weight: weights[3] },
    {
      value: 'daily',
      label: { id: 'Setiap hari atau hampir setiap hari', en: 'Daily or almost daily' },
      weight: weights[4],
    },
  ] as const;

const recency = (recent: number, earlier: number) =>
  [
    { value: 'never', label: { id: 'Tidak, tidak pernah', en: 'No, never' }, weight: 0 },
    {
      value: 'past_3_months',
      label: { id: 'Ya, dalam 3 bulan terakhir', en: 'Yes, in the past 3 months' },
      weight: recent,
    },
    {
      value: 'earlier',
      label: { id: 'Ya, tetapi tidak dalam 3 bulan terakhir', en: 'Yes, but not in the past 3 months' },
      weight: earlier,
    },
  ] as const;

const others = { lowUpTo: 3, moderateUpTo: 26, excludedFromRouting: false };

export const ASSIST_V3: AssistDefinition = {
  kind: 'assist',
  title: { id: 'Skrining WHO ASSIST v3.0', en: 'WHO ASSIST v3.0 screening' },
  introduction: {
    id:
      'Tanyakan tentang penggunaan zat sepanjang hidup dan dalam 3 bulan terakhir. Hanya penggunaan non-medis yang ' +
      'dihitung: obat yang dipakai sesuai resep dokter tidak termasuk. Jawaban bersifat rahasia.',
    en:
      'Ask about substance use in the person’s life and in the past 3 months. Only non-medical use counts: medicines ' +
      'taken as prescribed by a doctor do not. Answers are confidential.',
  },
  substances: [
    {
      key: 'tobacco',
      label: { id: 'Produk tembakau', en: 'Tobacco products' },
      examples: {
        id: 'rokok, kretek, cerutu, tembakau kunyah, rokok elektrik',
        en: 'cigarettes, kretek, cigars, chewing tobacco, e-cigarettes',
      },
      ...others,
      excludedFromRouting: true,
    },
    {
      key: 'alcohol',
      label: { id: 'Minuman beralkohol', en: 'Alcoholic beverages' },
      examples: { id: 'bir, anggur, miras, arak, tuak, ciu, ballo', en: 'beer, wine, spirits, arak, tuak, ciu' },
      lowUpTo: 10,
      moderateUpTo: 26,
      excludedFromRouting: false,
    },
    {
      key: 'cannabis',
      label: { id: 'Ganja', en: 'Cannabis' },
      examples: {
        id: 'ganja, cimeng, gele, hasis, tembakau gorila (kanabinoid sintetis)',
        en: 'marijuana, pot, grass, hash, "tembakau gorila" (synthetic cannabinoids)',
      },
      ...others,
    },
    {
      key: 'cocaine',
      label: { id: 'Kokain', en: 'Cocaine' },
      examples: { id: 'kokain, crack', en: 'coke, crack' },
      ...others,
    },
    {
      key: 'amphetamines',
      label: { id: 'Stimulan jenis amfetamin', en: 'Amphetamine-type stimulants' },
      examples: { id: 'sabu (shabu), ekstasi, amfetamin, metamfetamin', en: 'crystal meth (sabu), ecstasy, speed' },
      ...others,
    },
    {
      key: 'inhalants',
      label: { id: 'Inhalansia', en: 'Inhalants' },
      examples: { id: 'lem, tiner, bensin, aerosol', en: 'glue, thinner, petrol, aerosols' },
      ...others,
    },
    {
      key: 'sedatives',
      label: { id: 'Obat penenang atau obat tidur', en: 'Sedatives or sleeping pills' },
      examples: {
        id: 'obat tidur, Lexotan, Valium, alprazolam, pil BK, pil koplo',
        en: 'sleeping pills, Lexotan, Valium, alprazolam, "pil BK", "pil koplo"',
      },
      ...others,
    },
    {
      key: 'hallucinogens',
      label: { id: 'Halusinogen', en: 'Hallucinogens' },
      examples: {
        id: 'LSD, jamur (magic mushroom), kecubung, PCP',
        en: 'LSD, magic mushrooms, kecubung (datura), PCP',
      },
      ...others,
    },
    {
      key: 'opioids',
      label: { id: 'Opioid', en: 'Opioids' },
      examples: {
        id: 'putaw, heroin, morfin, kodein, metadon atau tramadol di luar resep',
        en: 'putaw, heroin, morphine, codeine, methadone or tramadol not as prescribed',
      },
      ...others,
    },
    {
      key: 'other',
      label: { id: 'Zat lain', en: 'Other substances' },
      examples: { id: 'zat lain yang tidak termasuk di atas', en: 'anything not listed above' },
      ...others,
    },
  ],
  questions: [
    {
      key: 'q1',
      text: {
        id: 'Seumur hidup, apakah Anda pernah menggunakan {substance}? (hanya penggunaan non-medis)',
        en: 'In your life, have you ever used {substance}? (non-medical use only)',
      },
      perSubstance: true,
      askedWhen: 'always',
      notFor: [],
      scored: false,
      options: [
        { value: false, label: { id: 'Tidak', en: 'No' }, weight: 0 },
        { value: true, label: { id: 'Ya', en: 'Yes' }, weight: 3 },
      ],
    },
    {
      key: 'q2',
      text: {
        id: 'Dalam 3 bulan terakhir, seberapa sering Anda menggunakan {substance}?',
        en: 'In the past three months, how often have you used {substance}?',
      },
      perSubstance: true,
      askedWhen: 'ever_used',
      notFor: [],
      scored: true,
      options: [...frequency([0, 2, 3, 4, 6])],
    },
    {
      key: 'q3',
      text: {
        id: 'Dalam 3 bulan terakhir, seberapa sering Anda merasakan keinginan atau dorongan kuat untuk menggunakan {substance}?',
        en: 'During the past three months, how often have you had a strong desire or urge to use {substance}?',
      },
      perSubstance: true,
      askedWhen: 'used_past_3_months',
      notFor: [],
      scored: true,
      options: [...frequency([0, 3, 4, 5, 6])],
    },
    {
      key: 'q4',
      text: {
        id: 'Dalam 3 bulan terakhir, seberapa sering penggunaan {substance} menimbulkan masalah kesehatan, sosial, hukum, atau keuangan?',
        en: 'During the past three months, how often has your use of {substance} led to health, social, legal or financial problems?',
      },
      perSubstance: true,
      askedWhen: 'used_past_3_months',
      notFor: [],
      scored: true,
      options: [...frequency([0, 4, 5, 6, 7])],
    },
    {
      key: 'q5',
      text: {
        id: 'Dalam 3 bulan terakhir, seberapa sering Anda gagal melakukan hal yang biasanya diharapkan dari Anda karena penggunaan {substance}?',
        en: 'During the past three months, how often have you failed to do what was normally expected of you because of your use of {substance}?',
      },
      perSubstance: true,
      askedWhen: 'used_past_3_months',
      // ASSIST v3.0: Q5 is not asked for tobacco (WHO manual).
      notFor: ['tobacco'],
      scored: true,
      options: [...frequency([0, 5, 6, 7, 8])],
    },
    {
      key: 'q6',
      text: {
        id: 'Apakah teman, kerabat, atau orang lain pernah menyatakan kekhawatiran tentang penggunaan {substance} oleh Anda?',
        en: 'Has a friend or relative or anyone else ever expressed concern about your use of {substance}?',
      },
      perSubstance: true,
      askedWhen: 'ever_used',
      notFor: [],
      scored: true,
      options: [...recency(6, 3)],
    },
    {
      key: 'q7',
      text: {
        id: 'Apakah Anda pernah mencoba mengendalikan, mengurangi, atau menghentikan penggunaan {substance}, tetapi gagal?',
        en: 'Have you ever tried and failed to control, cut down or stop using {substance}?',
      },
      perSubstance: true,
      askedWhen: 'ever_used',
      notFor: [],
      scored: true,
      options: [...recency(6, 3)],
    },
    {
      key: 'q8',
      text: {
        id: 'Apakah Anda pernah menggunakan narkoba dengan cara disuntik? (hanya penggunaan non-medis)',
        en: 'Have you ever used any drug by injection? (non-medical use only)',
      },
      perSubstance: false,
      askedWhen: 'always',
      notFor: [],
      scored: false,
      options: [...recency(2, 1)],
    },
  ],
  responses: {
    low: {
      code: 'general_advice',
      title: { id: 'Risiko rendah: nasihat umum', en: 'Low risk: general advice' },
      advice: {
        id:
          'Dengan pola penggunaan saat ini, risiko masalah kesehatan dan masalah lain rendah. Berikan nasihat ' +
          'kesehatan umum, dorong untuk tidak menambah penggunaan, dan tawarkan skrining ulang bila keadaan berubah.',
        en:
          'At the current pattern of use, the risk of health and other problems is low. Give general health advice, ' +
          'encourage not to increase use, and offer to screen again if things change.',
      },
    },
    moderate: {
      code: 'brief_intervention',
      title: { id: 'Risiko sedang: intervensi singkat', en: 'Moderate risk: brief intervention' },
      advice: {
        id:
          'Pola penggunaan saat ini berisiko menimbulkan masalah kesehatan dan masalah lain. Lakukan intervensi ' +
          'singkat (umpan balik skor, nasihat, pilihan tujuan bersama klien) dan berikan informasi tertulis.',
        en:
          'The current pattern of use puts the person at risk of health and other problems. Give a brief ' +
          'intervention (feedback on the score, advice, goals chosen with the person) and written information.',
      },
    },
    high: {
      code: 'brief_intervention_and_referral',
      title: {
        id: 'Risiko tinggi: intervensi singkat dan rujukan',
        en: 'High risk: brief intervention and referral',
      },
      advice: {
        id:
          'Risiko tinggi mengalami masalah berat (kesehatan, sosial, keuangan, hukum, hubungan) dan kemungkinan ' +
          'ketergantungan. Lakukan intervensi singkat, lalu rujuk untuk asesmen lanjut dan terapi yang lebih intensif.',
        en:
          'High risk of severe problems (health, social, financial, legal, relationships) and likely dependence. ' +
          'Give a brief intervention, then refer for further assessment and more intensive treatment.',
      },
    },
  },
  injecting: {
    when: 'past_3_months',
    raisesTo: 'moderate',
    advice: {
      id:
        'Menyuntik dalam 3 bulan terakhir: berikan informasi risiko penyuntikan, tawarkan rujukan tes HIV serta ' +
        'hepatitis B dan C, dan lanjutkan ke asesmen lanjut.',
      en:
        'Injecting in the past 3 months: give the injecting-risk information, offer referral for HIV and hepatitis B ' +
        'and C testing, and go on to the further assessment.',
    },
  },
};
