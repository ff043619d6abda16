import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useStaffList } from '../workforce/workforce.api';

/** Searches the staff registry (within the caller's scope) by name; the option shows the institution. */
export function StaffPicker({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  testId?: string;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const list = useStaffList(debounced.length >= 2 ? { q: debounced } : {}, 1, { pageSize: 30 });
  const options = (list.data?.items ?? []).map((member) => ({
    value: member.id,
    label: `${member.fullName} — ${member.institutionName}`,
  }));
  return (
    <Select
      label={label}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      clearable
      nothingFoundMessage="–"
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}
