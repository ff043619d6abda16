import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { ActivityDocument, DocumentKind } from '@atensi/contracts';
import { and, eq } from 'drizzle-orm';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import { cleanFileName, detectContentType } from '../../platform/storage/content-type.js';
import { recordAudit } from '../audit/index.js';
import type { ActivitiesContext } from './activities.context.js';
import { findActivity } from './activities.repository.js';
import { scopeFor } from './activities.service.js';
import { activityDocuments, type DocumentRow } from './activities.table.js';
import { lockOrganisedActivity } from './participants.service.js';

function present(row: DocumentRow): ActivityDocument {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

/**
 * Stores an uploaded document (minutes, report, guideline draft...). Its type is read from the bytes; the file goes
 * to the storage first under a key made of ids, then its row is written in one transaction with the audit event;
 * if that fails the file is removed again, so no row points at nothing and no orphan stays behind (ADR 0011).
 */
export async function uploadDocument(
  context: ActivitiesContext,
  caller: Caller,
  activityId: string,
  upload: { kind: DocumentKind; title: string; fileName: string; content: Buffer },
): Promise<ActivityDocument> {
  authorize(caller.actor, 'activities:manage');
  const scope = await scopeFor(context, caller.actor);
  const activity = await findActivity(context.db, scope, activityId);
  if (!activity) throw new AppError('not_found');
  const detected = detectContentType(upload.content, upload.fileName);
  if (!detected) throw invalidField('body.file', 'document.type_refused');
  const id = uuidv7();
  const key = `activities/${activityId}/${id}`;
  await context.files.storage.put(key, upload.content);
  try {
    const row = await context.db.transaction(async (tx) => {
      await lockOrganisedActivity(tx, caller, scope, activityId);
      const [inserted] = await tx
        .insert(activityDocuments)
        .values({
          id,
          activityId,
          kind: upload.kind,
          title: upload.title,
          fileName: cleanFileName(upload.fileName, detected),
          mediaType: detected.mediaType,
          sizeBytes: upload.content.length,
          sha256: createHash('sha256').update(upload.content).digest('hex'),
          storageKey: key,
          uploadedBy: caller.actor.id,
        })
        .returning();
      if (!inserted) throw new Error('document insert returned nothing');
      await recordAudit(tx, caller.audit, {
        action: 'activity.upload_document',
        entityType: 'activity_document',
        entityId: id,
        institutionId: activity.organiserInstitutionId,
        details: { activityId, kind: upload.kind, mediaType: detected.mediaType, sizeBytes: upload.content.length },
      });
      return inserted;
    });
    return present(row);
  } catch (error) {
    await context.files.storage.remove(key);
    throw error;
  }
}

/** A document's bytes, for whoever sees its activity. */
export async function readDocument(
  context: ActivitiesContext,
  actor: Actor,
  activityId: string,
  documentId: string,
): Promise<{ document: ActivityDocument; content: Readable }> {
  authorize(actor, 'activities:read');
  const scope = await scopeFor(context, actor);
  if (!(await findActivity(context.db, scope, activityId))) throw new AppError('not_found');
  const [row] = await context.db
    .select()
    .from(activityDocuments)
    .where(and(eq(activityDocuments.activityId, activityId), eq(activityDocuments.id, documentId)));
  if (!row) throw new AppError('not_found');
  const content = await context.files.storage.read(row.storageKey);
  if (!content) throw new AppError('not_found', 'document.missing');
  return { document: present(row), content };
}

/** Removes a document: its row in the transaction, then its bytes (a failure there leaves a file, never a row). */
export async function removeDocument(
  context: ActivitiesContext,
  caller: Caller,
  activityId: string,
  documentId: string,
): Promise<void> {
  authorize(caller.actor, 'activities:manage');
  const scope = await scopeFor(context, caller.actor);
  const key = await context.db.transaction(async (tx) => {
    const activity = await lockOrganisedActivity(tx, caller, scope, activityId);
    const [removed] = await tx
      .delete(activityDocuments)
      .where(and(eq(activityDocuments.activityId, activityId), eq(activityDocuments.id, documentId)))
      .returning();
    if (!removed) throw new AppError('not_found');
    await recordAudit(tx, caller.audit, {
      action: 'activity.remove_document',
      entityType: 'activity_document',
      entityId: documentId,
      institutionId: activity.organiserInstitutionId,
      details: { activityId },
    });
    return removed.storageKey;
  });
  await context.files.storage.remove(key);
}
