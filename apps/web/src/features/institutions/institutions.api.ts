import type { InstitutionList, InstitutionType } from '@atensi/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';

export const institutionKeys = {
  all: ['institutions'] as const,
  list: (type: InstitutionType | undefined) => [...institutionKeys.all, 'list', type ?? 'all'] as const,
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
