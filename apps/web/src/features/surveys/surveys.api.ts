import type {
  CreateSurveyInput,
  ImportResponsesInput,
  ImportResult,
  Survey,
  SurveyResponseInput,
  SurveyResults,
  UpdateSurveyInput,
} from '@atensi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';

export const surveyKeys = {
  all: ['surveys'] as const,
  list: () => [...surveyKeys.all, 'list'] as const,
  detail: (id: string) => [...surveyKeys.all, 'detail', id] as const,
  results: (id: string, by: string) => [...surveyKeys.all, 'results', id, by] as const,
};

const enc = encodeURIComponent;

export function useSurveys() {
  const [language] = useLanguage();
  return useQuery({
    queryKey: surveyKeys.list(),
    queryFn: ({ signal }) => api.get<{ items: Survey[] }>('/surveys', { language, signal }),
  });
}

export function useSurvey(id: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: surveyKeys.detail(id),
    queryFn: ({ signal }) => api.getTagged<Survey>(`/surveys/${enc(id)}`, { language, signal }),
    staleTime: 0,
  });
}

export function useSurveyResults(id: string, by: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: surveyKeys.results(id, by),
    queryFn: ({ signal }) => api.get<SurveyResults>(`/surveys/${enc(id)}/results`, { language, signal, query: { by } }),
    placeholderData: keepPreviousData,
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: surveyKeys.all });
}

export function useCreateSurvey() {
  const [language] = useLanguage();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: CreateSurveyInput) => api.post<Survey>('/surveys', input, { language }),
    onSuccess: invalidate,
  });
}

export function useUpdateSurvey() {
  const [language] = useLanguage();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, etag, input }: { id: string; etag: string; input: UpdateSurveyInput }) =>
      api.patch<Survey>(`/surveys/${enc(id)}`, input, { language, headers: { 'If-Match': etag } }),
    onSuccess: invalidate,
  });
}

export function useAddResponse() {
  const [language] = useLanguage();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: SurveyResponseInput }) =>
      api.post<Survey>(`/surveys/${enc(id)}/responses`, input, { language }),
    onSuccess: invalidate,
  });
}

export function useImportResponses() {
  const [language] = useLanguage();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: ImportResponsesInput }) =>
      api.post<ImportResult>(`/surveys/${enc(id)}/responses/import`, input, { language }),
    onSuccess: invalidate,
  });
}
