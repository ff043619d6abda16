import type { Caseload, CaseloadWorker, NormedProfession } from '@atensi/contracts';
import { NormedProfession as Professions } from '@atensi/contracts';
import type { Actor } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Db } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/app-error.js';
import { findInstitution, type RegistrySettings, scopeOf, todayInJakarta } from '../institutions/index.js';
import { countCasesPerWorker, findEmployedStaffOf, findUserNames } from './caseload.repository.js';
import { type CaseloadNorms, professionLoad, workerStatus } from './caseload-norms.js';

export type CaseloadContext = { db: Db; registry: RegistrySettings; norms: CaseloadNorms };

function isNormed(role: string | null): role is NormedProfession {
  return role !== null && (Professions.options as readonly string[]).includes(role);
}

/**
 * An institution's caseload against the staffing norms: running cases per profession (one social worker per 7,
 * one counsellor per 10 by default) and per worker. Counts only: no client is named, so reading it is not a read of
 * a client record. Outside the caller's scope the institution does not exist (404).
 */
export async function getCaseload(context: CaseloadContext, actor: Actor, institutionId: string): Promise<Caseload> {
  authorize(actor, 'workforce:read');
  const today = todayInJakarta(context.registry.clock());
  const scope = await scopeOf(context.db, actor, today);
  const institution = await findInstitution(context.db, scope, institutionId);
  if (!institution) throw new AppError('not_found');

  const counts = await countCasesPerWorker(context.db, institutionId);
  const employed = await findEmployedStaffOf(context.db, institutionId, today);
  const countOf = new Map(counts.flatMap((count) => (count.workerId ? [[count.workerId, count]] : [])));
  const activeCases = counts.reduce((sum, count) => sum + count.active, 0);

  const workers: CaseloadWorker[] = [];
  const linkedUsers = new Set<string>();
  for (const member of employed) {
    const count = member.userId ? countOf.get(member.userId) : undefined;
    if (member.userId) linkedUsers.add(member.userId);
    // Staff outside the normed professions appear only when cases are assigned to them.
    if (!isNormed(member.role) && !count) continue;
    const norm = isNormed(member.role) ? context.norms[member.role] : null;
    const active = count?.active ?? 0;
    workers.push({
      userId: member.userId,
      staffId: member.id,
      name: member.fullName,
      role: member.role,
      isInStaffRegistry: true,
      activeCases: active,
      aftercareCases: count?.aftercare ?? 0,
      norm,
      status: workerStatus(active, norm),
    });
  }
  // Accounts carrying cases without a staff record at this institution: shown, so that the registry can be fixed.
  const unregistered = counts.filter((count) => count.workerId && !linkedUsers.has(count.workerId));
  const names = await findUserNames(
    context.db,
    unregistered.flatMap((count) => (count.workerId ? [count.workerId] : [])),
  );
  for (const count of unregistered) {
    if (!count.workerId) continue;
    workers.push({
      userId: count.workerId,
      staffId: null,
      name: names.get(count.workerId) ?? count.workerId,
      role: null,
      isInStaffRegistry: false,
      activeCases: count.active,
      aftercareCases: count.aftercare,
      norm: null,
      status: null,
    });
  }
  workers.sort((a, b) => b.activeCases - a.activeCases || a.name.localeCompare(b.name, 'id'));

  return {
    institutionId,
    asOf: today,
    activeCases,
    unassignedCases: counts.find((count) => count.workerId === null)?.active ?? 0,
    aftercareCases: counts.reduce((sum, count) => sum + count.aftercare, 0),
    professions: Professions.options.map((profession) =>
      professionLoad(
        profession,
        context.norms[profession],
        employed.filter((member) => member.role === profession).length,
        activeCases,
      ),
    ),
    workers,
  };
}
