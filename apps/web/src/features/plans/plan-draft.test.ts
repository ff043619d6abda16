import type { Assessment, CatalogueItem } from '@atensi/contracts';
import { describe, expect, test } from 'vitest';
import { draftFromAssessment, draftProblems, toPlanInput } from './plan-draft';

const catalogue: CatalogueItem[] = [
  {
    id: 'tc',
    code: 'tr_tc',
    component: 'terapi',
    name: { id: 'TC', en: 'TC' },
    unit: 'session',
    isActive: true,
    position: 1,
    version: 1,
  },
  {
    id: 'visit',
    code: 'dk_visit',
    component: 'dukungan_keluarga',
    name: { id: 'Kunjungan', en: 'Visit' },
    unit: 'session',
    isActive: true,
    position: 1,
    version: 1,
  },
  {
    id: 'cash',
    code: 'ba_cash',
    component: 'bantuan_asistensi_sosial',
    name: { id: 'Tunai', en: 'Cash' },
    unit: 'amount',
    isActive: true,
    position: 1,
    version: 1,
  },
];

const assessment = {
  recommendedComponents: ['dukungan_keluarga', 'terapi', 'bantuan_asistensi_sosial'],
  recommendation: { socialSetting: 'residential', medicalRehab: 'none', justification: 'x' },
} as unknown as Assessment;

describe('the plan editor’s draft', () => {
  test('pre-fills goals from the assessment’s components and the recommended setting, 6 months for residential', () => {
    const draft = draftFromAssessment(assessment, catalogue, '2026-03-02');
    expect(draft.setting).toBe('residential');
    expect(draft.plannedEndOn).toBe('2026-09-02');
    expect(draft.goals.map((goal) => goal.component)).toStrictEqual([
      'dukungan_keluarga',
      'terapi',
      'bantuan_asistensi_sosial',
    ]);
    expect(draft.services.map((service) => [service.catalogueItemId, service.period])).toStrictEqual([
      ['visit', 'per_week'],
      ['tc', 'per_week'],
      ['cash', 'total'],
    ]);
  });

  test('a low-risk case without an assessment starts family-based with one empty goal', () => {
    const draft = draftFromAssessment(null, catalogue, '2026-03-02');
    expect(draft).toMatchObject({ setting: 'family_based', plannedEndOn: '2026-06-02', services: [] });
    expect(draft.goals).toHaveLength(1);
  });

  test('what is missing is named at its field; the input refers to goals by position', () => {
    const draft = draftFromAssessment(assessment, catalogue, '2026-03-02');
    expect(Object.keys(draftProblems(draft, catalogue))).toContain('goals.0.description');
    expect(draftProblems(draft, catalogue)['services.2.quantity']).toBe('required');
    const filled = {
      ...draft,
      goals: draft.goals.map((goal) => ({ ...goal, description: 'Tujuan', target: 'Target terukur' })),
      services: draft.services.map((service) => ({
        ...service,
        quantity: service.quantity === '' ? 500000 : service.quantity,
      })),
    };
    expect(draftProblems(filled, catalogue)).toStrictEqual({});
    const input = toPlanInput(filled, catalogue);
    expect(input.services.map((service) => [service.goal, service.quantity])).toStrictEqual([
      [0, undefined],
      [1, undefined],
      [2, 500000],
    ]);
  });
});
