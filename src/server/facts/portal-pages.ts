/**
 * Portal pages the facts link to besides records and the search (api/portal-links.ts), shaped as the
 * portal's routes: `/countries`, `/countries/:code` and `/reports` (scbd/absch.cbd.int app/routes/common-routes.js).
 */
import type { Locale } from '../../i18n/locale.js';

/** `{portal}/{lang}/countries/KE`: a country's profile on the portal. */
export function countryPageUrl(portal: string, locale: Locale, code: string): string {
  return `${portal}/${locale}/countries/${encodeURIComponent(code.toUpperCase())}`;
}

/** `{portal}/{lang}/countries`: every country and its status. */
export function countriesPageUrl(portal: string, locale: Locale): string {
  return `${portal}/${locale}/countries`;
}

/** `{portal}/{lang}/reports`: the portal's figures. */
export function reportsPageUrl(portal: string, locale: Locale): string {
  return `${portal}/${locale}/reports`;
}
