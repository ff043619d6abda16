import { AtensiComponent, type CatalogueItem, ServiceUnit } from '@atensi/contracts';
import {
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { serverFieldError } from '../../lib/field-errors';
import { useLanguage } from '../../lib/i18n/use-language';
import { useCan } from '../auth/current-user';
import { oneOf } from '../beneficiaries/beneficiary-labels';
import { useComponentLabel } from '../plans/plan-labels';
import { useCatalogue, useSaveCatalogueItem } from './service-delivery.api';

/** The service catalogue: the sub-activities of the seven ATENSI components; the Directorate maintains it. */
export function CataloguePage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  useDocumentTitle(t('app.documentTitle', { page: t('services.catalogue.title') }));
  const canManage = useCan('catalogue:manage');
  const catalogue = useCatalogue(canManage);
  const componentLabel = useComponentLabel();
  const [editing, setEditing] = useState<CatalogueItem | 'new' | null>(null);

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} data-testid="page-title">
            {t('services.catalogue.title')}
          </Title>
          <Text c="dimmed">{t('services.catalogue.description')}</Text>
        </Stack>
        {canManage && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setEditing('new')}
            data-testid="catalogue-add"
          >
            {t('services.catalogue.add')}
          </Button>
        )}
      </Group>
      {catalogue.isPending && <LoadingState />}
      {catalogue.isError && <QueryErrorAlert error={catalogue.error} onRetry={() => void catalogue.refetch()} />}
      {catalogue.data &&
        AtensiComponent.options.map((component, index) => {
          const items = catalogue.data.items.filter((item) => item.component === component);
          return (
            <Paper
              key={component}
              withBorder
              p="md"
              radius="md"
              data-testid="catalogue-component"
              data-component={component}
            >
              <Stack gap="xs">
                <Title order={2} size="h4">
                  {index + 1}. {componentLabel(component)}
                </Title>
                <Table verticalSpacing="xs">
                  <Table.Tbody>
                    {items.map((item) => (
                      <Table.Tr key={item.id} data-testid="catalogue-item" data-code={item.code}>
                        <Table.Td>
                          <Text size="sm" c={item.isActive ? undefined : 'dimmed'}>
                            {item.name[language]}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {item.code}
                          </Text>
                        </Table.Td>
                        <Table.Td w={140}>
                          <Badge miw="max-content" variant="light" color="gray" tt="none">
                            {t(`services.unitNames.${item.unit}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td w={120}>
                          {!item.isActive && (
                            <Badge miw="max-content" variant="outline" color="gray" tt="none">
                              {t('services.catalogue.retired')}
                            </Badge>
                          )}
                        </Table.Td>
                        {canManage && (
                          <Table.Td w={60}>
                            <Button
                              size="xs"
                              variant="subtle"
                              leftSection={<IconPencil size={14} aria-hidden />}
                              onClick={() => setEditing(item)}
                              data-testid="catalogue-edit"
                            >
                              {t('plans.actions.edit')}
                            </Button>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Stack>
            </Paper>
          );
        })}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('services.catalogue.add') : t('services.catalogue.edit')}
        centered
        size="lg"
      >
        {editing !== null && <ItemForm item={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}

function ItemForm({ item, onDone }: { item: CatalogueItem | null; onDone: () => void }) {
  const { t } = useTranslation();
  const componentLabel = useComponentLabel();
  const save = useSaveCatalogueItem();
  const [code, setCode] = useState('');
  const [component, setComponent] = useState<AtensiComponent | null>(item?.component ?? null);
  const [nameId, setNameId] = useState(item?.name.id ?? '');
  const [nameEn, setNameEn] = useState(item?.name.en ?? '');
  const [unit, setUnit] = useState<ServiceUnit>(item?.unit ?? 'session');
  const [position, setPosition] = useState<number | ''>(item?.position ?? 1000);
  const [isActive, setIsActive] = useState(item?.isActive ?? true);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const required = t('beneficiaries.form.required');
  const problems: Record<string, string | null> = {
    code: item || code.trim().length >= 2 ? null : required,
    component: component ? null : required,
    'name.id': nameId.trim().length >= 2 ? null : required,
    'name.en': nameEn.trim().length >= 2 ? null : required,
  };
  const shown = (field: string) => (isSubmitted ? problems[field] : null) ?? serverFieldError(save.error, field);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (Object.values(problems).some(Boolean) || !component) return;
    const name = { id: nameId.trim(), en: nameEn.trim() };
    save.mutate(
      item
        ? { item, update: { name, unit, isActive, ...(position !== '' ? { position } : {}) } }
        : {
            item: null,
            create: { code: code.trim(), component, name, unit, ...(position !== '' ? { position } : {}) },
          },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} noValidate data-testid="catalogue-form">
      <Stack gap="sm">
        {save.error ? <QueryErrorAlert error={save.error} /> : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('services.catalogue.code')}
            description={t('services.catalogue.codeHint')}
            value={item ? item.code : code}
            onChange={(event) => setCode(event.currentTarget.value)}
            disabled={item !== null}
            required
            error={shown('code')}
            data-testid="catalogue-code"
          />
          <Select
            label={t('plans.columns.component')}
            data={AtensiComponent.options.map((value) => ({ value, label: componentLabel(value) }))}
            value={component}
            onChange={(value) => setComponent(oneOf(AtensiComponent.options, value))}
            disabled={item !== null}
            required
            error={shown('component')}
            comboboxProps={{ withinPortal: true }}
            data-testid="catalogue-component-select"
          />
          <TextInput
            label={t('services.catalogue.nameId')}
            value={nameId}
            onChange={(event) => setNameId(event.currentTarget.value)}
            required
            error={shown('name.id')}
            data-testid="catalogue-name-id"
          />
          <TextInput
            label={t('services.catalogue.nameEn')}
            value={nameEn}
            onChange={(event) => setNameEn(event.currentTarget.value)}
            required
            error={shown('name.en')}
            data-testid="catalogue-name-en"
          />
          <Select
            label={t('services.catalogue.unit')}
            data={ServiceUnit.options.map((value) => ({ value, label: t(`services.unitNames.${value}`) }))}
            value={unit}
            onChange={(value) => {
              const next = oneOf(ServiceUnit.options, value);
              if (next) setUnit(next);
            }}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="catalogue-unit"
          />
          <NumberInput
            label={t('services.catalogue.position')}
            value={position}
            min={0}
            max={10000}
            allowDecimal={false}
            onChange={(value) => setPosition(typeof value === 'number' ? value : '')}
          />
        </SimpleGrid>
        {item && (
          <Switch
            label={t('services.catalogue.active')}
            description={t('services.catalogue.activeHint')}
            checked={isActive}
            onChange={(event) => setIsActive(event.currentTarget.checked)}
            data-testid="catalogue-active"
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="catalogue-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
