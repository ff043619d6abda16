import { Disability, Education, Employment, Guardian, MaritalStatus, Reporter } from '@atensi/contracts';
import { useTranslation } from 'react-i18next';

type Relationship = Guardian['relationship'];
const relationships = Guardian.shape.relationship.options;

export function useEducationOptions(): { value: (typeof Education.options)[number]; label: string }[] {
  const { t } = useTranslation();
  return Education.options.map((value) => ({ value, label: t(`beneficiaries.educations.${value}`) }));
}

export function useEmploymentOptions(): { value: (typeof Employment.options)[number]; label: string }[] {
  const { t } = useTranslation();
  return Employment.options.map((value) => ({ value, label: t(`beneficiaries.employments.${value}`) }));
}

export function useMaritalStatusOptions(): { value: (typeof MaritalStatus.options)[number]; label: string }[] {
  const { t } = useTranslation();
  return MaritalStatus.options.map((value) => ({ value, label: t(`beneficiaries.maritalStatuses.${value}`) }));
}

export function useDisabilityOptions(): { value: (typeof Disability.options)[number]; label: string }[] {
  const { t } = useTranslation();
  return Disability.options.map((value) => ({ value, label: t(`beneficiaries.disabilityTypes.${value}`) }));
}

export function useRelationshipOptions(): { value: Relationship; label: string }[] {
  const { t } = useTranslation();
  return relationships.map((value) => ({ value, label: t(`beneficiaries.relationships.${value}`) }));
}

export function useReporterOptions(): { value: (typeof Reporter.options)[number]; label: string }[] {
  const { t } = useTranslation();
  return Reporter.options.map((value) => ({ value, label: t(`beneficiaries.reporters.${value}`) }));
}

/** Narrows a select's string to one of a zod enum's values, or null. */
export function oneOf<T extends string>(options: readonly T[], value: string | null): T | null {
  return value !== null && (options as readonly string[]).includes(value) ? (value as T) : null;
}
