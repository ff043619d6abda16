import { DtksStatus, SocialAidStatus } from '@atensi/contracts';
import { describe, expect, test } from 'vitest';
import { aidActions, dtksGate, nextAidStatus } from './social-aid-rules.js';

describe('social aid rules', () => {
  test('only a DTKS match lets aid be approved; each other standing names what happens instead', () => {
    expect(DtksStatus.options.map((status) => [status, dtksGate(status)])).toStrictEqual([
      ['unknown', 'await_check'],
      ['matched', 'approve'],
      ['not_matched', 'propose_inclusion'],
      ['nik_duplicate', 'fix_nik'],
      ['nik_blocked', 'fix_nik'],
    ]);
  });

  test('requested -> approved -> delivered -> received; rejected and cancelled are final', () => {
    expect(nextAidStatus('requested', 'approve')).toBe('approved');
    expect(nextAidStatus('approved', 'deliver')).toBe('delivered');
    expect(nextAidStatus('delivered', 'receipt')).toBe('received');
    expect(nextAidStatus('requested', 'deliver')).toBeNull();
    expect(nextAidStatus('delivered', 'cancel')).toBeNull();
    for (const status of ['rejected', 'cancelled', 'received'] as const) {
      expect(aidActions(status, { canWrite: true, canApprove: true })).toStrictEqual([]);
    }
  });

  test('managers decide, workers deliver and record receipt', () => {
    expect(aidActions('requested', { canWrite: true, canApprove: false })).toStrictEqual(['cancel']);
    expect(aidActions('requested', { canWrite: true, canApprove: true })).toStrictEqual([
      'approve',
      'reject',
      'cancel',
    ]);
    expect(aidActions('approved', { canWrite: true, canApprove: false })).toStrictEqual(['deliver', 'cancel']);
    for (const status of SocialAidStatus.options) {
      expect(aidActions(status, { canWrite: false, canApprove: false })).toStrictEqual([]);
    }
  });
});
