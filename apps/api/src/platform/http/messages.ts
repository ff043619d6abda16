import type { Language } from '@atensi/contracts';
import { activitiesMessages } from './messages/activities.js';
import { clientsMessages } from './messages/clients.js';
import { dtksMessages } from './messages/dtks.js';
import { identityMessages } from './messages/identity.js';
import { plansMessages } from './messages/plans.js';
import { platformMessages } from './messages/platform.js';
import { registryMessages } from './messages/registry.js';
import { reportsMessages } from './messages/reports.js';
import { screeningMessages } from './messages/screening.js';
import { servicesMessages } from './messages/services.js';

/**
 * Every message the API says, in Bahasa Indonesia and English. Keys are used as zod `error` values in the
 * contracts too (`{ error: 'region.code_format' }`), so a schema's own message is translated like any other.
 */
/** One catalogue per part of the product; a new module adds its own file under `messages/` and its line here. */
export const CATALOGUES = [
  platformMessages,
  identityMessages,
  registryMessages,
  clientsMessages,
  screeningMessages,
  reportsMessages,
  plansMessages,
  servicesMessages,
  dtksMessages,
  activitiesMessages,
] as const;

const messages = {
  ...platformMessages,
  ...identityMessages,
  ...registryMessages,
  ...clientsMessages,
  ...screeningMessages,
  ...reportsMessages,
  ...plansMessages,
  ...servicesMessages,
  ...dtksMessages,
  ...activitiesMessages,
};

export type MessageKey = keyof typeof messages;

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(messages, value);
}

/** The message in `language`, with `{name}` placeholders filled from `params`. */
export function translate(key: MessageKey, language: Language, params: Record<string, unknown> = {}): string {
  return messages[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
