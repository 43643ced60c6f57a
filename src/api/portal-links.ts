/** Links into the ABSCH portal, shaped as the portal's own routes (ABSCH app/views/search/search-results/result-default.js). */
import { RECORD_TYPES } from '../data/record-types.js';
import type { Locale } from '../i18n/locale.js';

/** `{portal}/{lang}/database/{SHORTCODE}/{UID}`: one record's page. */
export function recordUrl(portal: string, locale: Locale, schema: string, uid: string): string {
  const shortCode = RECORD_TYPES[schema]?.shortCode ?? schema;
  return `${portal}/${locale}/database/${encodeURIComponent(shortCode)}/${encodeURIComponent(uid.toUpperCase())}`;
}

/** `{portal}/{lang}/search?schema=…&country=…`: the portal's search, filtered. */
export function searchUrl(portal: string, locale: Locale, filters: { schema?: string; country?: string }): string {
  const url = new URL(`${portal}/${locale}/search`);
  if (filters.schema) url.searchParams.set('schema', filters.schema);
  if (filters.country) url.searchParams.set('country', filters.country.toLowerCase());
  return url.href;
}
