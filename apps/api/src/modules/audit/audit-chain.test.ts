import { describe, expect, test } from 'vitest';
import { csvField } from '../../platform/csv.js';
import { AUDIT_CHAIN_COUNT, type AuditContent, chainFor, hashEvent } from './audit-chain.js';

const event: AuditContent = {
  id: '01234567-89ab-7def-8123-456789abcdef',
  chain: 'p01',
  seq: 1,
  occurredAt: new Date('2026-11-23T08:00:00.000Z'),
  actorId: 'u-1',
  actorRole: 'pendamping',
  action: 'case.update',
  entityType: 'case',
  entityId: 'c-1',
  institutionId: null,
  ip: '10.0.0.1',
  userAgent: 'x',
  requestId: 'r-1',
  changedFields: ['status'],
  details: { outcome: 'ok' },
};

describe('audit hash chain rules', () => {
  test('the hash covers every field and the predecessor', () => {
    const base = hashEvent(event, 'prev');
    expect(hashEvent({ ...event }, 'prev')).toBe(base);
    expect(hashEvent(event, 'other')).not.toBe(base);
    for (const change of [
      { seq: 2 },
      { actorId: 'u-2' },
      { changedFields: ['notes'] },
      { details: { outcome: 'no' } },
    ]) {
      expect(hashEvent({ ...event, ...change }, 'prev')).not.toBe(base);
    }
  });

  test('an actor always writes to the same one of the chains', () => {
    expect(chainFor('u-1')).toBe(chainFor('u-1'));
    const chains = new Set(Array.from({ length: 500 }, (_, i) => chainFor(`user-${i}`)));
    expect(chains.size).toBe(AUDIT_CHAIN_COUNT);
  });

  test('CSV fields are quoted and formulas defused', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('');
  });
});
