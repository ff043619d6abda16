import type {
  CreateUserInput,
  ResetPasswordInput,
  Role,
  UpdateUserInput,
  User,
  UserList,
  UserStatus,
} from '@atensi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';

export const userPageSize = 25;

export interface UserListFilter {
  q?: string | undefined;
  role?: Role | undefined;
  status?: UserStatus | undefined;
}

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (filter: UserListFilter, page: number, pageSize: number) =>
    [...userKeys.lists(), filter, page, pageSize] as const,
  detail: (id: string) => [...userKeys.all, 'detail', id] as const,
};

export function useUserList(
  filter: UserListFilter,
  page: number,
  options: { pageSize?: number; enabled?: boolean } = {},
) {
  const [language] = useLanguage();
  const pageSize = options.pageSize ?? userPageSize;
  return useQuery({
    queryKey: userKeys.list(filter, page, pageSize),
    queryFn: ({ signal }) =>
      api.get<UserList>('/users', {
        language,
        signal,
        query: { ...filter, limit: pageSize, offset: (page - 1) * pageSize },
      }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** One user with the `ETag` an update must send back as `If-Match`; always fresh, since an edit starts from it. */
export function useUser(id: string | null) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: userKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.getTagged<User>(`/users/${encodeURIComponent(id ?? '')}`, { language, signal }),
    enabled: id !== null,
    staleTime: 0,
    gcTime: 0,
  });
}

function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: userKeys.all });
}

export function useCreateUser() {
  const [language] = useLanguage();
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (input: CreateUserInput) => api.post<User>('/users', input, { language }),
    onSuccess: invalidate,
  });
}

export function useUpdateUser() {
  const [language] = useLanguage();
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, etag, input }: { id: string; etag: string; input: UpdateUserInput }) =>
      api.patch<User>(`/users/${encodeURIComponent(id)}`, input, { language, headers: { 'If-Match': etag } }),
    onSuccess: invalidate,
  });
}

export type UserAction = 'disable' | 'enable' | 'reset-totp';

/** Disable, enable, or reset TOTP: a POST without a body. */
export function useUserAction() {
  const [language] = useLanguage();
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: UserAction }) =>
      api.post<User | undefined>(`/users/${encodeURIComponent(id)}/${action}`, undefined, { language }),
    onSuccess: invalidate,
  });
}

export function useResetPassword() {
  const [language] = useLanguage();
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: ResetPasswordInput }) =>
      api.post(`/users/${encodeURIComponent(id)}/reset-password`, input, { language }),
    onSuccess: invalidate,
  });
}
