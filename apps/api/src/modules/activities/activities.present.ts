import { type Activity, PARTICIPANT_ORIGINS, type ParticipantsByOrigin } from '@atensi/contracts';
import type { Db } from '../../platform/db/database.js';
import { findInstitutionsByIds } from '../institutions/index.js';
import { findRegionsByCodes } from '../regions/index.js';
import { countParticipants } from './activities.repository.js';
import type { ActivityRow } from './activities.table.js';

/** Every origin with a count, zeros included, so tables and charts line up across activities. */
export function fullCounts(counts: Partial<ParticipantsByOrigin> = {}): ParticipantsByOrigin {
  return Object.fromEntries(PARTICIPANT_ORIGINS.map((origin) => [origin, counts[origin] ?? 0])) as ParticipantsByOrigin;
}

/** Activities as the API shows them: names of the organiser, region and province, participants by origin. */
export async function presentActivities(db: Db, rows: ActivityRow[]): Promise<Activity[]> {
  if (rows.length === 0) return [];
  const regionCodes = [...new Set(rows.flatMap((row) => [row.regionCode, row.regionCode.slice(0, 2)]))];
  const [regions, organisers, participants] = await Promise.all([
    findRegionsByCodes(db, regionCodes),
    findInstitutionsByIds(db, [...new Set(rows.map((row) => row.organiserInstitutionId))]),
    countParticipants(
      db,
      rows.map((row) => row.id),
    ),
  ]);
  const regionName = new Map(regions.map((region) => [region.code, region.name]));
  const organiserName = new Map(organisers.map((institution) => [institution.id, institution.name]));
  return rows.map((row) => {
    const byOrigin = fullCounts(participants.get(row.id));
    const provinceCode = row.regionCode.slice(0, 2);
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      description: row.description,
      status: row.status,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      venue: row.venue,
      regionCode: row.regionCode,
      regionName: regionName.get(row.regionCode) ?? row.regionCode,
      provinceCode,
      provinceName: regionName.get(provinceCode) ?? provinceCode,
      organiserInstitutionId: row.organiserInstitutionId,
      organiserName: organiserName.get(row.organiserInstitutionId) ?? '',
      budgetIdr: row.budgetIdr,
      realisedCostIdr: row.realisedCostIdr,
      outcomes: row.outcomes,
      participantTotal: Object.values(byOrigin).reduce((sum, n) => sum + n, 0),
      participantsByOrigin: byOrigin,
      createdAt: row.createdAt.toISOString(),
      version: row.version,
    };
  });
}

export async function presentActivity(db: Db, row: ActivityRow): Promise<Activity> {
  const [presented] = await presentActivities(db, [row]);
  if (!presented) throw new Error('presentActivities lost a row');
  return presented;
}
