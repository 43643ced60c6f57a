/**
 * Pseudo-locales, for tests and Storybook only: the English interface strings made visibly
 * "translated" and 40 % longer, so that a string which escapes translation shows up in plain
 * English and a layout that breaks with longer text breaks on screen. Two variants:
 * - `accented`: "⟦Ţŕý áĝáíñ ĺōŋĝ⟧", installed in place of Spanish (its dates, numbers and official names, which, unlike some French ones such as « Commercial », differ from the English ones);
 * - `bidi`: the same words reversed by a right-to-left override, in place of Arabic, so that the
 *   element lays out right to left with Latin-length strings.
 * Neither is a `lang` value: an element keeps speaking one of the six languages, and the variant
 * replaces that language's strings while installed. The library never imports this module.
 */
import { str, type LocaleModule, type TemplateLike } from '@lit/localize';
import { PSEUDO_SOURCES } from '../generated/pseudo-sources.js';
import type { Locale } from './locale.js';
import { overrideInterfaceStrings } from './localization.js';

export type PseudoVariant = 'accented' | 'bidi';

/** The language each variant stands in for: its direction, dates, numbers and official names. */
export const PSEUDO_LOCALE_OF: Readonly<Record<PseudoVariant, Locale>> = { accented: 'es', bidi: 'ar' };

/** Around every pseudo-translated string: text outside them did not go through `msg()`. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const LENGTHENING = 0.4;
const RIGHT_TO_LEFT_OVERRIDE = '\u202E';
const POP_DIRECTIONAL_FORMATTING = '\u202C';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [letter, [...'áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]]),
);

/** Every ASCII letter with an accent, or a look-alike: still readable, never English. */
export function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter]);
}

/** Words to add for `letters` letters of text: 40 % more, in words short enough to wrap. */
export function padding(letters: number): string {
  const extra = Math.ceil(letters * LENGTHENING);
  const words: string[] = [];
  for (let left = extra; left > 0; left -= 6) words.push('ĺōŋĝéŕ'.slice(0, Math.min(6, left)));
  return words.length ? ` ${words.join(' ')}` : '';
}

/** A source's text parts as the variant shows them; the placeholders between them are left alone. */
export function pseudoParts(parts: readonly string[], variant: PseudoVariant): string[] {
  const letters = parts.join('').replace(/[^A-Za-z]/g, '').length;
  const shown = parts.map((part, i) => {
    let text = accent(part);
    if (i === parts.length - 1) text += padding(letters);
    if (i === 0) text = PSEUDO_OPEN + text;
    if (i === parts.length - 1) text += PSEUDO_CLOSE;
    return variant === 'bidi' && text.trim() ? RIGHT_TO_LEFT_OVERRIDE + text + POP_DIRECTIONAL_FORMATTING : text;
  });
  return shown;
}

/** The variant's templates, shaped as lit-localize's generated locale modules. */
export function pseudoTemplates(variant: PseudoVariant): LocaleModule['templates'] {
  const templates: Record<string, TemplateLike> = {};
  for (const [id, source] of Object.entries(PSEUDO_SOURCES)) {
    const indices = source.filter((part): part is number => typeof part === 'number');
    // A placeholder sits between two text parts, even empty ones, as in a template literal.
    const strings: string[] = [''];
    for (const part of source) {
      if (typeof part === 'string') strings[strings.length - 1] += part;
      else strings.push('');
    }
    const shown = pseudoParts(strings, variant);
    templates[id] = indices.length ? str(Object.assign([...shown], { raw: [...shown] }), ...indices) : shown.join('');
  }
  return templates;
}

/** Makes the variant's language speak it, until `uninstallPseudoLocale`. */
export function installPseudoLocale(variant: PseudoVariant): void {
  overrideInterfaceStrings(PSEUDO_LOCALE_OF[variant], { templates: pseudoTemplates(variant) });
}

export function uninstallPseudoLocale(variant: PseudoVariant): void {
  overrideInterfaceStrings(PSEUDO_LOCALE_OF[variant], null);
}

/** The English text of every interface string, placeholders cut out: what a test looks for outside ⟦…⟧. */
export function englishFragments(): string[] {
  return Object.values(PSEUDO_SOURCES).flatMap((source) => source.filter((part): part is string => typeof part === 'string').map((part) => part.trim()));
}
