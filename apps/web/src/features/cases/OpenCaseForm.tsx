import type { Case, CreateCaseInput, IntakeSource } from '@atensi/contracts';
import { Button, Group, Paper, Select, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { isPlacedInFields, serverFieldError } from '../../lib/field-errors';
import { todayInJakarta } from '../../lib/format';
import { oneOf, useReporterOptions } from '../beneficiaries/beneficiary-labels';
import { isIntakeSource, useIntakeSourceOptions } from './case-labels';
import { useOpenCase } from './cases.api';

type Reporter = NonNullable<CreateCaseInput['report']>['reporter'];
const fields = ['intakeSource', 'report', 'report.reporter', 'report.reportedOn'] as const;

/**
 * Opens a case for a person at the caller's institution. A wajib lapor report (by the person or their family) gets
 * a kartu lapor diri number. A 409 (a running case, an institution that may not admit) shows the server's message.
 */
export function OpenCaseForm({ beneficiaryId, onOpened }: { beneficiaryId: string; onOpened: (opened: Case) => void }) {
  const { t } = useTranslation();
  const intakeSourceOptions = useIntakeSourceOptions();
  const reporterOptions = useReporterOptions();
  const open = useOpenCase();
  const today = todayInJakarta();
  const [intakeSource, setIntakeSource] = useState<IntakeSource | null>(null);
  const [hasReport, setHasReport] = useState(false);
  const [reporter, setReporter] = useState<Reporter | null>(null);
  const [reportedOn, setReportedOn] = useState(today);
  const [isSubmitted, setIsSubmitted] = useState(false);

  const problems = {
    intakeSource: intakeSource === null ? t('beneficiaries.form.required') : null,
    'report.reporter': hasReport && reporter === null ? t('beneficiaries.form.required') : null,
    'report.reportedOn': !hasReport
      ? null
      : reportedOn === ''
        ? t('beneficiaries.form.required')
        : reportedOn > today
          ? t('beneficiaries.openCase.dateRule')
          : null,
  };
  const shown = (field: (typeof fields)[number]) =>
    (isSubmitted && field in problems ? problems[field as keyof typeof problems] : null) ??
    serverFieldError(open.error, field);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (Object.values(problems).some(Boolean) || intakeSource === null) return;
    const input: CreateCaseInput = {
      intakeSource,
      ...(hasReport && reporter !== null ? { report: { reporter, reportedOn } } : {}),
    };
    open.mutate({ beneficiaryId, input }, { onSuccess: onOpened });
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="open-case">
      <form onSubmit={submit} noValidate data-testid="open-case-form">
        <Stack gap="sm">
          <Stack gap={2}>
            <Title order={2} size="h3">
              {t('beneficiaries.openCase.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('beneficiaries.openCase.description')}
            </Text>
          </Stack>
          {open.isError && !isPlacedInFields(open.error, fields) && <QueryErrorAlert error={open.error} />}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label={t('beneficiaries.openCase.intakeSource')}
              data={intakeSourceOptions}
              value={intakeSource}
              onChange={(value) => setIntakeSource(isIntakeSource(value) ? value : null)}
              required
              allowDeselect={false}
              error={shown('intakeSource')}
              comboboxProps={{ withinPortal: true }}
              data-testid="case-intake-source"
            />
          </SimpleGrid>
          <Switch
            label={t('beneficiaries.openCase.report')}
            description={t('beneficiaries.openCase.reportHint')}
            checked={hasReport}
            onChange={(event) => setHasReport(event.currentTarget.checked)}
            data-testid="case-report"
          />
          {hasReport && (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Select
                label={t('beneficiaries.openCase.reporter')}
                data={reporterOptions}
                value={reporter}
                onChange={(value) =>
                  setReporter(
                    oneOf(
                      reporterOptions.map((option) => option.value),
                      value,
                    ),
                  )
                }
                required
                allowDeselect={false}
                error={shown('report.reporter') ?? shown('report')}
                comboboxProps={{ withinPortal: true }}
                data-testid="case-reporter"
              />
              <TextInput
                type="date"
                label={t('beneficiaries.openCase.reportedOn')}
                value={reportedOn}
                max={today}
                onChange={(event) => setReportedOn(event.currentTarget.value)}
                required
                error={shown('report.reportedOn')}
                data-testid="case-reported-on"
              />
            </SimpleGrid>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={open.isPending} data-testid="case-open-submit">
              {t('beneficiaries.openCase.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
