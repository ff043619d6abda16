import { ASESMEN_LANJUT_V1, AssessmentInput } from '@atensi/contracts';
import { describe, expect, test } from 'vitest';
import {
  type AssessmentFormState,
  bandOf,
  missingOf,
  recommendedComponents,
  toAssessmentInput,
} from './assessment-form';

const empty: AssessmentFormState = {
  domains: {},
  urineResult: null,
  urineSubstances: [],
  needs: {},
  stageOfChange: null,
  medicalRehab: null,
  socialSetting: null,
  justification: '',
};

describe('the further-assessment form', () => {
  test('an empty form is a valid empty draft that misses every domain, the stage and the recommendation', () => {
    const input = toAssessmentInput(empty);
    expect(AssessmentInput.safeParse(input).success).toBe(true);
    expect(input).toStrictEqual({ domains: {}, needs: {} });
    expect(missingOf(empty, ASESMEN_LANJUT_V1)).toHaveLength(9);
  });

  test('notes are trimmed and dropped when blank; the recommendation is sent only whole', () => {
    const state: AssessmentFormState = {
      ...empty,
      domains: {
        medical: { rating: 0, note: '  ' },
        legal: { rating: 6, note: ' Wajib lapor ' },
        psychiatric: { rating: null, note: 'x' },
      },
      urineResult: 'negative',
      urineSubstances: ['sabu'],
      needs: { terapi: { need: 'high', note: '' }, aksesibilitas: { need: null, note: '' } },
      medicalRehab: 'outpatient_referral',
      socialSetting: 'residential',
      justification: '   ',
    };
    expect(toAssessmentInput(state)).toStrictEqual({
      domains: { medical: { rating: 0 }, legal: { rating: 6, note: 'Wajib lapor' } },
      needs: { terapi: { need: 'high' } },
      urineTest: { result: 'negative', substances: [] },
    });
  });

  test('ratings read in the ASI bands, and the plan starts from the components with some or high need', () => {
    expect(bandOf(0, ASESMEN_LANJUT_V1)?.label.en).toBe('No real problem');
    expect(bandOf(5, ASESMEN_LANJUT_V1)?.label.en).toBe('Moderate problem: some treatment');
    expect(bandOf(9, ASESMEN_LANJUT_V1)?.label.en).toBe('Extreme problem: treatment essential');
    const state: AssessmentFormState = {
      ...empty,
      needs: {
        aksesibilitas: { need: 'some', note: '' },
        terapi: { need: 'high', note: '' },
        hidup_layak: { need: 'none', note: '' },
      },
    };
    expect(recommendedComponents(state, ASESMEN_LANJUT_V1)).toStrictEqual(['terapi', 'aksesibilitas']);
  });
});
