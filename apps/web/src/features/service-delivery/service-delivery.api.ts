import type {
  AdmitInput,
  CaseProgress,
  CatalogueItem,
  CatalogueList,
  CreateCatalogueItemInput,
  DaySheetInput,
  DischargeInput,
  GroupSessionInput,
  IndividualServiceInput,
  ResidentialStay,
  ServiceableCaseList,
  ServiceRecordList,
  ServiceSession,
  ServiceSessionList,
  ServiceSummary,
  UpdateCatalogueItemInput,
} from '@atensi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, buildUrl } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';
import { caseKeys } from '../cases/cases.api';
import { planKeys } from '../plans/plans.api';

export const serviceKeys = {
  catalogue: (includeInactive: boolean) => ['catalogue', includeInactive] as const,
  serviceable: () => ['serviceable-cases'] as const,
  sessions: (on: string, mine: boolean) => ['service-sessions', on, mine] as const,
  progress: (caseId: string) => ['progress', caseId] as const,
  records: (caseId: string, page: number) => ['service-records', caseId, page] as const,
  summary: (institutionId: string, from: string, to: string) => ['service-summary', institutionId, from, to] as const,
};

/** The service catalogue (active items unless asked), in the order of the seven components. */
export function useCatalogue(includeInactive = false) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: serviceKeys.catalogue(includeInactive),
    queryFn: ({ signal }) =>
      api.get<CatalogueList>('/service-catalogue', {
        language,
        signal,
        query: { includeInactive: includeInactive ? 'true' : 'false' },
      }),
    staleTime: 5 * 60_000,
  });
}

export function useSaveCatalogueItem() {
  const [language] = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      item,
      create,
      update,
    }: {
      item: CatalogueItem | null;
      create?: CreateCatalogueItemInput;
      update?: UpdateCatalogueItemInput;
    }) =>
      item
        ? api.patch<CatalogueItem>(`/service-catalogue/${encodeURIComponent(item.id)}`, update ?? {}, {
            language,
            headers: { 'If-Match': `"${item.version}"` },
          })
        : api.post<CatalogueItem>('/service-catalogue', create, { language }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['catalogue'] }),
  });
}

/** The cases of the caller's institution that may receive services now, with the goals of their plans. */
export function useServiceableCases() {
  const [language] = useLanguage();
  return useQuery({
    queryKey: serviceKeys.serviceable(),
    queryFn: ({ signal }) => api.get<ServiceableCaseList>('/serviceable-cases', { language, signal }),
  });
}

export function useServiceSessions(on: string, mine: boolean) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: serviceKeys.sessions(on, mine),
    queryFn: ({ signal }) =>
      api.get<ServiceSessionList>('/service-sessions', {
        language,
        signal,
        query: { on, mine: mine ? 'true' : 'false' },
      }),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateServices() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['service-sessions'] }),
      queryClient.invalidateQueries({ queryKey: ['service-records'] }),
      queryClient.invalidateQueries({ queryKey: ['progress'] }),
      queryClient.invalidateQueries({ queryKey: ['serviceable-cases'] }),
      queryClient.invalidateQueries({ queryKey: ['service-summary'] }),
      queryClient.invalidateQueries({ queryKey: planKeys.all }),
      queryClient.invalidateQueries({ queryKey: caseKeys.all }),
    ]);
}

export type ServiceEntry =
  | { kind: 'individual'; caseId: string; input: IndividualServiceInput }
  | { kind: 'group'; input: GroupSessionInput }
  | { kind: 'day'; input: DaySheetInput };

/** Records an individual service, a group session, or a day sheet. */
export function useRecordServices() {
  const [language] = useLanguage();
  const invalidate = useInvalidateServices();
  return useMutation({
    mutationFn: async (entry: ServiceEntry): Promise<ServiceSession[]> => {
      if (entry.kind === 'individual') {
        return [
          await api.post<ServiceSession>(`/cases/${encodeURIComponent(entry.caseId)}/service-records`, entry.input, {
            language,
          }),
        ];
      }
      if (entry.kind === 'group') return [await api.post<ServiceSession>('/group-sessions', entry.input, { language })];
      return (await api.post<ServiceSessionList>('/service-records/day-sheet', entry.input, { language })).items;
    },
    onSuccess: invalidate,
  });
}

export function useCaseProgress(caseId: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: serviceKeys.progress(caseId),
    queryFn: ({ signal }) =>
      api.get<CaseProgress>(`/cases/${encodeURIComponent(caseId)}/progress`, { language, signal }),
  });
}

export const recordsPageSize = 20;

export function useCaseServiceRecords(caseId: string, page: number) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: serviceKeys.records(caseId, page),
    queryFn: ({ signal }) =>
      api.get<ServiceRecordList>(`/cases/${encodeURIComponent(caseId)}/service-records`, {
        language,
        signal,
        query: { limit: recordsPageSize, offset: (page - 1) * recordsPageSize },
      }),
    placeholderData: keepPreviousData,
  });
}

export function useAdmit() {
  const [language] = useLanguage();
  const invalidate = useInvalidateServices();
  return useMutation({
    mutationFn: ({ caseId, input }: { caseId: string; input: AdmitInput }) =>
      api.post<ResidentialStay>(`/cases/${encodeURIComponent(caseId)}/residential-stays`, input, { language }),
    onSuccess: invalidate,
  });
}

export function useDischarge() {
  const [language] = useLanguage();
  const invalidate = useInvalidateServices();
  return useMutation({
    mutationFn: ({ stay, input }: { stay: ResidentialStay; input: DischargeInput }) =>
      api.post<ResidentialStay>(`/residential-stays/${encodeURIComponent(stay.id)}/discharge`, input, {
        language,
        headers: { 'If-Match': `"${stay.version}"` },
      }),
    onSuccess: invalidate,
  });
}

export function useServiceSummary(institutionId: string, from: string, to: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: serviceKeys.summary(institutionId, from, to),
    queryFn: ({ signal }) =>
      api.get<ServiceSummary>(`/institutions/${encodeURIComponent(institutionId)}/service-summary`, {
        language,
        signal,
        query: { from, to },
      }),
    placeholderData: keepPreviousData,
  });
}

/** Where the browser downloads the summary (the session cookie goes with the link). */
export function serviceSummaryExportUrl(
  institutionId: string,
  from: string,
  to: string,
  format: 'csv' | 'xlsx',
): string {
  return buildUrl('/api/v1', `/institutions/${encodeURIComponent(institutionId)}/service-summary/export`, {
    from,
    to,
    format,
  });
}
