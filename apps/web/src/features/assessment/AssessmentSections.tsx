import type { AssessmentDefinition, ServiceSetting } from '@atensi/contracts';
import {
  Badge,
  Group,
  Paper,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/i18n/use-language';
import { localized } from '../screening/assist-text';
import { type AssessmentFormState, bandOf } from './assessment-form';

type Props = {
  definition: AssessmentDefinition;
  state: AssessmentFormState;
  onChange: (update: (current: AssessmentFormState) => AssessmentFormState) => void;
  readOnly: boolean;
  errorFor: (path: string) => string | undefined;
};

function Section({
  title,
  hint,
  children,
  testId,
}: {
  title: string;
  hint?: string;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid={testId}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h4">
            {title}
          </Title>
          {hint && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}

const RATINGS = Array.from({ length: 10 }, (_, rating) => String(rating));

/** The seven ASI areas, each with the interviewer's 0-9 severity rating and a note. */
export function DomainsSection({ definition, state, onChange, readOnly, errorFor }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <Section
      title={t('assessment.sections.domains')}
      hint={t('assessment.sections.domainsHint')}
      testId="assessment-domains"
    >
      {definition.domains.map((domain) => {
        const value = state.domains[domain.key];
        const band =
          value?.rating === null || value?.rating === undefined ? undefined : bandOf(value.rating, definition);
        return (
          <Stack key={domain.key} gap={6} data-testid={`assessment-domain-${domain.key}`}>
            <Group justify="space-between" gap="xs">
              <Stack gap={0}>
                <Text fw={500}>{localized(domain.label, language)}</Text>
                <Text size="xs" c="dimmed">
                  {localized(domain.covers, language)}
                </Text>
              </Stack>
              {band && <Badge variant="light">{localized(band.label, language)}</Badge>}
            </Group>
            <SegmentedControl
              size="xs"
              fullWidth
              disabled={readOnly}
              data={RATINGS}
              value={value?.rating === null || value?.rating === undefined ? '' : String(value.rating)}
              onChange={(rating) =>
                onChange((current) => ({
                  ...current,
                  domains: {
                    ...current.domains,
                    [domain.key]: { rating: Number(rating), note: current.domains[domain.key]?.note ?? '' },
                  },
                }))
              }
              aria-label={t('assessment.rating', { domain: localized(domain.label, language) })}
              data-testid={`assessment-rating-${domain.key}`}
            />
            <Textarea
              size="xs"
              placeholder={t('assessment.notePlaceholder')}
              autosize
              minRows={1}
              maxLength={2000}
              readOnly={readOnly}
              value={value?.note ?? ''}
              error={errorFor(`body.domains.${domain.key}.note`)}
              onChange={(event) => {
                const note = event.currentTarget.value;
                onChange((current) => ({
                  ...current,
                  domains: {
                    ...current.domains,
                    [domain.key]: { rating: current.domains[domain.key]?.rating ?? null, note },
                  },
                }));
              }}
            />
          </Stack>
        );
      })}
    </Section>
  );
}

/** The urine test: its result and, when positive, the substances found. */
export function UrineSection({ definition, state, onChange, readOnly }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <Section title={t('assessment.sections.urine')} testId="assessment-urine">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('assessment.urineResult')}
          data={definition.urineResults.map((option) => ({
            value: option.value,
            label: localized(option.label, language),
          }))}
          value={state.urineResult}
          readOnly={readOnly}
          clearable={!readOnly}
          onChange={(value) =>
            onChange((current) => ({ ...current, urineResult: value as AssessmentFormState['urineResult'] }))
          }
          data-testid="assessment-urine-result"
        />
        {state.urineResult === 'positive' && (
          <TagsInput
            label={t('assessment.urineSubstances')}
            description={t('assessment.urineSubstancesHint')}
            value={state.urineSubstances}
            readOnly={readOnly}
            maxTags={10}
            onChange={(urineSubstances) => onChange((current) => ({ ...current, urineSubstances }))}
          />
        )}
      </SimpleGrid>
    </Section>
  );
}

