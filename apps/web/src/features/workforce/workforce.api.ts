import type {
  CreateStaffCertificationInput,
  CreateStaffInput,
  Staff,
  StaffList,
  UpdateStaffInput,
} from '@atensi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';
import { institutionKeys } from '../institutions/institutions.api';
import { type StaffFilter, staffFilterQuery } from './staff-filter';

export const staffPageSize = 50;

export const staffKeys = {
  all: ['staff'] as const,
  list: (filter: StaffFilter, page: number, pageSize: number) =>
    [...staffKeys.all, 'list', filter, page, pageSize] as const,
  detail: (id: string) => [...staffKeys.all, 'detail', id] as const,
};

export function useStaffList(filter: StaffFilter, page: number, options: { pageSize?: number } = {}) {
  const [language] = useLanguage();
  const pageSize = options.pageSize ?? staffPageSize;
  return useQuery({
    queryKey: staffKeys.list(filter, page, pageSize),
    queryFn: ({ signal }) =>
      api.get<StaffList>('/staff', {
        language,
        signal,
        query: { ...staffFilterQuery(filter), limit: pageSize, offset: (page - 1) * pageSize },
      }),
    placeholderData: keepPreviousData,
  });
}

/** One staff member with the `ETag` an edit sends back as `If-Match`. */
export function useStaffMember(id: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: staffKeys.detail(id),
    queryFn: ({ signal }) => api.getTagged<Staff>(`/staff/${encodeURIComponent(id)}`, { language, signal }),
    staleTime: 0,
  });
}

/** Staff and their certificates also count in the institution (staff count, the derived IPWL requirements). */
function useInvalidateWorkforce() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: staffKeys.all }),
      queryClient.invalidateQueries({ queryKey: institutionKeys.all }),
    ]);
}

export function useCreateStaff() {
  const [language] = useLanguage();
  const invalidate = useInvalidateWorkforce();
  return useMutation({
    mutationFn: (input: CreateStaffInput) => api.post<Staff>('/staff', input, { language }),
    onSuccess: invalidate,
  });
}

export function useUpdateStaff() {
  const [language] = useLanguage();
  const invalidate = useInvalidateWorkforce();
  return useMutation({
    mutationFn: ({ id, etag, input }: { id: string; etag: string; input: UpdateStaffInput }) =>
      api.patch<Staff>(`/staff/${encodeURIComponent(id)}`, input, { language, headers: { 'If-Match': etag } }),
    onSuccess: invalidate,
  });
}

export function useAddStaffCertification() {
  const [language] = useLanguage();
  const invalidate = useInvalidateWorkforce();
  return useMutation({
    mutationFn: ({ staffId, input }: { staffId: string; input: CreateStaffCertificationInput }) =>
      api.post<Staff>(`/staff/${encodeURIComponent(staffId)}/certifications`, input, { language }),
    onSuccess: invalidate,
  });
}

export function useRemoveStaffCertification() {
  const [language] = useLanguage();
  const invalidate = useInvalidateWorkforce();
  return useMutation({
    mutationFn: ({ staffId, certificationId }: { staffId: string; certificationId: string }) =>
      api.delete<Staff>(`/staff/${encodeURIComponent(staffId)}/certifications/${encodeURIComponent(certificationId)}`, {
        language,
      }),
    onSuccess: invalidate,
  });
}
