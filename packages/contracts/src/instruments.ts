import { z } from 'zod';
import { AsiDomain, MedicalRehab, NeedLevel, StageOfChange } from './assessment.js';
import { AtensiComponent, ServiceSetting } from './atensi.js';
import { AssistFrequency, AssistRecency, AssistSubstance, RiskLevel, WhoResponse } from './screening.js';

// Instruments as versioned data (issue 6, ADR 0009): the wording, the answer options and their weights, the skip
// rules, the scoring and the bands of each instrument are a definition. The definitions below are the source; the
// API stores every distinct definition as a numbered revision, scores with the newest, and keeps on each screening
// or assessment the revision it was made with, so that history never changes when an instrument does.

/** A text in Bahasa Indonesia and English. `{substance}` in a question is the substance group's name. */
export const LocalizedText = z.object({ id: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const InstrumentCode = z.enum(['assist-3.0', 'asesmen-lanjut-1']);
export type InstrumentCode = z.infer<typeof InstrumentCode>;

export const AssistQuestionKey = z.enum(['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8']);
export type AssistQuestionKey = z.infer<typeof AssistQuestionKey>;

const AssistOption = z.object({
  value: z.union([z.boolean(), AssistFrequency, AssistRecency]),
  label: LocalizedText,
  weight: z.number().int().min(0),
});

export const AssistDefinition = z.object({
  kind: z.literal('assist'),
  title: LocalizedText,
  introduction: LocalizedText,
  substances: z.array(
    z.object({
      key: AssistSubstance,
      label: LocalizedText,
      examples: LocalizedText,
      /** The highest score of the low band, and of the moderate band; above it is high. */
      lowUpTo: z.number().int(),
      moderateUpTo: z.number().int(),
      /** Scored and shown, but not part of the routing risk (tobacco: a smoker is not sent to drug rehabilitation). */
      excludedFromRouting: z.boolean(),
    }),
  ),
  questions: z.array(
    z.object({
      key: AssistQuestionKey,
      text: LocalizedText,
      /** Asked once per substance group, or once for the whole screening (Q8). */
      perSubstance: z.boolean(),
      /** `always`; `ever_used`: Q1 yes; `used_past_3_months`: Q2 not never. */
      askedWhen: z.enum(['always', 'ever_used', 'used_past_3_months']),
      /** Substance groups the question is never asked for (Q5: tobacco). */
      notFor: z.array(AssistSubstance),
      /** Part of the Specific Substance Involvement Score. */
      scored: z.boolean(),
      options: z.array(AssistOption).min(2),
    }),
  ),
  /** WHO's response to each band, shown to the worker with the result. */
  responses: z.object({
    low: z.object({ code: WhoResponse, title: LocalizedText, advice: LocalizedText }),
    moderate: z.object({ code: WhoResponse, title: LocalizedText, advice: LocalizedText }),
    high: z.object({ code: WhoResponse, title: LocalizedText, advice: LocalizedText }),
  }),
  /** Q8 "yes, in the past 3 months": the flag, the least routing risk it raises to, and the prompt to the worker. */
  injecting: z.object({ when: AssistRecency, raisesTo: RiskLevel, advice: LocalizedText }),
});
export type AssistDefinition = z.infer<typeof AssistDefinition>;

export const AssessmentDefinition = z.object({
  kind: z.literal('assessment'),
  title: LocalizedText,
  introduction: LocalizedText,
  domains: z.array(z.object({ key: AsiDomain, label: LocalizedText, covers: LocalizedText })),
  /** The interviewer severity rating, 0 to 9, read in bands (ASI). */
  severityBands: z.array(z.object({ from: z.number().int(), to: z.number().int(), label: LocalizedText })),
  urineResults: z.array(z.object({ value: z.enum(['negative', 'positive', 'not_done']), label: LocalizedText })),
  needLevels: z.array(z.object({ value: NeedLevel, label: LocalizedText })),
  components: z.array(z.object({ key: AtensiComponent, label: LocalizedText, examples: LocalizedText })),
  stagesOfChange: z.array(z.object({ value: StageOfChange, label: LocalizedText, description: LocalizedText })),
  medicalRehab: z.array(z.object({ value: MedicalRehab, label: LocalizedText })),
  socialSettings: z.array(z.object({ value: ServiceSetting, label: LocalizedText, description: LocalizedText })),
});
export type AssessmentDefinition = z.infer<typeof AssessmentDefinition>;

export const InstrumentDefinition = z.discriminatedUnion('kind', [AssistDefinition, AssessmentDefinition]);
export type InstrumentDefinition = z.infer<typeof InstrumentDefinition>;

/** One stored revision of an instrument. */
export const InstrumentVersion = z
  .object({
    instrument: InstrumentCode,
    revision: z.number().int().min(1),
    checksum: z.string(),
    publishedAt: z.string(),
    definition: InstrumentDefinition,
  })
  .meta({ id: 'InstrumentVersion' });
export type InstrumentVersion = z.infer<typeof InstrumentVersion>;

export const InstrumentParams = z.object({ instrument: InstrumentCode }).strict();

export const InstrumentRevisionParams = z
  .object({ instrument: InstrumentCode, revision: z.coerce.number().int().min(1).max(100_000) })
  .strict();

export const InstrumentList = z.object({
  items: z.array(
    z.object({
      instrument: InstrumentCode,
      title: LocalizedText,
      revisions: z.array(z.object({ revision: z.number().int(), checksum: z.string(), publishedAt: z.string() })),
    }),
  ),
});
export type InstrumentList = z.infer<typeof InstrumentList>;
