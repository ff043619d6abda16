import { Text, Tooltip } from '@mantine/core';
import { useRegion } from './regions.api';

/**
 * A region shown by name ("Cileunyi, Kabupaten Bandung") from its code, with the full path on hover; the code while
 * loading or when the region cannot be read. Regions are cached for minutes, so a table of people in the same places
 * asks once per place.
 */
export function RegionName({ code }: { code: string }) {
  const region = useRegion(code);
  if (!region.data) {
    return (
      <Text span size="sm" c="dimmed">
        {code}
      </Text>
    );
  }
  const { name, ancestors } = region.data;
  const regency = ancestors.find((ancestor) => ancestor.level === 'regency');
  const path = [...ancestors.map((ancestor) => ancestor.name), name].join(' › ');
  return (
    <Tooltip label={path} openDelay={300}>
      <Text span size="sm">
        {regency && regency.code !== code ? `${name}, ${regency.name}` : name}
      </Text>
    </Tooltip>
  );
}
