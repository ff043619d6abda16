import type {
  ActionList,
  ActivityAction,
  ActivityDetail,
  ActivityDocument,
  ActivityList,
  ActivityReport,
  AddParticipantInput,
  Bimtek,
  BimtekResultsInput,
  BimtekSettingsInput,
  Checklist,
  ChecklistList,
  CreateActionInput,
  CreateActivityInput,
  CreateChecklistInput,
  CreateFindingInput,
  CreateSupervisionInput,
  HeadcountsInput,
  IssueCertificatesInput,
  SupervisionAnswersInput,
  SupervisionDetail,
  SupervisionVisit,
  UpdateActionInput,
  UpdateActivityInput,
} from '@atensi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, csrfToken, parseApiError, type QueryValue } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';
import { staffKeys } from '../workforce/workforce.api';

export const activityKeys = {
  all: ['activities'] as const,
  list: (query: Record<string, QueryValue>) => [...activityKeys.all, 'list', query] as const,
  detail: (id: string) => [...activityKeys.all, 'detail', id] as const,
  bimtek: (id: string) => [...activityKeys.all, 'bimtek', id] as const,
  supervision: (id: string) => [...activityKeys.all, 'supervision', id] as const,
  visits: (query: Record<string, QueryValue>) => [...activityKeys.all, 'visits', query] as const,
  actions: (query: Record<string, QueryValue>) => [...activityKeys.all, 'actions', query] as const,
  report: (query: Record<string, QueryValue>) => [...activityKeys.all, 'report', query] as const,
  checklists: () => [...activityKeys.all, 'checklists'] as const,
};

const enc = encodeURIComponent;

export function useActivities(query: Record<string, QueryValue>) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: activityKeys.list(query),
    queryFn: ({ signal }) => api.get<ActivityList>('/activities', { language, signal, query }),
    placeholderData: keepPreviousData,
  });
}

export function useActivity(id: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: activityKeys.detail(id),
    queryFn: ({ signal }) => api.getTagged<ActivityDetail>(`/activities/${enc(id)}`, { language, signal }),
    staleTime: 0,
  });
}

export function useActivityReport(query: Record<string, QueryValue>) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: activityKeys.report(query),
    queryFn: ({ signal }) => api.get<ActivityReport>('/activities/report', { language, signal, query }),
    placeholderData: keepPreviousData,
  });
}

export function useActions(query: Record<string, QueryValue>) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: activityKeys.actions(query),
    queryFn: ({ signal }) => api.get<ActionList>('/activity-actions', { language, signal, query }),
    placeholderData: keepPreviousData,
  });
}

export function useSupervisionVisits(query: Record<string, QueryValue>) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: activityKeys.visits(query),
    queryFn: ({ signal }) => api.get<{ items: SupervisionVisit[] }>('/supervision-visits', { language, signal, query }),
  });
}

export function useBimtek(id: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: activityKeys.bimtek(id),
    queryFn: ({ signal }) => api.getTagged<Bimtek>(`/activities/${enc(id)}/bimtek`, { language, signal }),
    staleTime: 0,
  });
}

export function useSupervision(id: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: activityKeys.supervision(id),
    queryFn: ({ signal }) => api.get<SupervisionDetail>(`/activities/${enc(id)}/supervision`, { language, signal }),
    staleTime: 0,
  });
}

export function useChecklists() {
  const [language] = useLanguage();
  return useQuery({
    queryKey: activityKeys.checklists(),
    queryFn: ({ signal }) => api.get<ChecklistList>('/supervision/checklists', { language, signal }),
  });
}

/** Every write refreshes every activity view (lists, report, board) and the staff registry (bimtek certificates). */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: activityKeys.all }),
      queryClient.invalidateQueries({ queryKey: staffKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['campaigns'] }),
    ]);
}

function useWrite<Input, Output>(send: (input: Input, language: 'id' | 'en') => Promise<Output>) {
  const [language] = useLanguage();
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (input: Input) => send(input, language), onSuccess: invalidate });
}

export const useCreateActivity = () =>
  useWrite((input: CreateActivityInput, language) => api.post<ActivityDetail>('/activities', input, { language }));

export const useUpdateActivity = () =>
  useWrite(({ id, etag, input }: { id: string; etag: string; input: UpdateActivityInput }, language) =>
    api.patch<ActivityDetail>(`/activities/${enc(id)}`, input, { language, headers: { 'If-Match': etag } }),
  );

