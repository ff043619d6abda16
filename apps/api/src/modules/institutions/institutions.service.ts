import type { InstitutionList, InstitutionListQuery, InstitutionSummary } from '@atensi/contracts';
import type { Actor } from '../../platform/auth/actor.js';
import type { Db } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/app-error.js';
import { findInstitution, findInstitutions } from './institutions.repository.js';
import { scopeOf } from './institutions.scope.js';
import type { InstitutionRow } from './institutions.table.js';

function present(row: InstitutionRow): InstitutionSummary {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    type: row.type,
    parentId: row.parentId,
    regionCode: row.regionCode,
    // Certification records arrive with the institutions registry (issue 4); until then none is recorded.
    certificationStatus: null,
  };
}

export async function listInstitutions(db: Db, actor: Actor, query: InstitutionListQuery): Promise<InstitutionList> {
  const scope = await scopeOf(db, actor);
  return { items: (await findInstitutions(db, scope, query)).map(present) };
}

export async function getInstitution(db: Db, actor: Actor, id: string): Promise<InstitutionSummary> {
  const row = await findInstitution(db, await scopeOf(db, actor), id);
  if (!row) throw new AppError('not_found');
  return present(row);
}
