import { LOCALES, SOURCE_LOCALE, type Locale } from './locale.js';

/** A text with the language it is actually in, so a fallback can be marked with `lang`. */
export interface LocalizedText {
  text: string;
  lang: Locale;
  /** true when the text is not in the requested language */
  fallback: boolean;
}

/**
 * Picks the requested language, then English, then the first of the six languages present
 * (design.md "Languages"). Empty strings count as absent.
 */
export function pickText(values: Partial<Record<Locale, string | undefined | null>> | null | undefined, locale: Locale): LocalizedText | null {
  if (!values) return null;
  for (const lang of [locale, SOURCE_LOCALE, ...LOCALES]) {
    const text = values[lang];
    if (typeof text === 'string' && text.trim() !== '') return { text, lang, fallback: lang !== locale };
  }
  return null;
}
