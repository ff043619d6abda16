import type {
  AssessmentDefinition,
  AssistDefinition,
  CreateScreeningInput,
  InstrumentCode,
  InstrumentVersion,
  Screening,
} from '@atensi/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';
import { caseKeys } from '../cases/cases.api';
import { worklistKeys } from '../worklist/worklist.api';

export const screeningKeys = {
  ofCase: (caseId: string) => ['screenings', caseId] as const,
  instrument: (code: InstrumentCode) => ['instruments', code] as const,
  revision: (code: InstrumentCode, revision: number) => ['instruments', code, revision] as const,
};

type DefinitionOf<C extends InstrumentCode> = C extends 'assist-3.0' ? AssistDefinition : AssessmentDefinition;
export type InstrumentOf<C extends InstrumentCode> = Omit<InstrumentVersion, 'definition'> & {
  definition: DefinitionOf<C>;
};

/** The definition in force of an instrument: what a new screening is asked and scored with. */
export function useInstrument<C extends InstrumentCode>(code: C) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: screeningKeys.instrument(code),
    queryFn: ({ signal }) => api.get<InstrumentOf<C>>(`/instruments/${code}`, { language, signal }),
    staleTime: 60 * 60 * 1000,
  });
}

/** A stored revision: what a past screening was scored with, to show it in its own wording. */
export function useInstrumentRevision<C extends InstrumentCode>(code: C, revision: number | undefined) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: screeningKeys.revision(code, revision ?? 0),
    queryFn: ({ signal }) =>
      api.get<InstrumentOf<C>>(`/instruments/${code}/revisions/${revision}`, { language, signal }),
    enabled: revision !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The screenings of a case, oldest first (each read is audited). */
export function useScreenings(caseId: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: screeningKeys.ofCase(caseId),
    queryFn: ({ signal }) =>
      api.get<{ items: Screening[] }>(`/cases/${encodeURIComponent(caseId)}/screenings`, { language, signal }),
  });
}

/** Submits the screening: it is scored by the API and moves the case along its route. */
export function useSubmitScreening(caseId: string) {
  const [language] = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateScreeningInput) =>
      api.post<Screening>(`/cases/${encodeURIComponent(caseId)}/screenings`, input, { language }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: screeningKeys.ofCase(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.all }),
        queryClient.invalidateQueries({ queryKey: worklistKeys.all }),
      ]),
  });
}
