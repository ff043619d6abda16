import type { RegionLevel } from '@atensi/contracts';
import { Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconMapPin } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../components/QueryErrorAlert';
import { RegionLevelBadge } from './RegionLevelBadge';
import { useRegionList } from './regions.api';

/** A region chosen in a picker: its code, and its path from the province down for showing it. */
export interface RegionPick {
  code: string;
  path: string;
}

interface RegionSelectProps {
  value: RegionPick | null;
  onChange: (region: RegionPick | null) => void;
  label: string;
  /** Offer only regions of these levels (a place of residence is a district or a village). */
  levels?: readonly RegionLevel[] | undefined;
  description?: string | undefined;
  placeholder?: string | undefined;
  required?: boolean | undefined;
  error?: string | null | undefined;
  testId?: string | undefined;
}

const searchDebounceMs = 300;

/** Picks one region by name, searching the Kemendagri list on the server as the user types. */
export function RegionSelect(props: RegionSelectProps) {
  const { value, onChange, label, levels, description, placeholder, required, error, testId } = props;
  const { t } = useTranslation();
  const [search, setSearch] = useState(value?.path ?? '');
  const [debounced] = useDebouncedValue(search.trim(), searchDebounceMs);
  // Once a region is chosen the box shows its path: that is not a new search.
  const isSearching = debounced.length >= 2 && debounced !== value?.path;
  const list = useRegionList({ q: debounced }, 1, { enabled: isSearching });
  const loadError = useErrorMessage(list.error);
  const found = isSearching ? (list.data?.items ?? []) : [];
  const levelOf = new Map<string, RegionLevel>();
  const data = found
    .filter((region) => !levels || levels.includes(region.level))
    .map((region) => {
      levelOf.set(region.code, region.level);
      return { value: region.code, label: region.path };
    });
  if (value && !data.some((option) => option.value === value.code))
    data.unshift({ value: value.code, label: value.path });

  let nothingFound = t('regionPicker.none');
  if (search.trim().length < 2) nothingFound = t('regionPicker.typeMore');
  else if (isSearching && list.isFetching) nothingFound = t('regionPicker.searching');

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder ?? t('regionPicker.placeholder')}
      data={data}
      value={value?.code ?? null}
      onChange={(code, option) => onChange(code && option ? { code, path: option.label } : null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already filtered by name; the options are its answer as is.
      filter={({ options }) => options}
      clearable={!required}
      required={required}
      leftSection={<IconMapPin size={16} aria-hidden />}
      nothingFoundMessage={nothingFound}
      error={error ?? (list.isError ? loadError : null)}
      renderOption={({ option }) => {
        const level = levelOf.get(option.value);
        return (
          <Group gap="xs" wrap="nowrap" justify="space-between" w="100%">
            <Text size="sm">{option.label}</Text>
            {level && <RegionLevelBadge level={level} />}
          </Group>
        );
      }}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}
