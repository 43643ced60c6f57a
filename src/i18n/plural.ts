/**
 * Plural choice by the locale's own rules (`Intl.PluralRules`): Arabic has six forms, Russian
 * three, Chinese one. Each form is a whole sentence given through `msg()`, so translators can
 * change word order.
 */
import type { Locale } from './locale.js';

export type PluralForms = Record<Intl.LDMLPluralRule, string>;

const rules = new Map<Locale, Intl.PluralRules>();

export function selectPlural(count: number, locale: Locale, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return forms[rule.select(count)];
}