export const useCreateSupervisionVisit = () =>
  useWrite((input: CreateSupervisionInput, language) =>
    api.post<SupervisionDetail>('/supervision-visits', input, { language }),
  );

export const useAddParticipant = () =>
  useWrite(({ id, input }: { id: string; input: AddParticipantInput }, language) =>
    api.post<ActivityDetail>(`/activities/${enc(id)}/participants`, input, { language }),
  );

export const useRemoveParticipant = () =>
  useWrite(({ id, participantId }: { id: string; participantId: string }, language) =>
    api.delete<ActivityDetail>(`/activities/${enc(id)}/participants/${enc(participantId)}`, { language }),
  );

export const useSetHeadcounts = () =>
  useWrite(({ id, input }: { id: string; input: HeadcountsInput }, language) =>
    api.put<ActivityDetail>(`/activities/${enc(id)}/headcounts`, input, { language }),
  );

export const useCreateAction = () =>
  useWrite(({ id, input }: { id: string; input: CreateActionInput }, language) =>
    api.post<ActivityAction>(`/activities/${enc(id)}/actions`, input, { language }),
  );

export const useUpdateAction = () =>
  useWrite(({ action, input }: { action: ActivityAction; input: UpdateActionInput }, language) =>
    api.patch<ActivityAction>(`/activity-actions/${enc(action.id)}`, input, {
      language,
      headers: { 'If-Match': `"${action.version}"` },
    }),
  );

export const useSaveBimtekSettings = () =>
  useWrite(({ id, etag, input }: { id: string; etag: string; input: BimtekSettingsInput }, language) =>
    api.put<Bimtek>(`/activities/${enc(id)}/bimtek`, input, { language, headers: { 'If-Match': etag } }),
  );

export const useSaveBimtekResults = () =>
  useWrite(({ id, input }: { id: string; input: BimtekResultsInput }, language) =>
    api.put<Bimtek>(`/activities/${enc(id)}/bimtek/results`, input, { language }),
  );

export const useIssueCertificates = () =>
  useWrite(({ id, input }: { id: string; input: IssueCertificatesInput }, language) =>
    api.post<Bimtek>(`/activities/${enc(id)}/bimtek/certificates`, input, { language }),
  );

export const useRevokeCertificate = () =>
  useWrite(({ id, certificateId }: { id: string; certificateId: string }, language) =>
    api.delete<Bimtek>(`/activities/${enc(id)}/bimtek/certificates/${enc(certificateId)}`, { language }),
  );

export const useSaveSupervisionAnswers = () =>
  useWrite(({ id, input }: { id: string; input: SupervisionAnswersInput }, language) =>
    api.put<SupervisionDetail>(`/activities/${enc(id)}/supervision/answers`, input, { language }),
  );

export const useAddFinding = () =>
  useWrite(({ id, input }: { id: string; input: CreateFindingInput }, language) =>
    api.post<SupervisionDetail>(`/activities/${enc(id)}/supervision/findings`, input, { language }),
  );

export const usePublishChecklist = () =>
  useWrite((input: CreateChecklistInput, language) =>
    api.post<Checklist>('/supervision/checklists', input, { language }),
  );

export const useRemoveDocument = () =>
  useWrite(({ id, documentId }: { id: string; documentId: string }, language) =>
    api.delete(`/activities/${enc(id)}/documents/${enc(documentId)}`, { language }),
  );

/** Uploads a document as multipart/form-data (the JSON client does not send files). */
export const useUploadDocument = () =>
  useWrite(async ({ id, kind, title, file }: { id: string; kind: string; title: string; file: File }, language) => {
    const form = new FormData();
    form.append('kind', kind);
    form.append('title', title);
    form.append('file', file);
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language };
    const token = csrfToken.get();
    if (token) headers['X-CSRF-Token'] = token;
    const response = await fetch(`/api/v1/activities/${enc(id)}/documents`, {
      method: 'POST',
      body: form,
      headers,
      credentials: 'same-origin',
    });
    const body = await response.json().catch(() => undefined);
    if (!response.ok) {
      throw parseApiError(response.status, body, response.headers);
    }
    return body as ActivityDocument;
  });
