import type { VocationalOutcome, VocationalOutcomeInput } from '@atensi/contracts';
import { asc, inArray } from 'drizzle-orm';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError } from '../../platform/http/app-error.js';
import type { MessageKey } from '../../platform/http/messages.js';
import { vocationalOutcomes } from './vocational.table.js';

// Vocational outcomes are written inside other modules' use cases (termination, an aftercare visit), in their
// transaction: this module has no routes of its own and imports no other module.

const DETAIL_FIELD = 'vocational_outcomes.detail';

/** Checks the days of outcomes: not in the future, not before the case opened (paths as the request names them). */
export function checkOutcomeDates(
  outcomes: readonly VocationalOutcomeInput[],
  bounds: { from: string; to: string },
  path: string,
): void {
  const problems: { path: string; messageKey: MessageKey }[] = [];
  outcomes.forEach((outcome, index) => {
    if (outcome.achievedOn > bounds.to || outcome.achievedOn < bounds.from) {
      problems.push({ path: `${path}.${index}.achievedOn`, messageKey: 'vocational.date_outside' });
    }
  });
  if (problems.length > 0)
    throw new AppError('invalid', 'request.invalid_fields', { count: problems.length }, problems);
}

/** Records the outcomes of a termination or of an aftercare visit, in the caller's transaction. */
export async function recordVocationalOutcomes(
  tx: Db,
  cipher: FieldCipher,
  entry: {
    caseId: string;
    stage: 'termination' | 'aftercare';
    followUpId: string | null;
    actorId: string;
    outcomes: readonly VocationalOutcomeInput[];
  },
): Promise<void> {
  if (entry.outcomes.length === 0) return;
  await tx.insert(vocationalOutcomes).values(
    entry.outcomes.map((outcome) => ({
      id: uuidv7(),
      caseId: entry.caseId,
      stage: entry.stage,
      followUpId: entry.followUpId,
      kind: outcome.kind,
      field: outcome.field ?? null,
      achievedOn: outcome.achievedOn,
      detailCipher: cipher.seal(DETAIL_FIELD, outcome.detail),
      recordedBy: entry.actorId,
    })),
  );
}

/** The outcomes of some cases, in the order they were achieved (opened: read them after auditing the read). */
export async function findVocationalOutcomes(
  db: Db,
  cipher: FieldCipher,
  caseIds: readonly string[],
): Promise<VocationalOutcome[]> {
  if (caseIds.length === 0) return [];
  const rows = await db
    .select()
    .from(vocationalOutcomes)
    .where(inArray(vocationalOutcomes.caseId, [...caseIds]))
    .orderBy(asc(vocationalOutcomes.achievedOn), asc(vocationalOutcomes.id));
  return rows.map((row) => ({
    id: row.id,
    caseId: row.caseId,
    stage: row.stage,
    followUpId: row.followUpId,
    kind: row.kind,
    field: row.field,
    achievedOn: row.achievedOn,
    detail: cipher.open(DETAIL_FIELD, row.detailCipher),
    recordedAt: row.recordedAt.toISOString(),
  }));
}
