import type { Assessment, AssessmentInput } from '@atensi/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';
import { caseKeys } from '../cases/cases.api';
import { worklistKeys } from '../worklist/worklist.api';

export const assessmentKeys = { ofCase: (caseId: string) => ['assessment', caseId] as const };

/** The further assessment of a case (each read is audited): an empty draft until something is saved. */
export function useAssessment(caseId: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: assessmentKeys.ofCase(caseId),
    queryFn: ({ signal }) =>
      api.get<Assessment>(`/cases/${encodeURIComponent(caseId)}/assessment`, { language, signal }),
  });
}

export function useSaveAssessment(caseId: string) {
  const [language] = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AssessmentInput) =>
      api.put<Assessment>(`/cases/${encodeURIComponent(caseId)}/assessment`, input, { language }),
    onSuccess: (saved) => queryClient.setQueryData(assessmentKeys.ofCase(caseId), saved),
  });
}

/** Saves the draft as it stands, then completes it: the case moves to planning. */
export function useCompleteAssessment(caseId: string) {
  const [language] = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: AssessmentInput) => {
      await api.put<Assessment>(`/cases/${encodeURIComponent(caseId)}/assessment`, input, { language });
      return api.post<Assessment>(`/cases/${encodeURIComponent(caseId)}/assessment/complete`, undefined, { language });
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: assessmentKeys.ofCase(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.all }),
        queryClient.invalidateQueries({ queryKey: worklistKeys.all }),
      ]),
  });
}
