import type { InstitutionDetail } from '@atensi/contracts';
import { Anchor, Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useComponentLabel } from './institution-labels';

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  const isEmpty = children === null || children === undefined || children === '';
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" data-testid={testId}>
        {isEmpty ? (
          <Text span c="dimmed" size="sm">
            {t('institutions.notRecorded')}
          </Text>
        ) : (
          children
        )}
      </Text>
    </Stack>
  );
}

/** The profile: where it is, how to reach it, what it offers and to whom it answers. */
export function InstitutionProfile({ institution }: { institution: InstitutionDetail }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const componentLabel = useComponentLabel();
  const capacity = (value: number | null) => (value === null ? null : t('institutions.places', { count: value }));
  return (
    <Stack gap="lg" data-testid="institution-profile">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        <Field label={t('institutions.fields.code')}>{institution.code}</Field>
        <Field label={t('institutions.fields.type')}>{t(`institutions.types.${institution.type}`)}</Field>
        <Field label={t('institutions.fields.parent')}>
          {institution.parent && (
            <Anchor
              component={Link}
              to={`/institutions/${institution.parent.id}`}
              data-testid="institution-parent-link"
            >
              {institution.parent.name}
            </Anchor>
          )}
        </Field>
        <Field label={t('institutions.fields.regionCode')}>
          {institution.regionCode && (
            <Anchor component={Link} to={`/regions/${institution.regionCode}`}>
              {institution.regionCode}
            </Anchor>
          )}
        </Field>
        <Field label={t('institutions.fields.address')}>{institution.address}</Field>
        <Field label={t('institutions.fields.phone')} testId="institution-phone-shown">
          {institution.phone}
        </Field>
        <Field label={t('institutions.fields.email')}>{institution.email}</Field>
        <Field label={t('institutions.fields.capacityResidential')}>{capacity(institution.capacityResidential)}</Field>
        <Field label={t('institutions.fields.capacityOutpatient')}>{capacity(institution.capacityOutpatient)}</Field>
        <Field label={t('institutions.fields.validFrom')}>{formatDate(institution.validFrom, language)}</Field>
        <Field label={t('institutions.fields.closedOn')}>
          {institution.closedOn ? formatDate(institution.closedOn, language) : null}
        </Field>
        <Field label={t('institutions.fields.staffCount')}>{String(institution.staffCount)}</Field>
      </SimpleGrid>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('institutions.fields.components')}
        </Title>
        {institution.components.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('institutions.notRecorded')}
          </Text>
        ) : (
          <Group gap="xs" data-testid="institution-components-shown">
            {institution.components.map((component) => (
              <Badge key={component} variant="light" color="blue" tt="none">
                {componentLabel(component)}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('institutions.fields.settings')}
        </Title>
        {institution.settings.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('institutions.notRecorded')}
          </Text>
        ) : (
          <Group gap="xs">
            {institution.settings.map((setting) => (
              <Badge key={setting} variant="light" color="cyan" tt="none">
                {t(`institutions.settings.${setting}`)}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
    </Stack>
  );
}
