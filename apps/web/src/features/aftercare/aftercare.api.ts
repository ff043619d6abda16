import type { CaseNote, FollowUp, RecordFollowUpInput } from '@atensi/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';
import { caseKeys } from '../cases/cases.api';
import { worklistKeys } from '../worklist/worklist.api';

// The contract exports the schema only; its output type is the record the API answers.
export type CaseNoteItem = (typeof CaseNote)['_output'];

export const aftercareKeys = {
  followUps: (caseId: string) => ['follow-ups', caseId] as const,
  notes: (caseId: string) => ['case-notes', caseId] as const,
};

/** The aftercare visits of a case (1, 3, 6 and 12 months after it), scheduled when aftercare starts. */
export function useFollowUps(caseId: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: aftercareKeys.followUps(caseId),
    queryFn: ({ signal }) =>
      api.get<{ items: FollowUp[] }>(`/cases/${encodeURIComponent(caseId)}/follow-ups`, { language, signal }),
  });
}

/** Records one visit (If-Match: its version); a relapse closes the case and answers the new case's id. */
export function useRecordFollowUp() {
  const [language] = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ followUp, input }: { followUp: FollowUp; input: RecordFollowUpInput }) =>
      api.post<{ followUp: FollowUp; newCaseId: string | null }>(
        `/follow-ups/${encodeURIComponent(followUp.id)}`,
        input,
        { language, headers: { 'If-Match': `"${followUp.version}"` } },
      ),
    onSuccess: (_answer, { followUp }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: aftercareKeys.followUps(followUp.caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.all }),
        queryClient.invalidateQueries({ queryKey: worklistKeys.all }),
      ]),
  });
}

/**
 * The case's confidential notes. Every read is audited, so they load only while the notes are on screen, are not
 * asked for again on focus, and are dropped from memory soon after the tab is closed.
 */
export function useCaseNotes(caseId: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: aftercareKeys.notes(caseId),
    queryFn: ({ signal }) =>
      api.get<{ items: CaseNoteItem[] }>(`/cases/${encodeURIComponent(caseId)}/notes`, { language, signal }),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 60_000,
    refetchOnWindowFocus: false,
  });
}

export function useAddCaseNote() {
  const [language] = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, body }: { caseId: string; body: string }) =>
      api.post<CaseNoteItem>(`/cases/${encodeURIComponent(caseId)}/notes`, { body }, { language }),
    onSuccess: (_note, { caseId }) => queryClient.invalidateQueries({ queryKey: aftercareKeys.notes(caseId) }),
  });
}
