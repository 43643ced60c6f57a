import type { Plugin } from 'vite';

const GENERATED_LOCALE = /[\\/]src[\\/]generated[\\/]locales[\\/][a-z-]+\.ts$/i;
const STR_IMPORT = "import {str} from '@lit/localize';";
const STR_TAG = 'const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });';

/**
 * Locale modules as lit-localize writes them import `str` from @lit/localize. In a CDN build that
 * import makes them depend on the chunk holding @lit/localize: for the all-in-one file that is the
 * file itself, imported back by its URL without the host's query string (`?v=…`, as Drupal adds),
 * so the whole file would load and run a second time. Each locale module gets its own copy of the
 * tag instead (the object @lit/localize's `str` makes, read by its `msg`), and imports nothing; the
 * language chunks are then the same files in both CDN builds.
 *
 * Waits for: the all-in-one file keeping what it shares with its chunks without chunks importing it
 * back (https://github.com/rolldown/rolldown/issues/10731, see all-in-one-chunks.ts). Until then a
 * locale chunk that imports anything imports the entry.
 */
export function selfContainedLocales(): Plugin {
  return {
    name: 'absch-self-contained-locales',
    enforce: 'pre',
    transform(code, id) {
      if (!GENERATED_LOCALE.test(id)) return null;
      // Loud, not silent: a new lit-localize output format must be looked at, not shipped half-working.
      if (!code.includes(STR_IMPORT)) throw new Error(`${id}: lit-localize no longer writes "${STR_IMPORT}"; update selfContainedLocales()`);
      return code.replace(STR_IMPORT, STR_TAG);
    },
  };
}
