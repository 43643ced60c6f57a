/**
 * The `hostileTitle` trait (fixtures.ts): an ordinary record whose title, in all six languages,
 * summary and other text end with HOSTILE_TEXT's payloads. Only its text changes.
 */
import type { Lang, LString } from '../types.js';
import { HOSTILE_TEXT } from './fixtures.js';

const ORDER: readonly Lang[] = ['en', 'fr', 'es', 'ar', 'ru', 'zh'];

/** The languages drawn for the title first (the first is the record's main language), then the other UN languages. */
export function hostileLanguages(drawn: readonly Lang[]): Lang[] {
  return [...drawn, ...ORDER.filter((lang) => !drawn.includes(lang))];
}

/** The title in every language with that language's payload; where the builder has no version, the English (or first) one. */
export function hostileTitle(title: LString): LString {
  const base = title.en ?? Object.values(title)[0] ?? '';
  return Object.fromEntries(ORDER.map((lang) => [lang, `${title[lang] ?? base}${HOSTILE_TEXT.title[lang]}`]));
}

/** Further text (text_XX_txt) in every language. */
export function hostileText(): LString {
  return Object.fromEntries(ORDER.map((lang) => [lang, HOSTILE_TEXT.text]));
}
