import type {
  CreateAccreditationInput,
  CreateDesignationInput,
  CreateInstitutionInput,
  CreatePartnershipInput,
  InstitutionDetail,
  InstitutionList,
  InstitutionType,
  IpwlRequirement,
  Partnership,
  SetRequirementInput,
  SuspendInput,
  UpdateInstitutionInput,
} from '@atensi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';
import { type InstitutionFilter, institutionFilterQuery } from './institution-filter';

export const institutionKeys = {
  all: ['institutions'] as const,
  list: (type: InstitutionType | undefined) => [...institutionKeys.all, 'list', type ?? 'all'] as const,
  directory: (filter: InstitutionFilter) => [...institutionKeys.all, 'directory', filter] as const,
  detail: (id: string) => [...institutionKeys.all, 'detail', id] as const,
};

export const partnershipKeys = {
  all: ['partnerships'] as const,
  list: (institutionId: string, activeOnly: boolean) =>
    [...partnershipKeys.all, 'list', institutionId, activeOnly] as const,
};

/** The institutions within the caller's scope, for pickers; the registry is small enough to load whole. */
export function useInstitutions(options: { type?: InstitutionType; enabled?: boolean } = {}) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: institutionKeys.list(options.type),
    queryFn: ({ signal }) =>
      api.get<InstitutionList>('/institutions', { language, signal, query: { type: options.type } }),
    enabled: options.enabled ?? true,
    staleTime: 10 * 60_000,
  });
}

/** The directory: every institution in scope that matches the filters, with its certification status. */
export function useInstitutionDirectory(filter: InstitutionFilter) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: institutionKeys.directory(filter),
    queryFn: ({ signal }) =>
      api.get<InstitutionList>('/institutions', { language, signal, query: institutionFilterQuery(filter) }),
    placeholderData: keepPreviousData,
  });
}

/** One institution with the `ETag` an edit sends back as `If-Match`. */
export function useInstitution(id: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: institutionKeys.detail(id),
    queryFn: ({ signal }) =>
      api.getTagged<InstitutionDetail>(`/institutions/${encodeURIComponent(id)}`, { language, signal }),
    staleTime: 0,
  });
}

/** Certification, staff and partnership changes show in the directory, the pickers, alerts and the detail. */
function useInvalidateRegistry() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: institutionKeys.all }),
      queryClient.invalidateQueries({ queryKey: partnershipKeys.all }),
    ]);
}

export function useCreateInstitution() {
  const [language] = useLanguage();
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: (input: CreateInstitutionInput) => api.post<InstitutionDetail>('/institutions', input, { language }),
    onSuccess: invalidate,
  });
}

export function useUpdateInstitution() {
  const [language] = useLanguage();
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: ({ id, etag, input }: { id: string; etag: string; input: UpdateInstitutionInput }) =>
      api.patch<InstitutionDetail>(`/institutions/${encodeURIComponent(id)}`, input, {
        language,
        headers: { 'If-Match': etag },
      }),
    onSuccess: invalidate,
  });
}

/** The certification records of one institution (national roles): each answers the institution's new detail. */
export type CertificationChange =
  | { kind: 'designation'; input: CreateDesignationInput }
  | { kind: 'accreditation'; input: CreateAccreditationInput }
  | { kind: 'suspend'; input: SuspendInput }
  | { kind: 'lift' }
  | { kind: 'requirement'; requirement: IpwlRequirement; input: SetRequirementInput };

function sendCertificationChange(id: string, change: CertificationChange, language: ReturnType<typeof useLanguage>[0]) {
  const base = `/institutions/${encodeURIComponent(id)}`;
  switch (change.kind) {
    case 'designation':
      return api.post<InstitutionDetail>(`${base}/designations`, change.input, { language });
    case 'accreditation':
      return api.post<InstitutionDetail>(`${base}/accreditations`, change.input, { language });
    case 'suspend':
      return api.post<InstitutionDetail>(`${base}/suspension`, change.input, { language });
    case 'lift':
      return api.delete<InstitutionDetail>(`${base}/suspension`, { language });
    case 'requirement':
      return api.put<InstitutionDetail>(`${base}/requirements/${change.requirement}`, change.input, { language });
    default: {
      const unknown: never = change;
      throw new Error(`unknown change ${String(unknown)}`);
    }
  }
}

export function useCertificationChange(id: string) {
  const [language] = useLanguage();
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: (change: CertificationChange) => sendCertificationChange(id, change, language),
    onSuccess: invalidate,
  });
}

/** Partnerships with this institution on either side; ended ones too unless `activeOnly`. */
export function usePartnerships(institutionId: string, activeOnly: boolean) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: partnershipKeys.list(institutionId, activeOnly),
    queryFn: ({ signal }) =>
      api.get<{ items: Partnership[] }>('/partnerships', {
        language,
        signal,
        query: { institutionId, activeOnly: String(activeOnly) },
      }),
  });
}

export function useCreatePartnership() {
  const [language] = useLanguage();
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: (input: CreatePartnershipInput) => api.post<Partnership>('/partnerships', input, { language }),
    onSuccess: invalidate,
  });
}

export function useEndPartnership() {
  const [language] = useLanguage();
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: ({ partnership, validUntil }: { partnership: Partnership; validUntil: string }) =>
      api.post<Partnership>(
        `/partnerships/${encodeURIComponent(partnership.id)}/end`,
        { validUntil },
        { language, headers: { 'If-Match': `"${partnership.version}"` } },
      ),
    // A 409 means the list is stale: refresh it so the next attempt starts from the current version.
    onSettled: invalidate,
  });
}
