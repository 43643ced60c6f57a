/**
 * Interface strings per element, not per page. `@lit/localize`'s runtime mode keeps one active
 * locale for the whole page, so one `lang="fr"` element turned its neighbours half-French. We use
 * its reentrant mode instead (lit/lit packages/localize/src/init/reentrant.ts): `msg()` asks us,
 * at each call, which locale is current, and we answer from a stack that `withLocale()` pushes
 * synchronously around each element's update and around any other place an element builds a
 * string. The same stack serves concurrent server renders: a render is synchronous, so its
 * strings cannot be taken by another render's locale.
 *
 * The XLIFF workflow and the generated templates stay as they were: a locale's templates are
 * loaded once, by a static `import()` (so that bundlers emit relative chunks that load from
 * wherever the library is served), and its chunk carries its official names too
 * (data/official-names.ts). Until they arrive, that locale's strings are the English ones.
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { addOfficialNames, type OfficialNames } from '../data/official-names.js';
import { SOURCE_LOCALE, type Locale } from './locale.js';

// SOURCE_LOCALE is typed Locale, so the source language is named here.
type TargetLocale = Exclude<Locale, 'en'>;

/** Locales whose templates have arrived. */
const loaded = new Map<Locale, LocaleModule>();
/** Strings spoken instead of a locale's own while set: the pseudo-locales of tests and stories (pseudo-locale.ts). */
const overrides = new Map<Locale, LocaleModule>();
/** One load per locale, shared by every element that speaks it. */
const loading = new Map<Locale, Promise<void>>();
/** The locales of the `withLocale` calls in progress, innermost last. */
const current: (() => Locale)[] = [];

configureReentrantLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: ['ar', 'es', 'fr', 'ru', 'zh'],
  // Outside any withLocale() there is no element to speak for: English, never a neighbour's language.
  getLocale: () => current[current.length - 1]?.() ?? SOURCE_LOCALE,
  loadLocaleSync: (locale) => overrides.get(locale as Locale) ?? loaded.get(locale as Locale),
});

const isTarget = (locale: Locale): locale is TargetLocale => locale !== SOURCE_LOCALE;

const IMPORTS: Record<TargetLocale, () => Promise<LocaleModule & { officialNames: OfficialNames }>> = {
  ar: () => import('./locale-modules/ar.js'),
  es: () => import('./locale-modules/es.js'),
  fr: () => import('./locale-modules/fr.js'),
  ru: () => import('./locale-modules/ru.js'),
  zh: () => import('./locale-modules/zh.js'),
};

/**
 * Runs `fn` with `msg()` speaking `locale`, and returns what it returns. Calls nest: the inner
 * locale holds until the inner call returns, even when it throws. A function as `locale` is read
 * at each `msg()`, for a caller whose language may be resolved again within `fn`.
 */
export function withLocale<T>(locale: Locale | (() => Locale), fn: () => T): T {
  current.push(typeof locale === 'function' ? locale : () => locale);
  try {
    return fn();
  } finally {
    current.pop();
  }
}

/**
 * Loads the templates of `locale` once. Resolves when they are there; a failed load resolves too
 * (and may be tried again later), since English strings are better than a rejection in the host page.
 */
export function loadInterfaceStrings(locale: Locale): Promise<void> {
  if (!isTarget(locale) || loaded.has(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = IMPORTS[locale]()
      .then((module) => {
        addOfficialNames(locale, module.officialNames);
        loaded.set(locale, module);
      })
      .catch(() => {
        loading.delete(locale);
      });
    loading.set(locale, pending);
  }
  return pending;
}

/** Whether `msg()` can speak `locale` now (English always can). */
export function interfaceStringsLoaded(locale: Locale): boolean {
  return locale === SOURCE_LOCALE || loaded.has(locale);
}

/** Tests and stories only: `msg()` speaks `module` for `locale` until called again with null. */
export function overrideInterfaceStrings(locale: Locale, module: LocaleModule | null): void {
  if (module) overrides.set(locale, module);
  else overrides.delete(locale);
}
