import {
  ASSIST_V3,
  type AssistSubstance,
  type ScreeningReport,
  type ScreeningReportQuery,
  type ScreeningReportRow,
  SMALL_COUNT_THRESHOLD,
} from '@atensi/contracts';
import type { Actor } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Db } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/app-error.js';
import { findInstitution, type RegistrySettings, scopeOf, todayInJakarta } from '../institutions/index.js';
import {
  countScreenings,
  countSubstances,
  findInstitutionNames,
  findRegionNames,
  type RawCounts,
  type ScreeningFilter,
} from './reports.repository.js';
import { monthPeriod, suppress } from './suppression.js';

export type ReportsContext = { db: Db; registry: RegistrySettings };

function row(counts: RawCounts, key: string, label: string): ScreeningReportRow {
  return {
    key,
    label,
    screenings: suppress(counts.screenings),
    low: suppress(counts.low),
    moderate: suppress(counts.moderate),
    high: suppress(counts.high),
    injecting: suppress(counts.injecting),
    furtherAssessment: suppress(counts.furtherAssessment),
  };
}

const EMPTY: RawCounts = { key: null, screenings: 0, low: 0, moderate: 0, high: 0, injecting: 0, furtherAssessment: 0 };

/**
 * Screenings of a period counted by routing risk, injecting risk and next step, per month, institution, province of
 * the institution or of the person, or per substance group (with the group's own bands); within the caller's scope,
 * from the reporting views, with small counts suppressed. Aggregates only: reading it is not a read of a record.
 */
export async function screeningReport(
  context: ReportsContext,
  actor: Actor,
  query: ScreeningReportQuery,
): Promise<ScreeningReport> {
  authorize(actor, 'reports:read');
  const scope = await scopeOf(context.db, actor, todayInJakarta(context.registry.clock()));
  // An institution outside the scope does not exist for the caller, as everywhere else.
  if (query.institutionId && !(await findInstitution(context.db, scope, query.institutionId))) {
    throw new AppError('not_found');
  }
  const filter: ScreeningFilter = {
    scope,
    ...monthPeriod(query.from, query.to),
    institutionId: query.institutionId,
    provinceCode: query.provinceCode,
  };
  const [totals = EMPTY] = await countScreenings(context.db, filter, null);
  const raw =
    query.by === 'substance'
      ? await countSubstances(context.db, filter)
      : await countScreenings(context.db, filter, query.by);
  const keys = raw.flatMap((counts) => (counts.key ? [counts.key] : []));
  let labelOf = (key: string) => key;
  if (query.by === 'institution') {
    const names = await findInstitutionNames(context.db, keys);
    labelOf = (key) => names.get(key) ?? key;
  } else if (query.by === 'institution_province' || query.by === 'beneficiary_province') {
    const names = await findRegionNames(context.db, keys);
    labelOf = (key) => names.get(key) ?? key;
  } else if (query.by === 'substance') {
    // In the instrument's order, named in Indonesian (the web app names them in its own language).
    const order = ASSIST_V3.substances.map((substance) => substance.key as string);
    raw.sort((a, b) => order.indexOf(a.key ?? '') - order.indexOf(b.key ?? ''));
    labelOf = (key) => ASSIST_V3.substances.find((item) => item.key === (key as AssistSubstance))?.label.id ?? key;
  }
  return {
    from: query.from,
    to: query.to,
    by: query.by,
    suppressBelow: SMALL_COUNT_THRESHOLD,
    rows: raw.map((counts) => row(counts, counts.key ?? '', labelOf(counts.key ?? ''))),
    total: row(totals, 'total', 'Total'),
  };
}