/** The social worker's needs across the seven ATENSI components: none, some or high, with a note. */
export function NeedsSection({ definition, state, onChange, readOnly }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <Section title={t('assessment.sections.needs')} hint={t('assessment.sections.needsHint')} testId="assessment-needs">
      {definition.components.map((component) => {
        const value = state.needs[component.key];
        return (
          <Stack key={component.key} gap={6}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={0}>
                <Text fw={500}>{localized(component.label, language)}</Text>
                <Text size="xs" c="dimmed">
                  {localized(component.examples, language)}
                </Text>
              </Stack>
              <SegmentedControl
                size="xs"
                disabled={readOnly}
                data={definition.needLevels.map((level) => ({
                  value: level.value,
                  label: localized(level.label, language),
                }))}
                value={value?.need ?? ''}
                onChange={(need) =>
                  onChange((current) => ({
                    ...current,
                    needs: {
                      ...current.needs,
                      [component.key]: {
                        need: need as NonNullable<typeof value>['need'],
                        note: current.needs[component.key]?.note ?? '',
                      },
                    },
                  }))
                }
                data-testid={`assessment-need-${component.key}`}
              />
            </Group>
            {value?.need && value.need !== 'none' && (
              <Textarea
                size="xs"
                placeholder={t('assessment.needNotePlaceholder')}
                autosize
                minRows={1}
                maxLength={2000}
                readOnly={readOnly}
                value={value.note}
                onChange={(event) => {
                  const note = event.currentTarget.value;
                  onChange((current) => ({
                    ...current,
                    needs: {
                      ...current.needs,
                      [component.key]: { need: current.needs[component.key]?.need ?? null, note },
                    },
                  }));
                }}
              />
            )}
          </Stack>
        );
      })}
    </Section>
  );
}

/** Stage of change, then the recommendation of medical and social rehabilitation with its justification. */
export function RecommendationSection({ definition, state, onChange, readOnly, errorFor }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <Section title={t('assessment.sections.recommendation')} testId="assessment-recommendation">
      <Radio.Group
        label={t('assessment.stageOfChange')}
        value={state.stageOfChange}
        onChange={(value) =>
          !readOnly &&
          onChange((current) => ({ ...current, stageOfChange: value as AssessmentFormState['stageOfChange'] }))
        }
        data-testid="assessment-stage"
      >
        <Stack gap={6} mt="xs">
          {definition.stagesOfChange.map((stage) => (
            <Radio
              key={stage.value}
              value={stage.value}
              disabled={readOnly}
              label={localized(stage.label, language)}
              description={localized(stage.description, language)}
              data-testid={`assessment-stage-${stage.value}`}
            />
          ))}
        </Stack>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Radio.Group
          label={t('assessment.medicalRehab')}
          value={state.medicalRehab}
          onChange={(value) =>
            !readOnly &&
            onChange((current) => ({ ...current, medicalRehab: value as AssessmentFormState['medicalRehab'] }))
          }
          data-testid="assessment-medical"
        >
          <Stack gap={6} mt="xs">
            {definition.medicalRehab.map((option) => (
              <Radio
                key={option.value}
                value={option.value}
                disabled={readOnly}
                label={localized(option.label, language)}
                data-testid={`assessment-medical-${option.value}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Radio.Group
          label={t('assessment.socialSetting')}
          value={state.socialSetting}
          onChange={(value) =>
            !readOnly && onChange((current) => ({ ...current, socialSetting: value as ServiceSetting }))
          }
          data-testid="assessment-setting"
        >
          <Stack gap={6} mt="xs">
            {definition.socialSettings.map((option) => (
              <Radio
                key={option.value}
                value={option.value}
                disabled={readOnly}
                label={localized(option.label, language)}
                description={localized(option.description, language)}
                data-testid={`assessment-setting-${option.value}`}
              />
            ))}
          </Stack>
        </Radio.Group>
      </SimpleGrid>
      <Textarea
        label={t('assessment.justification')}
        description={t('assessment.justificationHint')}
        autosize
        minRows={2}
        maxLength={2000}
        readOnly={readOnly}
        value={state.justification}
        error={errorFor('body.recommendation.justification')}
        onChange={(event) => {
          const justification = event.currentTarget.value;
          onChange((current) => ({ ...current, justification }));
        }}
        data-testid="assessment-justification"
      />
    </Section>
  );
}
