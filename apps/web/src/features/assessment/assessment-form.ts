import type {
  AsiDomain,
  Assessment,
  AssessmentDefinition,
  AssessmentInput,
  AtensiComponent,
  NeedLevel,
  ServiceSetting,
} from '@atensi/contracts';

// The further-assessment form's state: what the worker has entered so far, turned into the draft the API saves.
// Pure, so that what is sent (and left out) is tested without a browser.

type StageOfChange = NonNullable<AssessmentInput['stageOfChange']>;
type MedicalRehab = NonNullable<AssessmentInput['recommendation']>['medicalRehab'];
type UrineResult = NonNullable<AssessmentInput['urineTest']>['result'];

export type AssessmentFormState = {
  domains: Partial<Record<AsiDomain, { rating: number | null; note: string }>>;
  urineResult: UrineResult | null;
  urineSubstances: string[];
  needs: Partial<Record<AtensiComponent, { need: NeedLevel | null; note: string }>>;
  stageOfChange: StageOfChange | null;
  medicalRehab: MedicalRehab | null;
  socialSetting: ServiceSetting | null;
  justification: string;
};

/** The form as the saved draft (or an empty one) left it. */
export function formFromAssessment(assessment: Assessment): AssessmentFormState {
  return {
    domains: Object.fromEntries(
      Object.entries(assessment.domains).map(([key, value]) => [key, { rating: value.rating, note: value.note ?? '' }]),
    ),
    urineResult: assessment.urineTest?.result ?? null,
    urineSubstances: assessment.urineTest?.substances ?? [],
    needs: Object.fromEntries(
      Object.entries(assessment.needs).map(([key, value]) => [key, { need: value.need, note: value.note ?? '' }]),
    ),
    stageOfChange: assessment.stageOfChange,
    medicalRehab: assessment.recommendation?.medicalRehab ?? null,
    socialSetting: assessment.recommendation?.socialSetting ?? null,
    justification: assessment.recommendation?.justification ?? '',
  };
}

/** The draft to save: what is filled in; a recommendation only once its three parts are there. */
export function toAssessmentInput(state: AssessmentFormState): AssessmentInput {
  const domains: AssessmentInput['domains'] = {};
  for (const [key, value] of Object.entries(state.domains)) {
    if (value?.rating === null || value?.rating === undefined) continue;
    const note = value.note.trim();
    domains[key as AsiDomain] = { rating: value.rating, ...(note ? { note } : {}) };
  }
  const needs: AssessmentInput['needs'] = {};
  for (const [key, value] of Object.entries(state.needs)) {
    if (!value?.need) continue;
    const note = value.note.trim();
    needs[key as AtensiComponent] = { need: value.need, ...(note ? { note } : {}) };
  }
  const justification = state.justification.trim();
  return {
    domains,
    needs,
    ...(state.urineResult
      ? {
          urineTest: {
            result: state.urineResult,
            substances: state.urineResult === 'positive' ? state.urineSubstances : [],
          },
        }
      : {}),
    ...(state.stageOfChange ? { stageOfChange: state.stageOfChange } : {}),
    ...(state.medicalRehab && state.socialSetting && justification
      ? { recommendation: { medicalRehab: state.medicalRehab, socialSetting: state.socialSetting, justification } }
      : {}),
  };
}

/** What completing still needs, in the form's words: the domains not rated, the stage, the recommendation. */
export function missingOf(state: AssessmentFormState, definition: AssessmentDefinition): string[] {
  const missing: string[] = definition.domains
    .filter((domain) => state.domains[domain.key]?.rating === null || state.domains[domain.key]?.rating === undefined)
    .map((domain) => `domains.${domain.key}`);
  if (!state.stageOfChange) missing.push('stageOfChange');
  if (!state.medicalRehab || !state.socialSetting || state.justification.trim().length < 3)
    missing.push('recommendation');
  return missing;
}

/** The severity band of an ASI rating (0-1 no real problem ... 8-9 extreme). */
export function bandOf(rating: number, definition: AssessmentDefinition) {
  return definition.severityBands.find((band) => rating >= band.from && rating <= band.to);
}

/** Components with some or high need, in the seven components' order: what the plan starts from. */
export function recommendedComponents(state: AssessmentFormState, definition: AssessmentDefinition): AtensiComponent[] {
  return definition.components
    .map((component) => component.key)
    .filter((key) => state.needs[key]?.need === 'some' || state.needs[key]?.need === 'high');
}
