/**
 * `heading-level` (issue 22 §8): every element that draws headings puts its top heading at the level
 * the host page gives, 1 to 6, and the headings inside it one level deeper each (never past 6); the
 * default is the level each element always used (2); anything else falls back with a warning.
 * Levels are read as a reader reads them: the tag of a real heading element.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/define/absch-country-profile.js';
import '../../src/define/absch-record.js';
import '../../src/define/absch-search.js';
import '../../src/define/absch-stats.js';
import { FIXTURES } from '../../mock-api/data/fixtures.js';
import { apiBase, guardHostPage, part, rendered, settled, text, type AbschTestElement } from '../helpers.js';
import { captureWarnings } from '../suites.js';

/** Every heading of the element's shadow tree, as `h<level> text`, in document order (the first words only). */
function outline(el: Element): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')).map((h) => {
    const level = h.getAttribute('aria-level') ?? h.localName.slice(1);
    return `h${level} ${text(h).split(' ').slice(0, 2).join(' ')}`;
  });
}

/** The levels of the headings, distinct, in the order they first appear. */
const levels = (el: Element) => [...new Set(outline(el).map((h) => h.slice(0, 2)))];

interface Case {
  name: string;
  template: (level: string | undefined) => ReturnType<typeof html>;
  /** the levels drawn by default, top first */
  defaults: string[];
}

const cases: Case[] = [
  {
    name: '<absch-stats>: the chart title',
    template: (level) => html`<absch-stats view="ircc-by-purpose" heading-level=${level ?? ''} api-base=${apiBase()}></absch-stats>`,
    defaults: ['h2'],
  },
  {
    name: '<absch-country-profile>: the country, and record types without counts',
    template: (level) => html`<absch-country-profile country="in" sections="latest" heading-level=${level ?? ''} api-base=${apiBase()}></absch-country-profile>`,
    defaults: ['h2', 'h3'],
  },
  {
    name: '<absch-search>: the count of results, and each result',
    template: (level) => html`<absch-search page-size="3" heading-level=${level ?? ''} api-base=${apiBase()}></absch-search>`,
    defaults: ['h2', 'h3'],
  },
  {
    name: '<absch-record>: the title, "Referenced by", its record types and fields',
    template: (level) => html`<absch-record uid=${FIXTURES.kenyaCnaUid} heading-level=${level ?? ''} api-base=${apiBase()}></absch-record>`,
    defaults: ['h2', 'h3', 'h4', 'h5'],
  },
];

/** The element placed under the host page's headings h1 … h`depth`, as a page that sets heading-level does. */
async function underHostHeadings<T extends AbschTestElement>(depth: number, template: ReturnType<typeof html>): Promise<T> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div>${template}</div>`);
  const el = wrapper.lastElementChild as T;
  for (let level = depth; level >= 1; level--) {
    const hostHeading = document.createElement(`h${level}`);
    hostHeading.textContent = `The host page's heading ${level}`;
    wrapper.prepend(hostHeading);
  }
  await settled(el);
  return el;
}

const shift = (levels: string[], by: number) => levels.map((h) => `h${Math.min(6, Number(h.slice(1)) + by)}`);

describe('heading-level', () => {
  guardHostPage();

  for (const { name, template, defaults } of cases) {
    describe(name, () => {
      it(`draws ${defaults.join(', ')} by default`, async function () {
        this.timeout(20000);
        const el = await rendered<AbschTestElement>(template(undefined));
        expect(levels(el)).to.deep.equal(defaults);
      });

      it('puts its top heading at the level given, the others below it, none past 6', async function () {
        this.timeout(60000);
        for (const level of ['1', '4']) {
          const el = await underHostHeadings<AbschTestElement>(Number(level) - 1, template(level));
          expect(levels(el), `heading-level="${level}"`).to.deep.equal([...new Set(shift(defaults, Number(level) - 2))]);
          // in the page's outline, under its own headings, with no level skipped
          await expect(el.parentElement).to.be.accessible();
        }
      });

      it('follows a change of the attribute', async function () {
        this.timeout(20000);
        const el = await rendered<AbschTestElement>(template(undefined));
        el.setAttribute('heading-level', '3');
        await el.updateComplete;
        expect(levels(el)[0]).to.equal('h3');
      });

      it('falls back to its default, with one warning naming the attribute, for a level that is none', async function () {
        this.timeout(20000);
        let el!: AbschTestElement;
        const warnings = await captureWarnings(async () => {
          el = await rendered<AbschTestElement>(template('7'));
        });
        expect(warnings.filter((w) => /heading-level="7" is not a whole number from 1 to 6; using 2\./.test(w))).to.have.length(1);
        expect(levels(el)).to.deep.equal(defaults);
      });
    });
  }

  it('keeps the parts and styles of a heading whatever its level (the size comes from --absch-heading-size)', async function () {
    this.timeout(20000);
    const el = await rendered<AbschTestElement>(html`<absch-stats view="ircc-by-purpose" heading-level="5" style="--absch-heading-size: 30px" api-base=${apiBase()}></absch-stats>`);
    const title = part(el, 'title')!;
    expect(title.localName).to.equal('h5');
    expect(title.id, 'the chart is still named by its title').to.equal('title');
    expect(getComputedStyle(title).fontSize).to.equal('30px');
    expect(getComputedStyle(title).marginBlockStart).to.equal('0px');
  });
});
