/**
 * Free text in Solr queries: words as the analysed fields read them, within limits that keep a URL
 * short enough. A module of its own beside solr.ts: only the queries that take free text (the
 * search, the certificate list) load it.
 */
import { escapePhrase, escapeTerm, field, type Query } from './solr.js';

const q = (text: string) => text as Query;

/** Words that start with `word` (the word itself is escaped; the `*` is ours). */
export function prefix(name: string, word: string, boost?: number): Query {
  return q(`${field(name)}:${escapeTerm(word)}*${boostSuffix(boost)}`);
}

export function phrase(name: string, text: string, boost?: number): Query {
  return q(`${field(name)}:"${escapePhrase(text)}"${boostSuffix(boost)}`);
}

/**
 * One token as the analysed (`_t`, `_txt`) fields cut text, or finer: a Han, Hiragana or Katakana
 * character alone, or a run of other letters, digits and marks. Solr's StandardTokenizer splits at
 * least here (it keeps some punctuation inside a token, `3.5`), so counting these never misses a split.
 */
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}])+/gu;

/** How many tokens an analysed field makes of `word` (0: the word is only punctuation). */
export function tokenCount(word: string): number {
  return word.match(TOKEN)?.length ?? 0;
}

/**
 * One free-text word in an analysed (`_t`, `_txt`) field. A word the analyser splits into several
 * tokens (`absch-ircc-in-207343-1`, `d'accès`, `遗传资源`) goes as a quoted phrase: unquoted, stock
 * Solr (`autoGeneratePhraseQueries=false`) would OR its tokens and match almost everything. The
 * portal quotes such values for the same reason (scbd/absch.cbd.int
 * app/views/search/search-directive.js L1623–1629). Any other word goes as a prefix and as itself,
 * lower-cased: prefix terms skip the analyser, so `Plants*` would look for an upper-case token. An
 * empty word has no prefix form (`*` would mean every value): callers drop words without a token.
 */
export function textWord(name: string, word: string, boost?: number): Query {
  if (tokenCount(word) > 1) return phrase(name, word, boost);
  const lower = escapeTerm(word.toLowerCase());
  // One field for both (`f:(w* OR w)`): the word is repeated in a dozen fields, so this keeps URLs short.
  return q(`${field(name)}:(${lower}* OR ${lower})${boostSuffix(boost)}`);
}

/**
 * The longest index URL the library sends, with `https://api.cbd.int` and an `app-id` of up to 40
 * characters. Front-end servers refuse longer request lines at 8 KB (nginx's default) or more; the
 * word limits of each query keep it under this (unit tests build the worst cases).
 */
export const MAX_URL_LENGTH = 6000;

/** How much free text a query takes: what keeps its URL under MAX_URL_LENGTH. */
export interface WordLimits {
  maxWords: number;
  /** characters (code points) of one word; the rest of a longer word is cut off */
  maxWordLength: number;
  /** URL-encoded length of all the escaped words together; the word that reaches it is cut, later ones left out */
  maxEncodedLength: number;
}

// A lone surrogate cannot be sent in a URL (encodeURIComponent throws).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const encodedLength = (word: string): number => encodeURIComponent(escapeTerm(word)).length;

/** The longest beginning of `word` whose encoded length is at most `budget`. */
function cutToBudget(word: string, budget: number): string {
  const chars = Array.from(word);
  let used = 0;
  let end = 0;
  while (end < chars.length && used + encodedLength(chars[end]!) <= budget) used += encodedLength(chars[end++]!);
  return chars.slice(0, end).join('');
}

/**
 * The words of a free text: split on white space, lone surrogates dropped, lower-cased (every field
 * searched is analysed, so case never matters, and a bare `AND` could not be read as an operator),
 * each cut to `maxWordLength`, duplicates and words that analyse to nothing (`-`, `&`) removed, then
 * kept in order within the limits (a cut word still finds what starts with it).
 */
export function freeTextWords(text: string, limits: WordLimits): string[] {
  const words = text
    .replace(LONE_SURROGATE, '')
    .split(/\s+/)
    .map((word) => Array.from(word.toLowerCase()).slice(0, limits.maxWordLength).join(''))
    .filter((word) => tokenCount(word) > 0);
  const kept: string[] = [];
  let budget = limits.maxEncodedLength;
  for (const word of new Set(words)) {
    if (kept.length === limits.maxWords) break;
    const cut = cutToBudget(word, budget);
    if (tokenCount(cut) > 0 && !kept.includes(cut)) kept.push(cut);
    if (cut !== word) break;
    budget -= encodedLength(cut);
  }
  return kept;
}

function boostSuffix(boost: number | undefined): string {
  return boost === undefined ? '' : `^${Math.trunc(boost)}`;
}
