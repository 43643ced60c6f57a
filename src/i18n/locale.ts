/**
 * Which of the six UN languages an element speaks, and in which direction it writes.
 * Order (README, Languages): the element's own `lang`, the nearest ancestor with `lang` (across shadow
 * roots), `<html data-absch-lang>` (pins the language against in-page translators that rewrite
 * `<html lang>`), `<html lang>`, the browser's languages, English.
 */
export const LOCALES = ['en', 'ar', 'es', 'fr', 'ru', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

/** `fr-CA` → `fr`, `zh-Hans-CN` → `zh`; anything else → null. */
export function toLocale(tag: string | null | undefined): Locale | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : null;
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** The nearest `lang` at or above `node`, crossing shadow boundaries; `<html>` is left to the caller. */
function nearestLang(node: Element): string | null {
  let current: Node | null = node;
  while (current) {
    // An empty lang="" says nothing useful here: keep looking further up.
    const lang = current instanceof Element && current !== document.documentElement ? current.getAttribute('lang')?.trim() : '';
    if (lang) return lang;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return null;
}

/**
 * The first language tag found decides; a tag we do not support means English rather than a
 * guess from further up, since the page said which language it is in.
 */
export function resolveLocale(element: Element): Locale {
  const html = document.documentElement;
  const declared =
    nearestLang(element) ?? html.getAttribute('data-absch-lang') ?? (html.getAttribute('lang') || null);
  if (declared !== null && declared.trim() !== '') return toLocale(declared) ?? SOURCE_LOCALE;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const locale = toLocale(tag);
    if (locale) return locale;
  }
  return SOURCE_LOCALE;
}
