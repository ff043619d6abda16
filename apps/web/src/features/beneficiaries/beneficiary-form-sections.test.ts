import { describe, expect, test } from 'vitest';
import { socialInput } from './beneficiary-form-sections';

const options = {
  education: [
    { value: 'primary' as const, label: 'SD' },
    { value: 'bachelor' as const, label: 'S1' },
  ],
  employment: [{ value: 'unemployed' as const, label: 'Tidak bekerja' }],
  maritalStatus: [{ value: 'single' as const, label: 'Belum kawin' }],
  disabilities: [
    { value: 'physical' as const, label: 'Fisik' },
    { value: 'sensory' as const, label: 'Sensorik' },
  ],
} as unknown as Parameters<typeof socialInput>[1];

describe('the social fields of a registration', () => {
  test('sends only values of the lists, in the lists’ order, and nothing for what was left empty', () => {
    expect(
      socialInput(
        {
          education: 'bachelor',
          employment: null,
          maritalStatus: 'widowed?',
          disabilities: ['sensory', 'x', 'physical'],
        },
        options,
      ),
    ).toEqual({ education: 'bachelor', disabilities: ['physical', 'sensory'] });
    expect(socialInput({ education: null, employment: null, maritalStatus: null, disabilities: [] }, options)).toEqual(
      {},
    );
  });
});
