import type { Language, Worklist } from '@atensi/contracts';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';

export const worklistKeys = {
  all: ['worklist'] as const,
};

const worklistQuery = (language: Language) =>
  queryOptions({
    queryKey: worklistKeys.all,
    queryFn: ({ signal }) => api.get<Worklist>('/worklist', { language, signal }),
  });

/** The caller's home: own cases, cases waiting for a step, referrals to answer or overdue, visits due (audited). */
export function useWorklist() {
  const [language] = useLanguage();
  return useQuery(worklistQuery(language));
}

/** Set in this browser once its user turned out not to handle cases: their home is the regions, not the work list. */
const notAWorkerKey = 'atensi.home-is-not-the-work-list';

function readHint(): boolean {
  try {
    return window.localStorage.getItem(notAWorkerKey) === '1';
  } catch {
    return false;
  }
}

/** Whether the app was loaded on the home page and has not yet asked ahead (see `prefetchWorklist`). */
let mayAskAhead = typeof window !== 'undefined' && window.location.pathname === '/';

/**
 * Starts the work list's request beside the session guard's `/me`, instead of after it, when the app is loaded on the
 * home page: on 3G that is one round trip (562 ms) less before the list shows (issue 9). Once per page load, and not
 * after signing in (the app was then loaded on the login page). The request is speculative: without a session, or
 * for a user who may not read cases, its failure is for the guard and the page to judge (`meta.speculative`), and
 * the page asks again once it knows. A browser whose last user was not a case worker does not ask ahead.
 */
export function prefetchWorklist(queryClient: QueryClient, language: Language): void {
  if (!mayAskAhead) return;
  mayAskAhead = false;
  if (readHint()) return;
  void queryClient.prefetchQuery({ ...worklistQuery(language), meta: { speculative: true } });
}

/** Remembers whether this browser's user lands on the work list, for `prefetchWorklist` next time. */
export function rememberHome(isWorkList: boolean): void {
  try {
    if (isWorkList) window.localStorage.removeItem(notAWorkerKey);
    else window.localStorage.setItem(notAWorkerKey, '1');
  } catch {
    // Storage blocked: the next visit asks ahead as usual.
  }
}
