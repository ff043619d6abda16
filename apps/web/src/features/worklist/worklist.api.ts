import type { Worklist } from '@atensi/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';

export const worklistKeys = {
  all: ['worklist'] as const,
};

/** The caller's home: own cases, cases waiting for a step, referrals to answer or overdue, visits due (audited). */
export function useWorklist() {
  const [language] = useLanguage();
  return useQuery({
    queryKey: worklistKeys.all,
    queryFn: ({ signal }) => api.get<Worklist>('/worklist', { language, signal }),
  });
}
