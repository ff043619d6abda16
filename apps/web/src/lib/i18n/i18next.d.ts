import 'i18next';
import type { id } from './catalogues';

// Types `t()` keys from the Indonesian file, the source of truth every other language must match.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id };
  }
}
