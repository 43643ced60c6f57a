/**
 * The one `@lit/localize` configuration of the library. `@lit/localize` keeps a single active
 * locale per page (lit/lit packages/localize/src/init/install.ts), so every element asks for its
 * resolved locale here and the last request wins; API content still follows each element's own
 * language. Each locale is a static `import()` so bundlers emit relative chunks that load from
 * wherever the library is served (an absolute path would break on host sites); a locale's chunk
 * carries its official names too (data/official-names.ts).
 */
import { configureLocalization } from '@lit/localize';
import { addOfficialNames, type OfficialNames } from '../data/official-names.js';
import { SOURCE_LOCALE, type Locale } from './locale.js';

/** Registers a language's official names before @lit/localize re-renders with its strings. */
const withNames =
  (locale: Locale) =>
  <T extends { officialNames: OfficialNames }>(module: T): T => {
    addOfficialNames(locale, module.officialNames);
    return module;
  };

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: ['ar', 'es', 'fr', 'ru', 'zh'],
  loadLocale: (locale) => {
    switch (locale) {
      case 'ar':
        return import('./locale-modules/ar.js').then(withNames('ar'));
      case 'es':
        return import('./locale-modules/es.js').then(withNames('es'));
      case 'fr':
        return import('./locale-modules/fr.js').then(withNames('fr'));
      case 'ru':
        return import('./locale-modules/ru.js').then(withNames('ru'));
      default:
        return import('./locale-modules/zh.js').then(withNames('zh'));
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

/** Resolves when the interface strings asked for so far have loaded (or failed to: English stays). */
export function interfaceStringsSettled(): Promise<void> {
  return pending;
}
