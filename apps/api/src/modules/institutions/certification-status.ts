import type { CertificationStatus, InstitutionType, StaffCertificationStatus } from '@atensi/contracts';

// Pure rules over calendar dates (`YYYY-MM-DD`), with "today" passed in: no clock, no I/O.

/** Today's date in Western Indonesia Time (UTC+7), where the day of a Directorate decision is counted. */
export function todayInJakarta(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * A certificate valid until `validUntil` (inclusive) is `active`, `expiring` from `expiringDays` days before its
 * last day, and `expired` from the day after. No end date: active.
 */
export function validityStatus(
  validUntil: string | null,
  today: string,
  expiringDays: number,
): StaffCertificationStatus {
  if (validUntil === null) return 'active';
  const daysLeft = daysBetween(today, validUntil);
  if (daysLeft < 0) return 'expired';
  return daysLeft <= expiringDays ? 'expiring' : 'active';
}

export type Period = { validFrom: string; validUntil: string };
export type SuspensionPeriod = { suspendedOn: string; liftedOn: string | null };

export type InstitutionCertification = { status: CertificationStatus | null; validUntil: string | null };

/**
 * An institution's certification today: `suspended` while a suspension runs (from its first day until the day
 * before it is lifted); otherwise from the accreditation that started on or before today and ends last; none ever
 * started: null (not recorded).
 */
export function institutionCertification(
  accreditations: readonly Period[],
  suspensions: readonly SuspensionPeriod[],
  today: string,
  expiringDays: number,
): InstitutionCertification {
  const started = accreditations.filter((period) => period.validFrom <= today);
  const latest = started.reduce<Period | null>(
    (best, period) => (best === null || period.validUntil > best.validUntil ? period : best),
    null,
  );
  const validUntil = latest?.validUntil ?? null;
  const isSuspended = suspensions.some(
    (suspension) => suspension.suspendedOn <= today && (suspension.liftedOn === null || suspension.liftedOn > today),
  );
  if (isSuspended) return { status: 'suspended', validUntil };
  if (!latest) return { status: null, validUntil: null };
  return { status: validityStatus(latest.validUntil, today, expiringDays), validUntil };
}

export type AdmissionBlock = 'certification_expired' | 'suspended' | 'not_certified' | 'closed';

/**
 * Whether an institution may open new cases: a closed unit never; an IPWL only with a current certification
 * (`active` or `expiring`). Other types are not certified by this registry and may admit.
 */
export function admissionBlock(
  type: InstitutionType,
  status: CertificationStatus | null,
  closedOn: string | null,
  today: string,
): AdmissionBlock | null {
  if (closedOn !== null && closedOn <= today) return 'closed';
  if (status === 'suspended') return 'suspended';
  if (type !== 'ipwl') return null;
  if (status === 'expired') return 'certification_expired';
  if (status === null) return 'not_certified';
  return null;
}

const STATUS_RANK: Record<StaffCertificationStatus, number> = { active: 2, expiring: 1, expired: 0 };

/** The best of several statuses (a renewed certificate hides the expired one); null for none. */
export function bestStatus(statuses: readonly StaffCertificationStatus[]): StaffCertificationStatus | null {
  return statuses.reduce<StaffCertificationStatus | null>(
    (best, status) => (best === null || STATUS_RANK[status] > STATUS_RANK[best] ? status : best),
    null,
  );
}
