/**
 * Every element fits its container, whatever the container's width (issue 22 §1): rendered against
 * mock-api in a box 240, 375, 768, 1,100 and 1,400 px wide, in English, Arabic and Russian, nothing it
 * draws reaches past the box (text included, on either side, so right-to-left overflow counts too),
 * nothing in it scrolls sideways, and the page itself does not scroll sideways.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/absch-widgets.js';
import { FIXTURES } from '../../mock-api/data/fixtures.js';
import { apiBase, guardHostPage, part, settled, untilInFront, type AbschTestElement } from '../helpers.js';

const WIDTHS = [240, 375, 768, 1100, 1400] as const;
const LANGS = ['en', 'ar', 'ru'] as const;
type Lang = (typeof LANGS)[number];

/** Each element in its widest form: every optional column, facet, table and list shown. */
const CASES: Array<[string, (lang: Lang) => TemplateResult]> = [
  ['absch-country-profile', (lang) => html`<absch-country-profile lang=${lang} country="ke" api-base=${apiBase()}></absch-country-profile>`],
  ['absch-parties-list', (lang) => html`<absch-parties-list lang=${lang} search api-base=${apiBase()}></absch-parties-list>`],
  ['absch-certificate-list', (lang) => html`<absch-certificate-list lang=${lang} country="in fr ke" filters api-base=${apiBase()}></absch-certificate-list>`],
  ['absch-certificate-list (one country)', (lang) => html`<absch-certificate-list lang=${lang} country="in" api-base=${apiBase()}></absch-certificate-list>`],
  ['absch-search', (lang) => html`<absch-search lang=${lang} api-base=${apiBase()}></absch-search>`],
  ['absch-stats (records by type)', (lang) => html`<absch-stats lang=${lang} view="records-by-type" show-table api-base=${apiBase()}></absch-stats>`],
  ['absch-stats (publishers by type)', (lang) => html`<absch-stats lang=${lang} view="publishers-by-type" show-table api-base=${apiBase()}></absch-stats>`],
  ['absch-record', (lang) => html`<absch-record lang=${lang} uid=${FIXTURES.indiaIrcc} api-base=${apiBase()}></absch-record>`],
];

const HALF_PIXEL = 0.5;
const hides = (style: CSSStyleDeclaration) => style.display === 'none' || style.overflowX === 'hidden' || style.overflowX === 'clip';
const scrolls = (style: CSSStyleDeclaration) => style.overflowX === 'auto' || style.overflowX === 'scroll';

/**
 * What in `root` sticks out of `box` sideways, or scrolls sideways, described for a reader: the
 * innermost culprits only (a cell that sticks out, not also its row and its table).
 */
function overflows(root: ShadowRoot, box: DOMRect): string[] {
  const found: string[] = [];
  const outside = (rect: DOMRect) => rect.width > 0 && (rect.left < box.left - HALF_PIXEL || rect.right > box.right + HALF_PIXEL);
  const span = (rect: DOMRect) => `${Math.round(rect.left - box.left)}…${Math.round(rect.right - box.left)} px`;
  const describe = (node: Element) => `<${node.localName}${node.getAttribute('part') ? ` part=${node.getAttribute('part')}` : ''}${node.getAttribute('class') ? ` class=${node.getAttribute('class')}` : ''}>`;
  /** Whether anything in `node` (or `node` itself) was found. */
  const visit = (node: Element): boolean => {
    const style = getComputedStyle(node);
    if (style.display === 'none') return false;
    const before = found.length;
    if (scrolls(style) && node.scrollWidth > node.clientWidth) found.push(`${describe(node)} scrolls sideways (${node.scrollWidth} in ${node.clientWidth} px)`);
    if (!hides(style) && !scrolls(style)) {
      for (const child of Array.from(node.childNodes)) {
        if (child instanceof Element) visit(child);
        else if (child.nodeType === Node.TEXT_NODE && child.textContent?.trim()) {
          const range = document.createRange();
          range.selectNodeContents(child);
          const rect = range.getBoundingClientRect();
          if (outside(rect)) found.push(`text “${child.textContent.trim().slice(0, 30)}” in ${describe(node)} reaches ${span(rect)}`);
        }
      }
    }
    const rect = node.getBoundingClientRect();
    if (found.length === before && outside(rect)) found.push(`${describe(node)} reaches ${span(rect)}`);
    return found.length > before;
  };
  for (const child of Array.from(root.children)) visit(child);
  return found;
}

