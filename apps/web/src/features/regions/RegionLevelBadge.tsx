import type { RegionLevel } from '@atensi/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { regionLevelColor } from './region-levels';

export function RegionLevelBadge({ level, size = 'sm' }: { level: RegionLevel; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={regionLevelColor(level)} size={size} radius="sm" tt="none">
      {t(`regions.levels.${level}`)}
    </Badge>
  );
}
