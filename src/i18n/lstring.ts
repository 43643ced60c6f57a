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
 * (README, Languages). Empty strings count as absent.
 */
export function pickText(values: Partial<Record<Locale, string | undefined | null>> | null | undefined, locale: Locale): LocalizedText | null {
  if (!values) return null;
  for (const lang of [locale, SOURCE_LOCALE, ...LOCALES]) {
    const text = values[lang];
    if (typeof text === 'string' && text.trim() !== '') return { text, lang, fallback: lang !== locale };
  }
  return null;
}

/**
 * `pickText` for the index's localized fields (`title_FR_t`, `summary_FR_t`). The real index fills a
 * language the record lacks with the English text (scbd/clearing-house-documentation
 * swagger/json/cna/solr/all-record.ts L72–76), so a value in another language that equals the
 * record's English one is English, shown as a fallback.
 */
export function pickIndexedText(values: Partial<Record<Locale, string | undefined | null>> | null | undefined, locale: Locale): LocalizedText | null {
  const picked = pickText(values, locale);
  if (picked && !picked.fallback && locale !== SOURCE_LOCALE && picked.text === values?.[SOURCE_LOCALE]) {
    return { text: picked.text, lang: SOURCE_LOCALE, fallback: true };
  }
  return picked;
}
