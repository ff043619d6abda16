import {
  CreateSurveyInput,
  IdParams,
  ImportResponsesInput,
  ImportResult,
  Survey,
  SurveyList,
  SurveyResponseInput,
  SurveyResults,
  SurveyResultsExportQuery,
  SurveyResultsQuery,
  UpdateSurveyInput,
} from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, callerOf } from '../../platform/auth/actor.js';
import { expectedVersion, setEtag } from '../../platform/db/concurrency.js';
import { type ExportColumn, sendTable } from '../../platform/table-export.js';
import type { ActivitiesContext } from '../activities/index.js';
import { surveyResults } from './survey-results.service.js';
import { addResponse, createSurvey, getSurvey, importResponses, listSurveys, updateSurvey } from './surveys.service.js';

const tags = ['surveys'];

type ResultRow = {
  question: string;
  group: string;
  respondents: number;
  option: string;
  count: number;
  share: number | null;
  ciLow: number | null;
  ciHigh: number | null;
};

const RESULT_COLUMNS: ExportColumn<ResultRow>[] = [
  { header: 'pertanyaan', width: 12, value: (row) => row.question },
  { header: 'kelompok', width: 24, value: (row) => row.group },
  { header: 'responden', width: 12, value: (row) => row.respondents },
  { header: 'pilihan', width: 36, value: (row) => row.option },
  { header: 'jumlah', width: 10, value: (row) => row.count },
  { header: 'proporsi', width: 10, value: (row) => row.share },
  { header: 'ci95_bawah', width: 10, value: (row) => row.ciLow },
  { header: 'ci95_atas', width: 10, value: (row) => row.ciHigh },
];

/** Media surveys: definition, responses (one by one or imported from CSV), results with confidence intervals. */
export const surveysRoutes: FastifyPluginAsyncZod<{ context: ActivitiesContext }> = async (app, { context }) => {
  app.get(
    '/surveys',
    {
      config: { policy: 'surveys:read' },
      schema: { tags, summary: 'Surveys, newest first', response: { 200: SurveyList } },
    },
    async (request) => listSurveys(context, actorOf(request)),
  );

  app.post(
    '/surveys',
    {
      config: { policy: 'surveys:manage' },
      schema: {
        tags,
        summary: 'Define a survey: questions with options (codes used by the CSV import)',
        body: CreateSurveyInput,
        response: { 201: Survey },
      },
    },
    async (request, reply) => {
      const survey = await createSurvey(context, callerOf(request), request.body);
      setEtag(reply, survey.version);
      return reply.code(201).header('location', `/api/v1/surveys/${survey.id}`).send(survey);
    },
  );

  app.get(
    '/surveys/:id',
    {
      config: { policy: 'surveys:read' },
      schema: { tags, summary: 'One survey with its questions', params: IdParams, response: { 200: Survey } },
    },
    async (request, reply) => {
      const survey = await getSurvey(context, actorOf(request), request.params.id);
      setEtag(reply, survey.version);
      return survey;
    },
  );

  app.patch(
    '/surveys/:id',
    {
      config: { policy: 'surveys:manage' },
      schema: {
        tags,
        summary: 'Edit a survey (If-Match): open or close it; questions only while it has no responses',
        params: IdParams,
        body: UpdateSurveyInput,
        response: { 200: Survey },
      },
    },
    async (request, reply) => {
      const survey = await updateSurvey(
        context,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      setEtag(reply, survey.version);
      return survey;
    },
  );

  app.post(
    '/surveys/:id/responses',
    {
      config: { policy: 'surveys:manage' },
      schema: {
        tags,
        summary: 'Enter one respondent’s answers (an open survey)',
        params: IdParams,
        body: SurveyResponseInput,
        response: { 201: Survey },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addResponse(context, callerOf(request), request.params.id, request.body)),
  );

  app.post(
    '/surveys/:id/responses/import',
    {
      config: { policy: 'surveys:manage' },
      // A national survey's CSV can pass the API's usual 1 MiB.
      bodyLimit: 10 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Import responses from CSV, all or nothing, with per-row errors',
        description:
          'Any bad row refuses the whole file: 422 `invalid` whose `details` name each problem as ' +
          '`{ path: "body.csv.<row>.<column>", row, column, message }` (row 1 is the header). `dryRun` checks only.',
        params: IdParams,
        body: ImportResponsesInput,
        response: { 200: ImportResult },
      },
    },
    async (request) => importResponses(context, callerOf(request), request.params.id, request.body),
  );

  app.get(
    '/surveys/:id/results',
    {
      config: { policy: 'surveys:read' },
      schema: {
        tags,
        summary: 'Shares per option with 95% confidence intervals (Wilson), by region, age group or sex',
        params: IdParams,
        querystring: SurveyResultsQuery,
        response: { 200: SurveyResults },
      },
    },
    async (request) => surveyResults(context, actorOf(request), request.params.id, request.query),
  );

  app.get(
    '/surveys/:id/results/export',
    {
      config: { policy: 'surveys:read' },
      schema: {
        tags,
        summary: 'The results table (same breakdown) as Excel or CSV',
        params: IdParams,
        querystring: SurveyResultsExportQuery,
        produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: z.string().meta({ description: 'CSV (UTF-8 with BOM) or XLSX' }) },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const results = await surveyResults(context, actorOf(request), request.params.id, query);
      const rows = results.questions.flatMap((question) =>
        [question.overall, ...question.groups].flatMap((table) =>
          table.options.map((option) => ({
            question: question.code,
            group: table.groupLabel ?? 'semua',
            respondents: table.respondents,
            option: option.label,
            count: option.count,
            share: option.share,
            ciLow: option.ciLow,
            ciHigh: option.ciHigh,
          })),
        ),
      );
      return sendTable(reply, 'hasil-survei', format, RESULT_COLUMNS, rows);
    },
  );
};
