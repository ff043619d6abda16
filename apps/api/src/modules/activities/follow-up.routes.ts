import {
  ActionList,
  ActionListQuery,
  ActivityAction,
  ActivityChildParams,
  ActivityDocument,
  CreateActionInput,
  IdParams,
  UpdateActionInput,
  UploadDocumentFields,
} from '@atensi/contracts';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, callerOf } from '../../platform/auth/actor.js';
import { expectedVersion, setEtag } from '../../platform/db/concurrency.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import { RequestValidationError } from '../../platform/http/validation.js';
import { createAction, getAction, listActions, updateAction } from './actions.service.js';
import type { ActivitiesContext } from './activities.context.js';
import { readDocument, removeDocument, uploadDocument } from './documents.service.js';

const tags = ['activities'];

/** "20 MB", or "64 KB" below a megabyte. */
function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** Reads a multipart upload: the `kind` and `title` fields and one `file`, within the configured size. */
async function readUpload(request: FastifyRequest, maxBytes: number) {
  if (!request.isMultipart()) throw new AppError('invalid', 'document.multipart_required', {}, undefined, 400);
  const fields: Record<string, string> = {};
  let file: { fileName: string; content: Buffer } | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (file || part.fieldname !== 'file') {
          part.file.resume();
          throw invalidField('body.file', 'document.one_file');
        }
        file = { fileName: part.filename, content: await part.toBuffer() };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw invalidField('body.file', 'document.too_large', { max: sizeLabel(maxBytes) });
    // Malformed multipart (cut short, no boundary, too many parts): the caller's error, never a 500.
    throw new AppError('invalid', 'document.multipart_malformed', {}, undefined, 400);
  }
  const parsed = UploadDocumentFields.safeParse(fields, { reportInput: true });
  if (!parsed.success) throw new RequestValidationError(parsed.error.issues, 'body');
  if (!file || file.content.length === 0) throw invalidField('body.file', 'document.file_required');
  return { ...parsed.data, ...file };
}

/** Documents and follow-up actions of activities, and the follow-up board across them. */
export const followUpRoutes: FastifyPluginAsyncZod<{ context: ActivitiesContext }> = async (app, { context }) => {
  await app.register(multipart, {
    limits: { fileSize: context.files.maxBytes, files: 1, fields: 4, fieldSize: 1024, parts: 6, headerPairs: 50 },
  });

  app.post(
    '/activities/:id/documents',
    {
      config: { policy: 'activities:manage' },
      schema: {
        tags,
        summary: 'Upload a document (minutes, report, guideline draft, attendance list...)',
        description:
          '`multipart/form-data` with the fields `kind` and `title`, then the part `file`. The type is read from ' +
          'the content (PDF, PNG, JPEG, docx/xlsx/pptx, odt/ods/odp, doc/xls/ppt, UTF-8 text or CSV); anything ' +
          'else, or a file over the configured size (ATENSI_DOCUMENT_MAX_MB), is refused with `invalid`.',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 201: ActivityDocument },
      },
    },
    async (request, reply) => {
      const upload = await readUpload(request, context.files.maxBytes);
      return reply.code(201).send(await uploadDocument(context, callerOf(request), request.params.id, upload));
    },
  );

  app.get(
    '/activities/:id/documents/:childId/content',
    {
      config: { policy: 'activities:read' },
      schema: {
        tags,
        summary: 'Download a document, with the type detected at upload',
        params: ActivityChildParams,
        produces: ['application/octet-stream'],
        response: { 200: z.string().meta({ description: 'The file' }) },
      },
    },
    async (request, reply) => {
      const { document, content } = await readDocument(
        context,
        actorOf(request),
        request.params.id,
        request.params.childId,
      );
      void reply
        .type(document.mediaType)
        .header('content-length', String(document.sizeBytes))
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`)
        .header('cache-control', 'private, no-store');
      return reply.send(content as unknown as string);
    },
  );

  app.delete(
    '/activities/:id/documents/:childId',
    {
      config: { policy: 'activities:manage' },
      schema: { tags, summary: 'Remove a document', params: ActivityChildParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await removeDocument(context, callerOf(request), request.params.id, request.params.childId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/activities/:id/actions',
    {
      config: { policy: 'activities:manage' },
      schema: {
        tags,
        summary: 'Add a follow-up action with an owner and a due date',
        description: 'With `findingId` it is a supervision corrective action, owned by the institution visited.',
        params: IdParams,
        body: CreateActionInput,
        response: { 201: ActivityAction },
      },
    },
    async (request, reply) => {
      const action = await createAction(context, callerOf(request), request.params.id, request.body);
      setEtag(reply, action.version);
      return reply.code(201).send(action);
    },
  );

  app.get(
    '/activity-actions',
    {
      config: { policy: 'activities:read' },
      schema: {
        tags,
        summary: 'The follow-up board: actions within scope, earliest due first',
        description:
          '`overdue=true` lists those past due (open or in progress after the due day); `correctiveOnly=true` the ' +
          'supervision corrective actions. The institution concerned sees the actions it owns.',
        querystring: ActionListQuery,
        response: { 200: ActionList },
      },
    },
    async (request) => listActions(context, actorOf(request), request.query),
  );

  app.get(
    '/activity-actions/:id',
    {
      config: { policy: 'activities:read' },
      schema: { tags, summary: 'One follow-up action', params: IdParams, response: { 200: ActivityAction } },
    },
    async (request, reply) => {
      const action = await getAction(context, actorOf(request), request.params.id);
      setEtag(reply, action.version);
      return action;
    },
  );

  app.patch(
    '/activity-actions/:id',
    {
      config: { policy: 'activities:respond' },
      schema: {
        tags,
        summary: 'Update a follow-up action (If-Match)',
        description:
          'The organiser may change anything; the owner institution’s manager reports progress (status, progress ' +
          'note, day done). `done` without `doneOn` is done today.',
        params: IdParams,
        body: UpdateActionInput,
        response: { 200: ActivityAction },
      },
    },
    async (request, reply) => {
      const action = await updateAction(
        context,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      setEtag(reply, action.version);
      return action;
    },
  );
};
