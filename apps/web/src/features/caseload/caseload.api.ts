import type { Caseload } from '@atensi/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';

export const caseloadKeys = {
  of: (institutionId: string) => ['caseload', institutionId] as const,
};

/** An institution's running cases against the staffing norms, per profession and per worker. */
export function useCaseload(institutionId: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: caseloadKeys.of(institutionId),
    queryFn: ({ signal }) =>
      api.get<Caseload>(`/institutions/${encodeURIComponent(institutionId)}/caseload`, { language, signal }),
  });
}
