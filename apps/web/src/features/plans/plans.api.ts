import type { Assessment, Plan, PlanAwaitingList, PlanInput, PlanList, PlanReturnInput } from '@atensi/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';
import { caseKeys } from '../cases/cases.api';
import { worklistKeys } from '../worklist/worklist.api';

export const planKeys = {
  all: ['plans'] as const,
  ofCase: (caseId: string) => [...planKeys.all, 'case', caseId] as const,
  awaiting: () => [...planKeys.all, 'awaiting'] as const,
  assessment: (caseId: string) => ['assessment', caseId] as const,
};

/** Every revision of a case's plan, newest first, and whether the caller may start one. */
export function useCasePlans(caseId: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: planKeys.ofCase(caseId),
    queryFn: ({ signal }) => api.get<PlanList>(`/cases/${encodeURIComponent(caseId)}/plans`, { language, signal }),
  });
}

/** The further assessment the plan editor starts from (components with need, the recommended setting). */
export function useCaseAssessment(caseId: string, enabled: boolean) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: planKeys.assessment(caseId),
    queryFn: ({ signal }) =>
      api.get<Assessment>(`/cases/${encodeURIComponent(caseId)}/assessment`, { language, signal }),
    enabled,
  });
}

function useInvalidatePlans() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: planKeys.all }),
      queryClient.invalidateQueries({ queryKey: caseKeys.all }),
      queryClient.invalidateQueries({ queryKey: worklistKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['progress'] }),
    ]);
}

/** Starts a plan or a revision (a draft), or saves a draft or returned revision (If-Match). */
export function useSavePlan() {
  const [language] = useLanguage();
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: ({ caseId, plan, input }: { caseId: string; plan: Plan | null; input: PlanInput }) =>
      plan
        ? api.put<Plan>(`/plans/${encodeURIComponent(plan.id)}`, input, {
            language,
            headers: { 'If-Match': `"${plan.version}"` },
          })
        : api.post<Plan>(`/cases/${encodeURIComponent(caseId)}/plans`, input, { language }),
    onSuccess: invalidate,
  });
}

export type PlanStep = 'submit' | 'approve' | 'return';

/** Submits, approves or returns a revision (If-Match); returning needs a comment. */
export function usePlanStep() {
  const [language] = useLanguage();
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: ({ plan, step, comment }: { plan: Plan; step: PlanStep; comment?: string }) =>
      api.post<Plan>(
        `/plans/${encodeURIComponent(plan.id)}/${step}`,
        step === 'submit'
          ? undefined
          : step === 'return'
            ? ({ comment: comment ?? '' } satisfies PlanReturnInput)
            : comment
              ? { comment }
              : {},
        { language, headers: { 'If-Match': `"${plan.version}"` } },
      ),
    onSuccess: invalidate,
  });
}

/** Plans waiting for the manager's decision at their institution. */
export function usePlansAwaiting(enabled: boolean) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: planKeys.awaiting(),
    queryFn: ({ signal }) => api.get<PlanAwaitingList>('/plans/awaiting-approval', { language, signal }),
    enabled,
  });
}
