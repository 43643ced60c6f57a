/**
 * Fails when a translation names a key term of the Protocol or the Clearing-House otherwise than
 * locales/glossary.json says: for every trans-unit of locales/*.xlf whose English source contains a
 * glossary term, the target must contain one of the forms the glossary accepts in that language.
 * check-translations.ts checks that a target exists; this checks that it uses the official terms.
 * `tsx scripts/check-glossary.ts [dir]` checks another folder of .xlf files and its glossary.json.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkUnits, type GlossaryTerm } from './glossary-match.ts';

const DIR = process.argv[2] ?? 'locales';
const glossary = JSON.parse(readFileSync(join(DIR, 'glossary.json'), 'utf8')) as { terms: GlossaryTerm[] };

/** The unit's words, with each placeholder shown as `{id}`. */
function text(node: Element | undefined): string {
  if (!node) return '';
  return Array.from(node.childNodes)
    .map((child) => (child.nodeName === 'x' ? `{${(child as Element).getAttribute('id')}}` : (child.textContent ?? '')))
    .join('');
}

const problems: string[] = [];
let checked = 0;
for (const file of readdirSync(DIR).filter((name) => name.endsWith('.xlf'))) {
  const lang = file.replace(/\.xlf$/, '');
  const doc = new DOMParser().parseFromString(readFileSync(join(DIR, file), 'utf8'), 'text/xml');
  const units = Array.from(doc.getElementsByTagName('trans-unit')).map((unit) => ({
    id: unit.getAttribute('id') ?? '',
    source: text(unit.getElementsByTagName('source')[0]),
    target: text(unit.getElementsByTagName('target')[0]),
  }));
  checked += units.length;
  for (const finding of checkUnits(units, lang, glossary.terms)) {
    problems.push(`${file}: ${finding.unit} says “${finding.target}” for the term ${finding.term} (expected one of: ${finding.expected.join(' | ')})`);
  }
}

if (problems.length) {
  console.error(`${problems.length} glossary problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`glossary: ${checked} units checked against ${glossary.terms.length} terms, every term in its official form`);
