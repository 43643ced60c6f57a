/**
 * Every element in both pseudo-locales (src/i18n/pseudo-locale.ts): every interface string it
 * shows or names went through `msg()` (text outside ⟦…⟧ that is an English interface string
 * escaped translation), and strings 40 % longer than English are not clipped.
 */
import type { TemplateResult } from 'lit';
import { expect, html } from '@open-wc/testing';
import '../../src/absch-widgets.js';
import {
  accent,
  englishFragments,
  installPseudoLocale,
  PSEUDO_LOCALE_OF,
  pseudoParts,
  pseudoTemplates,
  uninstallPseudoLocale,
  type PseudoVariant,
} from '../../src/i18n/pseudo-locale.js';
import { FIXTURES } from '../../mock-api/data/fixtures.js';
import { apiBase, rendered, type AbschTestElement } from '../helpers.js';

const VARIANTS: PseudoVariant[] = ['accented', 'bidi'];
const NAMING_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription'];
/**
 * English interface strings, as a test can tell them from data: a phrase of several words found
 * anywhere, a single word ("Status") only as a whole text, since a country's or a record's own
 * words may contain it.
 */
const FRAGMENTS = [...new Set(englishFragments().filter((text) => /[A-Za-z]{3}/.test(text) && text.length >= 5))];
const PHRASES = FRAGMENTS.filter((text) => /\s/.test(text));
const WORDS = new Set(FRAGMENTS.filter((text) => !/\s/.test(text)));

/** What an element's shadow trees show and name, each text with the language it is marked with. */
function shownTexts(root: ShadowRoot, lang: string): string[] {
  const texts: string[] = [];
  const visit = (node: Node, inLang: string) => {
    if (node instanceof Element) {
      if (node.localName === 'style' || node.localName === 'script') return;
      const marked = node.getAttribute('lang') || inLang;
      // Data shown in another language than the element's (a fallback title, marked with lang) is not an interface string.
      if (marked !== lang) return;
      for (const name of NAMING_ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value) texts.push(value);
      }
      if (node.shadowRoot) visit(node.shadowRoot, marked);
      node.childNodes.forEach((child) => visit(child, marked));
    } else if (node instanceof ShadowRoot) {
      node.childNodes.forEach((child) => visit(child, inLang));
    } else if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
      texts.push(node.textContent);
    }
  };
  visit(root, lang);
  return texts;
}

/** English interface strings shown outside the pseudo-locale's marks. */
function escaped(el: Element, lang: string): string[] {
  const found = new Set<string>();
  for (const text of shownTexts(el.shadowRoot!, lang)) {
    const outside = text.replace(/⟦[^⟧]*⟧/g, ' ').replace(/[\u202A-\u202E]/g, '');
    for (const phrase of PHRASES) if (outside.includes(phrase)) found.add(`${phrase} (in “${text.trim()}”)`);
    if (WORDS.has(outside.trim())) found.add(outside.trim());
  }
  return [...found];
}

/** Elements whose text is cut off: hidden overflow, or an ellipsis, wider than the box. */
function clipped(el: Element): string[] {
  const found: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    const style = getComputedStyle(node);
    const cuts = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
    // a visually hidden text (a clipped 1px box) is cut on purpose, for screen readers only
    const visuallyHidden = style.position === 'absolute' && (style.clip !== 'auto' || style.clipPath !== 'none');
    if (!cuts || visuallyHidden || node.clientWidth <= 1 || !node.textContent?.trim()) continue;
    if (node.scrollWidth > node.clientWidth + 1) found.push(`<${node.localName} part="${node.getAttribute('part') ?? ''}" class="${node.className}">`);
  }
  return found;
}

const ELEMENTS: [string, (lang: string) => TemplateResult][] = [
  ['absch-country-profile', (lang) => html`<absch-country-profile lang=${lang} country="ke" api-base=${apiBase()}></absch-country-profile>`],
  ['absch-certificate-list', (lang) => html`<absch-certificate-list lang=${lang} country="in" filters export page-size="5" api-base=${apiBase()}></absch-certificate-list>`],
  ['absch-search', (lang) => html`<absch-search lang=${lang} api-base=${apiBase()}></absch-search>`],
  ['absch-parties-list', (lang) => html`<absch-parties-list lang=${lang} search api-base=${apiBase()}></absch-parties-list>`],
  ['absch-record', (lang) => html`<absch-record lang=${lang} uid=${FIXTURES.indiaIrcc} api-base=${apiBase()}></absch-record>`],
  ['absch-stats', (lang) => html`<absch-stats lang=${lang} view="publishers-by-type" show-table api-base=${apiBase()}></absch-stats>`],
];

describe('pseudo-locale transform', () => {
  it('accents every letter, lengthens by 40 % and marks the whole string, placeholders untouched', () => {
    expect(accent('Try again')).to.equal('Ţŕý áĝáíñ');
    const [first, last] = pseudoParts(['Page ', ' of 10 pages'], 'accented');
    expect(first).to.equal('⟦Þáĝé ');
    expect(last.startsWith(' óƒ 10 þáĝéš ĺōŋĝ')).to.equal(true);
    expect(last.endsWith('⟧')).to.equal(true);
    const letters = 'Pageofpages'.length;
    expect((first + last).replace(/[^\p{L}]/gu, '').length).to.be.at.least(Math.ceil(letters * 1.4));
    const bidi = pseudoParts(['Party'], 'bidi')[0];
    expect(bidi.startsWith('\u202E⟦Þáŕţý')).to.equal(true);
    expect(bidi.endsWith('⟧\u202C')).to.equal(true);
  });

  it("gives every interface string, keeping the placeholders' order", () => {
    const templates = pseudoTemplates('accented');
    expect(templates['retry']).to.match(/^⟦Ţŕý áĝáíñ( ĺōŋĝ)?⟧$/);
    const totals = templates['parties-totals'] as { strTag: true; strings: readonly string[]; values: number[] };
    expect(totals.values).to.deep.equal([0, 1, 2]);
    expect(totals.strings).to.have.length(4);
  });
});

describe('pseudo-locales', () => {
  afterEach(() => VARIANTS.forEach(uninstallPseudoLocale));

  it('finds English that escaped: the same element without the pseudo-locale fails the check', async () => {
    const el = await rendered<AbschTestElement>(html`<absch-country-profile lang="en" country="ke" api-base=${apiBase()}></absch-country-profile>`);
    expect(escaped(el, 'en')).to.include('Party to the Nagoya Protocol since (in “Party to the Nagoya Protocol since 12 October 2014 (ratification)”)');
  });

  for (const [tag, template] of ELEMENTS) {
    it(`<${tag}>: every string translated, none clipped, accented and right to left`, async function () {
      // two full renders with accessibility checks: the Parties list has some 200 rows
      this.timeout(60_000);
      for (const variant of VARIANTS) {
        installPseudoLocale(variant);
        const lang = PSEUDO_LOCALE_OF[variant];
        const el = await rendered<AbschTestElement>(template(lang));
        expect(el.shadowRoot!.textContent, `${variant}: the pseudo-locale is shown`).to.contain('⟦');
        expect(escaped(el, lang), `${variant}: strings that escaped translation`).to.deep.equal([]);
        expect(clipped(el), `${variant}: clipped text`).to.deep.equal([]);
        await expect(el).to.be.accessible();
        uninstallPseudoLocale(variant);
        el.remove();
      }
    });
  }
});
