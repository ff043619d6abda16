import {
  AtensiComponent,
  type CatalogueItem,
  GoalProgress,
  type ServiceableCaseList,
  ServiceLocation,
} from '@atensi/contracts';
import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/i18n/use-language';
import { oneOf } from '../beneficiaries/beneficiary-labels';
import { useComponentLabel } from '../plans/plan-labels';

type Common = Omit<SelectProps, 'data' | 'value' | 'onChange'>;

/** A sub-activity of the catalogue, grouped by component; `units` keeps only those counted so. */
export function CatalogueSelect({
  catalogue,
  value,
  onChange,
  units,
  ...props
}: Common & {
  catalogue: readonly CatalogueItem[];
  value: string | null;
  onChange: (value: string | null) => void;
  units?: readonly CatalogueItem['unit'][];
}) {
  const [language] = useLanguage();
  const componentLabel = useComponentLabel();
  const data = AtensiComponent.options
    .map((component) => ({
      group: componentLabel(component),
      items: catalogue
        .filter((item) => item.component === component && item.isActive && (!units || units.includes(item.unit)))
        .map((item) => ({ value: item.id, label: item.name[language] })),
    }))
    .filter((group) => group.items.length > 0);
  return (
    <Select
      data={data}
      value={value}
      onChange={onChange}
      searchable
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}

export function LocationSelect({
  value,
  onChange,
  ...props
}: Common & { value: ServiceLocation; onChange: (value: ServiceLocation) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      data={ServiceLocation.options.map((location) => ({
        value: location,
        label: t(`services.locations.${location}`),
      }))}
      value={value}
      onChange={(next) => {
        const location = oneOf(ServiceLocation.options, next);
        if (location) onChange(location);
      }}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}

type ServiceableCase = ServiceableCaseList['items'][number];

/** One case's goal of its active plan, to report progress on. */
export function GoalSelect({
  person,
  value,
  onChange,
  ...props
}: Common & { person: ServiceableCase | undefined; value: string | null; onChange: (value: string | null) => void }) {
  const { t } = useTranslation();
  const componentLabel = useComponentLabel();
  return (
    <Select
      data={(person?.goals ?? []).map((goal, index) => ({
        value: goal.id,
        label: `${index + 1}. ${componentLabel(goal.component)}: ${goal.description}`,
      }))}
      value={value}
      onChange={onChange}
      clearable
      placeholder={t('services.form.noGoal')}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}

export function ProgressSelect({
  value,
  onChange,
  ...props
}: Common & { value: GoalProgress | null; onChange: (value: GoalProgress | null) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      data={GoalProgress.options.map((progress) => ({ value: progress, label: t(`plans.progress.${progress}`) }))}
      value={value}
      onChange={(next) => onChange(oneOf(GoalProgress.options, next))}
      clearable
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}

/** The serviceable cases as options: the caller's own first (the API orders them so). */
export function caseOptions(cases: readonly ServiceableCase[]) {
  return cases.map((person) => ({ value: person.caseId, label: person.beneficiaryName }));
}
