import { useRegionList } from '../regions/regions.api';

/** The provinces (38, one page), as select options and a code-to-name lookup. */
export function useProvinces() {
  const list = useRegionList({ level: 'province' }, 1);
  const items = list.data?.items ?? [];
  const names = new Map(items.map((region) => [region.code, region.name]));
  return {
    options: items.map((region) => ({ value: region.code, label: region.name })),
    nameOf: (code: string | null) => (code ? (names.get(code) ?? code) : null),
  };
}
