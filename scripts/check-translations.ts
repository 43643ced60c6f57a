/**
 * Fails when a translation is missing or broken: every trans-unit of every locales/*.xlf needs a
 * target, the target keeps exactly the source's placeholders, and it differs from the English
 * source unless locales/same-as-source.json lists that unit for that locale (names and codes that
 * stay the same). lit-localize itself only warns about a missing target.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'locales';
const allowed: Record<string, string[]> = JSON.parse(readFileSync(join(DIR, 'same-as-source.json'), 'utf8'));

function placeholders(node: Element | undefined): string[] {
  if (!node) return [];
  return Array.from(node.getElementsByTagName('x'))
    .map((x) => x.getAttribute('equiv-text') ?? x.getAttribute('id') ?? '')
    .sort();
}

const text = (node: Element | undefined) => (node?.textContent ?? '').trim();

const problems: string[] = [];
let units = 0;
for (const file of readdirSync(DIR).filter((name) => name.endsWith('.xlf'))) {
  const locale = file.replace(/\.xlf$/, '');
  const doc = new DOMParser().parseFromString(readFileSync(join(DIR, file), 'utf8'), 'text/xml');
  for (const unit of Array.from(doc.getElementsByTagName('trans-unit'))) {
    units++;
    const id = unit.getAttribute('id');
    const source = unit.getElementsByTagName('source')[0];
    const target = unit.getElementsByTagName('target')[0];
    if (!target || text(target) === '') {
      problems.push(`${file}: ${id} has no translation`);
      continue;
    }
    if (placeholders(source).join('\u0000') !== placeholders(target).join('\u0000')) {
      problems.push(`${file}: ${id} does not keep the placeholders ${placeholders(source).join(', ')}`);
    }
    if (text(source) === text(target) && !(allowed[locale] ?? []).includes(id ?? '')) {
      problems.push(`${file}: ${id} is identical to the English source`);
    }
  }
}

if (problems.length) {
  console.error(`${problems.length} translation problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`translations: ${units} units checked, all translated with their placeholders`);
