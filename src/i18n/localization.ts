/**
 * The one `@lit/localize` configuration of the library. `@lit/localize` keeps a single active
 * locale per page (lit/lit packages/localize/src/init/install.ts), so every element asks for its
 * resolved locale here and the last request wins; API content still follows each element's own
 * language. Each locale is a static `import()` so bundlers emit relative chunks that load from
 * wherever the library is served (an absolute path would break on host sites).
 */
import { configureLocalization } from '@lit/localize';
import { SOURCE_LOCALE, type Locale } from './locale.js';

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: ['ar', 'es', 'fr', 'ru', 'zh'],
  loadLocale: (locale) => {
    switch (locale) {
      case 'ar':
        return import('../generated/locales/ar.js');
      case 'es':
        return import('../generated/locales/es.js');
      case 'fr':
        return import('../generated/locales/fr.js');
      case 'ru':
        return import('../generated/locales/ru.js');
      default:
        return import('../generated/locales/zh.js');
    }
  },
});

let pending: Promise<void> = Promise.resolve();

/**
 * Switches the interface strings to `locale`. Calls are chained so that the last request wins even
 * when an earlier locale module arrives later; a failed load keeps the current strings (the
 * element still renders, in English at worst) instead of rejecting into the host page.
 */
export function useInterfaceLocale(locale: Locale): Promise<void> {
  pending = pending.then(() => (getLocale() === locale ? undefined : setLocale(locale))).catch(() => undefined);
  return pending;
}
