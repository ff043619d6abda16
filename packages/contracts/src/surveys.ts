import { z } from 'zod';
import { IsoDate } from './atensi.js';
import { RegionCodeInput } from './regions.js';

// Media surveys: the Directorate asks which media work for prevention (seed 000: TV 40%, social media 30%,
// banners/brochures/pamphlets 13%, other 17%) and reads shares with 95% confidence intervals (Wilson score).
// Respondents are anonymous: region, age group and sex only.

export const AgeGroup = z.enum(['10_14', '15_19', '20_24', '25_34', '35_44', '45_59', '60_plus']);
export type AgeGroup = z.infer<typeof AgeGroup>;
export const AGE_GROUPS = AgeGroup.options;

export const RespondentSex = z.enum(['M', 'F']);
export const QuestionKind = z.enum(['single', 'multiple']);
export type QuestionKind = z.infer<typeof QuestionKind>;
export const SurveyStatus = z.enum(['draft', 'open', 'closed']);
export type SurveyStatus = z.infer<typeof SurveyStatus>;

const Code = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'survey.code_format' });

export const SurveyQuestion = z.object({
  id: z.string(),
  code: z.string(),
  text: z.string(),
  kind: QuestionKind,
  options: z.array(z.object({ id: z.string(), code: z.string(), label: z.string() })),
});
export type SurveyQuestion = z.infer<typeof SurveyQuestion>;

export const Survey = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    status: SurveyStatus,
    fieldworkFrom: z.string().nullable(),
    fieldworkTo: z.string().nullable(),
    questions: z.array(SurveyQuestion),
    responses: z.number().int(),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Survey' });
export type Survey = z.infer<typeof Survey>;
export const SurveyList = z.object({ items: z.array(Survey) });
export type SurveyList = z.infer<typeof SurveyList>;

const QuestionInput = z
  .object({
    code: Code,
    text: z.string().trim().min(3).max(500),
    kind: QuestionKind.default('single'),
    options: z
      .array(z.object({ code: Code, label: z.string().trim().min(1).max(200) }).strict())
      .min(2)
      .max(30),
  })
  .strict();

export const CreateSurveyInput = z
  .object({
    title: z.string().trim().min(3).max(200),
    description: z.string().trim().max(2000).nullable().optional(),
    fieldworkFrom: IsoDate.nullable().optional(),
    fieldworkTo: IsoDate.nullable().optional(),
    questions: z.array(QuestionInput).min(1).max(50),
  })
  .strict();
export type CreateSurveyInput = z.infer<typeof CreateSurveyInput>;

export const UpdateSurveyInput = CreateSurveyInput.partial()
  .extend({ status: SurveyStatus.optional() })
  .strict()
  .meta({ description: 'Questions can change only while the survey has no responses' });
export type UpdateSurveyInput = z.infer<typeof UpdateSurveyInput>;

export const SurveyResponseInput = z
  .object({
    regionCode: RegionCodeInput,
    ageGroup: AgeGroup,
    sex: RespondentSex,
    answers: z
      .record(z.string().max(40), z.union([z.string().max(40), z.array(z.string().max(40)).max(30)]))
      .meta({ description: 'By question code: an option code, or a list of them for a multiple-choice question' }),
  })
  .strict();
export type SurveyResponseInput = z.infer<typeof SurveyResponseInput>;

export const ImportResponsesInput = z
  .object({
    csv: z
      .string()
      .min(1)
      .max(8_000_000)
      .meta({
        description:
          'Header `region_code,age_group,sex,<question code>...`; age as a group (`15_19`) or years; sex M/F or L/P; ' +
          'several options of a multiple-choice question separated by `|`',
      }),
    dryRun: z.boolean().default(false),
  })
  .strict();
export type ImportResponsesInput = z.infer<typeof ImportResponsesInput>;

export const ImportResult = z.object({
  rows: z.number().int(),
  imported: z.number().int(),
  dryRun: z.boolean(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const Breakdown = z.enum(['none', 'region', 'age_group', 'sex']);
export type Breakdown = z.infer<typeof Breakdown>;

export const SurveyResultsQuery = z
  .object({
    by: Breakdown.default('none'),
    questionCode: z.string().max(40).optional(),
  })
  .strict();
export type SurveyResultsQuery = z.infer<typeof SurveyResultsQuery>;
export const SurveyResultsExportQuery = SurveyResultsQuery.extend({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
}).strict();

export const OptionShare = z.object({
  optionCode: z.string(),
  label: z.string(),
  count: z.number().int(),
  share: z.number().nullable().meta({ description: '0 to 1, of the respondents who answered the question' }),
  ciLow: z.number().nullable(),
  ciHigh: z.number().nullable(),
});
export type OptionShare = z.infer<typeof OptionShare>;

export const ShareTable = z.object({
  group: z.string().nullable().meta({ description: 'The breakdown group (province code, age group, sex), or null' }),
  groupLabel: z.string().nullable(),
  respondents: z.number().int(),
  options: z.array(OptionShare),
});
export type ShareTable = z.infer<typeof ShareTable>;

export const SurveyResults = z
  .object({
    surveyId: z.string(),
    by: Breakdown,
    confidenceLevel: z.number(),
    method: z.literal('wilson'),
    questions: z.array(
      z.object({
        questionId: z.string(),
        code: z.string(),
        text: z.string(),
        kind: QuestionKind,
        overall: ShareTable,
        groups: z.array(ShareTable),
      }),
    ),
  })
  .meta({ id: 'SurveyResults' });
export type SurveyResults = z.infer<typeof SurveyResults>;
