import { nikProblem } from '@atensi/contracts';
import { describe, expect, test } from 'vitest';
import { transition } from '../modules/cases/index.js';
import { uuidv7At } from './ids.js';
import { Random } from './random.js';
import { buildPerson, type NikRegistry } from './story.js';
import { volumesFor } from './volumes.js';
import { buildWorld, dayOf, type RegionSet } from './world.js';

const regions: RegionSet = {
  provinces: [
    { code: '31', name: 'DKI Jakarta' },
    { code: '73', name: 'Sulawesi Selatan' },
  ],
  regencies: [
    { code: '31.75', name: 'Kota Jakarta Timur', provinceCode: '31' },
    { code: '73.05', name: 'Kabupaten Takalar', provinceCode: '73' },
  ],
  villagesOf: new Map([
    ['31.75', ['31.75.06.1001', '31.75.06.1002', '31.75.01.1001']],
    ['73.05', ['73.05.02.2001']],
  ]),
};
const now = new Date('2026-12-02T03:00:00Z');
const catalogue = ['tr_konseling_individu', 'tr_therapeutic_community', 'dk_kunjungan_rumah'].map((code, n) => ({
  id: `00000000-0000-7000-8000-00000000000${n}`,
  code,
  component: code.startsWith('dk_') ? 'dukungan_keluarga' : 'terapi',
  unit: 'session' as const,
}));
const world = buildWorld({ seed: 7, now, volumes: volumesFor(0.001), regions, catalogue });

test('a date of care is the day in Jakarta (UTC+7), the same when asked again', () => {
  expect(dayOf(Date.parse('2026-12-01T16:59:59.999Z'))).toBe('2026-12-01');
  expect(dayOf(Date.parse('2026-12-01T17:00:00.000Z'))).toBe('2026-12-02');
  expect(dayOf(Date.parse('2026-12-01T17:00:00.000Z'))).toBe('2026-12-02');
  expect(dayOf(Date.parse('2024-02-29T03:00:00.000Z'))).toBe('2024-02-29');
});

describe('the generator’s people and episodes', () => {
  const niks: NikRegistry = new Map();
  const institution = world.institutions.find((i) => i.type === 'ipwl');
  if (!institution) throw new Error('no IPWL in the test world');
  const people = Array.from({ length: 400 }, (_, index) => buildPerson(world, institution, index, niks));

  test('the same seed gives the same person', () => {
    const again = buildPerson(world, institution, 3, new Map());
    expect(again.fullName).toBe(people[3]?.fullName);
    expect(again.episodes.map((e) => e.status)).toStrictEqual(people[3]?.episodes.map((e) => e.status));
  });

  test('every NIK is valid for the person’s sex and birth date, in their district, and unique', () => {
    const seen = new Set<string>();
    for (const person of people) {
      if (!person.nik) continue;
      expect(nikProblem(person.nik, { sex: person.sex, birthDate: person.birthDate })).toBeNull();
      expect(person.nik.slice(0, 6)).toBe(person.regionCode.slice(0, 8).replace(/\./g, ''));
      expect(seen.has(person.nik)).toBe(false);
      seen.add(person.nik);
    }
    expect(seen.size).toBeGreaterThan(300);
  });

  test('every episode history is one the case state machine allows, in time order, up to today', () => {
    for (const person of people) {
      let running = 0;
      for (const episode of person.episodes) {
        let facts = {
          status: 'intake' as const,
          assessmentCompleted: false,
          terminationReason: null,
          hasActivePlan: false,
        } as Parameters<typeof transition>[0];
        let last = 0;
        for (const event of episode.events) {
          expect(event.atMs).toBeGreaterThanOrEqual(last);
          expect(event.atMs).toBeLessThanOrEqual(now.getTime());
          last = event.atMs;
          if (event.action === 'plan_activate' || event.action === 'plan_approve')
            facts = { ...facts, hasActivePlan: true };
          if (event.action.startsWith('plan_')) {
            expect(event.to).toBe(event.from);
            continue;
          }
          if (['open', 'refer', 'transfer_in', 'close_relapse'].includes(event.action)) continue;
          const result = transition(
            { ...facts, assessmentCompleted: episode.assessmentCompleted || facts.assessmentCompleted },
            { action: event.action as never, reason: (event.reason ?? undefined) as never },
          );
          expect(result).toStrictEqual({ ok: true, to: event.to });
          facts = {
            ...facts,
            status: event.to,
            terminationReason: event.action === 'terminate' ? (event.reason as never) : facts.terminationReason,
          };
        }
        expect(episode.status).toBe(episode.events[episode.events.length - 1]?.to);
        if (!['terminated', 'aftercare', 'closed'].includes(episode.status)) running += 1;
      }
      // One running episode per person at most (the partial unique index of migration 0006).
      expect(running).toBeLessThanOrEqual(1);
    }
  });

  test('plans: service starts only under an active plan, and a moderate or high-risk plan is approved by another', () => {
    let planned = 0;
    let revised = 0;
    for (const person of people) {
      for (const episode of person.episodes) {
        const active = episode.plans.filter((plan) => plan.status === 'active');
        expect(active.length).toBeLessThanOrEqual(1);
        expect(episode.activePlanId).toBe(active[0]?.id ?? null);
        if (episode.delivery) {
          expect(active).toHaveLength(1);
          const first = Math.min(...episode.plans.map((plan) => plan.activatedMs ?? Number.POSITIVE_INFINITY));
          expect(first).toBeLessThanOrEqual(episode.delivery.fromMs);
        }
        for (const plan of episode.plans) {
          planned += 1;
          if (plan.revision > 1) revised += 1;
          expect(plan.requiresApproval).toBe(episode.assessmentCompleted);
          if (plan.requiresApproval && plan.activatedMs !== null) {
            expect(plan.decidedBy).not.toBeNull();
            expect(plan.decidedBy).not.toBe(plan.createdBy);
          }
          expect(plan.plannedEndOn > plan.startOn).toBe(true);
        }
      }
    }
    expect(planned).toBeGreaterThan(200);
    expect(revised).toBeGreaterThan(0);
  });

  test('screenings are scored, and only the last of an episode routes it', () => {
    for (const person of people) {
      for (const episode of person.episodes) {
        const steps = episode.screenings.map((s) => s.outcome.nextStep);
        expect(steps.slice(0, -1).every((step) => step === 'no_further_action')).toBe(true);
      }
    }
    const all = people.flatMap((p) => p.episodes.flatMap((e) => e.screenings));
    expect(all.length / people.flatMap((p) => p.episodes).length).toBeGreaterThan(1.5);
  });
});

describe('generated keys', () => {
  test('UUIDv7 with the given millisecond, version 7 and variant 10, and no repeats', () => {
    const random = new Random('ids');
    const ms = Date.UTC(2025, 5, 1, 2, 3, 4, 5);
    const ids = Array.from({ length: 5000 }, () => uuidv7At(ms, random));
    for (const id of ids.slice(0, 50)) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(ms);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('the seeded random numbers repeat for the same seed and stay in range', () => {
    const a = new Random(1, 'x');
    const b = new Random(1, 'x');
    const values = Array.from({ length: 1000 }, () => a.int(3, 9));
    expect(values).toStrictEqual(Array.from({ length: 1000 }, () => b.int(3, 9)));
    expect(Math.min(...values)).toBe(3);
    expect(Math.max(...values)).toBe(9);
    expect(new Random(2, 'x').next()).not.toBe(new Random(1, 'x').next());
  });
});
