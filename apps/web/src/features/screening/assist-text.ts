import type { AssistDefinition, Language, LocalizedText, RiskLevel } from '@atensi/contracts';

/** A definition's text in the UI language. */
export function localized(text: LocalizedText, language: Language): string {
  return text[language];
}

/** A question's wording with the substance group named in it (`{substance}`). */
export function questionText(
  question: AssistDefinition['questions'][number],
  substanceLabel: string,
  language: Language,
): string {
  return question.text[language].replace('{substance}', substanceLabel.toLowerCase());
}

export const riskColor: Record<RiskLevel, string> = { low: 'teal', moderate: 'orange', high: 'red' };
