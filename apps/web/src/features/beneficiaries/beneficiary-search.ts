import type { QueryValue } from '../../lib/api';
import { normaliseNik } from './nik-check';

/**
 * What the search box and filters hold. Kept in the page's memory only: a NIK or a name never goes into the
 * address bar (nor history, nor bookmarks).
 */
export interface BeneficiarySearch {
  term: string;
  regionCode: string | null;
  birthDate: string;
}

export const emptyBeneficiarySearch: BeneficiarySearch = { term: '', regionCode: null, birthDate: '' };

/**
 * The API query for a search: an exact NIK when the box holds 16 digits, otherwise a name or alias of 2 characters
 * or more; the filters narrow either. A NIK still being typed is not sent at all (a partial NIK matches nothing, and
 * should not travel). Null when there is nothing to search by yet.
 */
export function beneficiarySearchQuery(search: BeneficiarySearch): Record<string, QueryValue> | null {
  const term = search.term.trim();
  const digits = normaliseNik(term);
  const byNik = /^\d{16}$/.test(digits);
  const byName = !looksLikeNik(term) && term.length >= 2;
  const birthDate = /^\d{4}-\d{2}-\d{2}$/.test(search.birthDate) ? search.birthDate : undefined;
  const regionCode = search.regionCode ?? undefined;
  if (!byNik && !byName && !regionCode && !birthDate) return null;
  return {
    nik: byNik ? digits : undefined,
    q: byName ? term : undefined,
    regionCode,
    birthDate,
  };
}

/** True when the box holds something that looks like a NIK being typed (digits only), to say how it is searched. */
export function looksLikeNik(term: string): boolean {
  const digits = normaliseNik(term.trim());
  return digits.length > 0 && /^\d+$/.test(digits);
}