describe('every element fits containers from 240 to 1,400 px wide', function () {
  this.timeout(60000);
  guardHostPage();
  // In front: an element that fits its labels to its width learns the width from a ResizeObserver,
  // which a tab in the background gets no rendering steps for.
  beforeEach(() => executeServerCommand('bring-to-front'));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [name, render] of CASES) {
    for (const lang of LANGS) {
      it(`${name} in ${lang}`, async () => {
        // fixtureSync: fixture() waits for an animation frame, which a background tab may never get.
        const box = fixtureSync<HTMLDivElement>(html`<div>${render(lang)}</div>`);
        const el = box.firstElementChild as AbschTestElement;
        await settled(el);
        const problems: string[] = [];
        for (const width of WIDTHS) {
          // A phone-sized page for the narrow boxes, so that the page's own sideways scroll is a real one.
          await setViewport({ width: width + 32, height: 800 });
          box.style.inlineSize = `${width}px`;
          await el.updateComplete;
          // What the element redraws for its new width (a chart's labels) has been drawn: nothing sticks out, or a second passed.
          await waitUntil(() => overflows(el.shadowRoot!, box.getBoundingClientRect()).length === 0, '', { timeout: 1000 }).catch(() => undefined);
          const base = part(el, 'base');
          const inside = overflows(el.shadowRoot!, box.getBoundingClientRect()).map((problem) => `${width} px: ${problem}`);
          problems.push(...inside.slice(0, 8));
          if (base && base.scrollWidth > base.clientWidth) problems.push(`${width} px: the base is ${base.scrollWidth} px wide in ${base.clientWidth}`);
          const page = document.documentElement;
          if (page.scrollWidth > page.clientWidth) problems.push(`${width} px: the page scrolls sideways (${page.scrollWidth} in ${page.clientWidth} px)`);
        }
        expect(problems).to.deep.equal([]);
      });
    }
  }
});

describe('a certificate table that still needs more room scrolls in a named region', function () {
  this.timeout(60000);
  guardHostPage();
  beforeEach(() => executeServerCommand('bring-to-front'));

  for (const lang of ['en', 'ru'] as const) {
    it(`in ${lang}: a tab stop, named as the table, with shadowed edges only while it scrolls`, async () => {
      // Large text (a host's font size, or the reader's zoom of it) in a box wide enough for the table layout.
      const box = fixtureSync<HTMLDivElement>(html`<div>
        <absch-certificate-list lang=${lang} country="in fr ke" api-base=${apiBase()}></absch-certificate-list>
      </div>`);
      box.style.inlineSize = '1100px';
      box.style.fontSize = '150%';
      const el = await settled(box.firstElementChild as AbschTestElement);
      const region = el.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
      const table = part(el, 'table')!;
      expect(region.scrollWidth, 'the table is wider than the box').to.be.above(region.clientWidth);
      expect([region.getAttribute('role'), region.tabIndex]).to.deep.equal(['region', 0]);
      expect(region.getAttribute('aria-label')).to.equal(table.querySelector('caption')!.textContent!.trim());
      expect(region.getAttribute('aria-label')).to.equal(lang === 'ru' ? 'Международно признанные сертификаты соответствия' : 'Internationally Recognized Certificates of Compliance');
      // A scroll-driven animation draws the shadows: its first frame comes after the layout that made the table scroll.
      await untilInFront(() => getComputedStyle(region).boxShadow !== 'none', 'edges shadowed while it scrolls', 4000);
      await expect(el).to.be.accessible();
      box.style.fontSize = '';
      await untilInFront(() => getComputedStyle(region).boxShadow === 'none', 'no shadow once the table fits', 4000);
      expect(region.scrollWidth).to.be.at.most(region.clientWidth);
    });
  }
});
