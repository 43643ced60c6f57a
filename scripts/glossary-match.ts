/**
 * The matching rules of the glossary check (check-glossary.ts), without file access so that the
 * browser tests can test them. A form is a phrase in which `*` stands for any letters (so one
 * stem matches every inflection: `сертификат*` matches сертификата, сертификатов) and a space
 * for any spacing (NBSP and the narrow NBSP of French typography included).
 */

export interface LanguageForms {
  official: string;
  /** the English forms that put a unit under the term */
  match?: string[];
  /** the forms a translation may use */
  accept?: string[];
}

export interface GlossaryTerm {
  id: string;
  /** "Party" (the treaty's) is not "party" (a third party) */
  caseSensitive?: boolean;
  sources: string[];
  note?: string;
  [lang: string]: LanguageForms | string | string[] | boolean | undefined;
}

/** What a text is compared as: one spelling of letters that writers vary without meaning to. */
export function normalize(text: string): string {
  return (
    text
      .normalize('NFC')
      // Arabic short vowels, shadda, sukun and tatweel: written or not, the word is the same
      .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
      .replace(/[ёЁ]/g, (c) => (c === 'ё' ? 'е' : 'Е'))
      .replace(/[\u2019\u02BC]/g, "'")
      .replace(/\s+/gu, ' ')
  );
}

const LETTER = '[\\p{L}\\p{M}]';

/**
 * A form as a regular expression. English forms match whole words (`Party` not in `third-party`);
 * other forms match anywhere, since Arabic joins the article and prepositions to the word and
 * Chinese does not separate words at all.
 */
export function formPattern(form: string, options: { caseSensitive?: boolean; wholeWords?: boolean } = {}): RegExp {
  const body = normalize(form)
    .split(' ')
    .map((word) => word.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(`${LETTER}*`))
    .join('\\s+');
  const pattern = options.wholeWords ? `(?<!${LETTER})${body}(?!${LETTER})` : body;
  return new RegExp(pattern, options.caseSensitive ? 'u' : 'iu');
}

export interface Finding {
  unit: string;
  term: string;
  lang: string;
  source: string;
  target: string;
  expected: string[];
}

/** The glossary terms an English source contains. */
export function termsIn(source: string, terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  const text = normalize(source);
  return terms.filter((term) => {
    const en = term.en as LanguageForms | undefined;
    return (en?.match ?? [en?.official ?? '']).some((form) => formPattern(form, { caseSensitive: term.caseSensitive, wholeWords: true }).test(text));
  });
}

/** Whether `target` uses one of the forms the glossary accepts for `term` in `lang` (true when the glossary has none). */
export function usesTerm(target: string, term: GlossaryTerm, lang: string): boolean {
  const forms = term[lang] as LanguageForms | undefined;
  const accepted = forms?.accept ?? (forms ? [forms.official] : []);
  if (accepted.length === 0) return true;
  const text = normalize(target);
  return accepted.some((form) => formPattern(form, { caseSensitive: term.caseSensitive }).test(text));
}

/** Every unit of one language whose source holds a glossary term that its target does not use. */
export function checkUnits(units: readonly { id: string; source: string; target: string }[], lang: string, terms: readonly GlossaryTerm[]): Finding[] {
  const findings: Finding[] = [];
  for (const unit of units) {
    for (const term of termsIn(unit.source, terms)) {
      if (usesTerm(unit.target, term, lang)) continue;
      const forms = term[lang] as LanguageForms | undefined;
      findings.push({ unit: unit.id, term: term.id, lang, source: unit.source, target: unit.target, expected: forms?.accept ?? [] });
    }
  }
  return findings;
}
