/**
 * The keyboard path respects the user's time (issue 22 §3), with real key presses (sendKeys): a
 * search's facets and a chart's bars are one tab stop each, with arrow keys inside; "Skip to results"
 * goes past the filters; from the search box to the first result takes at most 15 Tab presses.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/absch-search.js';
import '../../src/define/absch-stats.js';
import { STATS_VIEWS } from '../../src/api/queries/stats.js';
import type { AbschSearch } from '../../src/components/search/search.js';
import type { AbschStats } from '../../src/components/stats/stats.js';
import { apiBase, facetObject, getJson, guardHostPage, indexUrl, part, parts, press, PUBLISHED, settled, tabTo, text } from '../helpers.js';

const root = (el: Element) => el.shadowRoot!;
const active = (el: Element) => root(el).activeElement as HTMLElement | null;

/** What has focus, described: the facet and value of an option, the part of anything else. */
function stopName(node: Element | null): string {
  if (!node) return 'nothing';
  const option = node.closest<HTMLElement>('[role=option]');
  if (option) return `option of ${option.closest<HTMLElement>('[data-facet]')!.dataset.facet}`;
  return node.getAttribute('part') ?? node.localName;
}

/** A wide search (facets in a column beside the results), settled, made without waiting for an animation frame. */
async function wideSearch(): Promise<AbschSearch> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div><absch-search api-base=${apiBase()}></absch-search></div>`);
  // 1,100 px: the audit's wide layout; set from script (a test page has no stylesheet for it)
  wrapper.style.inlineSize = '1100px';
  const el = wrapper.querySelector<AbschSearch>('absch-search')!;
  await settled(el);
  await waitUntil(() => parts(el, 'result').length > 0, 'no results', { timeout: 15000 });
  return el;
}

/** The published records' count for a record type, as mock-api gives it to any API caller. */
async function countOf(schema: string): Promise<number> {
  const { body } = await getJson<{ facet_counts: { facet_fields: Record<string, unknown[]> } }>(
    indexUrl({ q: '*:*', fq: PUBLISHED, rows: 0, facet: true, 'facet.field': 'schema_s', 'facet.limit': -1, 'facet.mincount': 1 }),
  );
  return facetObject(body.facet_counts.facet_fields.schema_s)[schema];
}

describe('keyboard path', () => {
  guardHostPage();

  describe('<absch-search>', () => {
    it('takes at most 15 Tab presses from the search box to the first result, each facet being one stop', async function () {
      this.timeout(60000);
      const el = await wideSearch();
      expect(part(el, 'filters'), 'the wide layout: facets in a column, not folded').to.equal(null);
      const options = parts(el, 'facet-option').length;
      expect(options, 'more facet options than the budget of Tab presses').to.be.above(15);

      part(el, 'input')!.focus();
      const stops: string[] = [];
      while (stops.length < 40) {
        await press('Tab');
        stops.push(stopName(active(el)));
        if (active(el)?.matches('[part~=title] a')) break;
      }
      expect(stops.at(-1), `reached the first result: ${stops.join(', ')}`).to.equal('a');
      expect(active(el)?.closest('[part~=result]') === parts(el, 'result')[0], 'focus on the first result').to.equal(true);
      expect(stops.length, stops.join(', ')).to.be.at.most(15);
      for (const facet of ['schema', 'country', 'keyword']) {
        expect(stops.filter((stop) => stop === `option of ${facet}`), `the ${facet} facet is one tab stop`).to.have.length(1);
      }
    });

    it('moves inside a facet with the arrow keys, Home and End; Space and Enter toggle the option, which keeps the focus', async function () {
      this.timeout(60000);
      const el = await wideSearch();
      const first = await tabTo(el, (a) => a.matches('[data-facet=schema] [role=option]'));
      const options = () => Array.from(root(el).querySelectorAll<HTMLElement>('[data-facet=schema] [role=option]'));
      const listbox = first.closest('[role=listbox]')!;
      expect(listbox.getAttribute('aria-multiselectable')).to.equal('true');
      expect(text(root(el).getElementById(listbox.getAttribute('aria-labelledby')!))).to.equal('Record type');
      expect(first.dataset.value, 'the first option holds the tab stop').to.equal(options()[0].dataset.value);
      expect(options().filter((o) => o.tabIndex === 0)).to.have.length(1);

      await press('ArrowDown');
      expect(active(el)?.dataset.value).to.equal(options()[1].dataset.value);
      await press('End');
      expect(active(el)?.dataset.value).to.equal(options().at(-1)!.dataset.value);
      await press('ArrowDown');
      expect(active(el)?.dataset.value, 'the last option stays').to.equal(options().at(-1)!.dataset.value);
      await press('Home');
      expect(active(el)?.dataset.value).to.equal(options()[0].dataset.value);
      await press('ArrowDown');
      await press('ArrowDown');
      const third = options()[2];
      expect(active(el)?.dataset.value).to.equal(third.dataset.value);
      await el.updateComplete;
      expect(options().map((o) => o.tabIndex), 'the tab stop follows the focus').to.deep.equal(options().map((o) => (o === third ? 0 : -1)));

      // Space selects: the chip and the count follow, and the focus stays on the option through the reload
      const schema = third.dataset.value!;
      await press('Space');
      await settled(el);
      await waitUntil(() => parts(el, 'chip').length === 1, 'no chip', { timeout: 10000 });
      expect(parts(el, 'chip').map((chip) => chip.dataset.value)).to.deep.equal([schema]);
      expect(third.getAttribute('aria-selected')).to.equal('true');
      expect(Number(text(part(el, 'count')).replace(/\D/g, ''))).to.equal(await countOf(schema));
      expect(stopName(active(el)), 'focus kept on the option').to.equal('option of schema');
      expect(active(el)?.dataset.value).to.equal(schema);

      // Enter unselects it
      await press('Enter');
      await settled(el);
      await waitUntil(() => parts(el, 'chip').length === 0, 'the chip stayed', { timeout: 10000 });
      expect(root(el).querySelector(`[data-facet=schema] [data-value="${schema}"]`)!.getAttribute('aria-selected')).to.equal('false');

      // Tab leaves the facet for the next control, not the next option; Shift+Tab comes back to the same option
      await press('Tab');
      expect(stopName(active(el))).to.not.equal('option of schema');
      await press('Tab', true);
      expect(active(el)!.dataset.value).to.equal(schema);
      await expect(el).to.be.accessible();
    });

    it('finds an option by the first letters of its name (type-ahead): "ke" in the country facet is Kenya', async function () {
      this.timeout(60000);
      const el = await wideSearch();
      await tabTo(el, (a) => a.matches('[data-facet=country] [role=option]'));
      await sendKeys({ type: 'ke' });
      expect(active(el)?.dataset.value).to.equal('ke');
      expect(text(active(el)!.querySelector('.name'))).to.equal('Kenya');
      await press('Space');
      await settled(el);
      await waitUntil(() => parts(el, 'chip').length === 1, 'no chip', { timeout: 10000 });
      expect(parts(el, 'chip').map((chip) => chip.dataset.value)).to.deep.equal(['ke']);
    });

    it('offers "Skip to results", shown when focused, which moves the focus to the results heading', async function () {
      this.timeout(60000);
      const el = await wideSearch();
      const skip = part(el, 'skip') as HTMLAnchorElement;
      expect(text(skip)).to.equal('Skip to results');
      expect(root(el).getElementById(new URL(skip.href).hash.slice(1)) === part(el, 'count'), 'the link names its target, the count').to.equal(true);
      expect(skip.getBoundingClientRect().width, 'out of sight until focused').to.be.at.most(1);
      part(el, 'input')!.focus();
      await tabTo(el, (a) => a === skip, false, 3);
      expect(skip.getBoundingClientRect().width, 'visible with focus').to.be.above(20);
      const hashBefore = location.hash;
      await press('Enter');
      expect(active(el)?.getAttribute('part')).to.equal('count');
      expect(location.hash, "the host page's URL is left alone").to.equal(hashBefore);
      await press('Tab');
      expect(active(el)?.getAttribute('part')).to.equal('sort');
      await press('Tab');
      expect(active(el)?.closest('[part~=result]') === parts(el, 'result')[0], 'focus on the first result').to.equal(true);
    });
  });

  describe('<absch-stats>', () => {
    it('a page of seven charts: one tab stop per chart before its buttons, not one per bar', async function () {
      this.timeout(90000);
      const wrapper = fixtureSync<HTMLDivElement>(html`<div>
        <button id="before">before</button>
        ${STATS_VIEWS.map((view) => html`<absch-stats view=${view} api-base=${apiBase()}></absch-stats>`)}
      </div>`);
      const charts = Array.from(wrapper.querySelectorAll<AbschStats>('absch-stats'));
      expect(charts).to.have.length(7);
      await Promise.all(charts.map((chart) => settled(chart)));
      const barCount = charts.reduce((sum, chart) => sum + root(chart).querySelectorAll('[part~=bar]').length, 0);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

      const stops: string[] = [];
      for (let i = 0; i < 60; i++) {
        await press('Tab');
        const chart = document.activeElement as Element;
        if (!charts.includes(chart as AbschStats)) break;
        stops.push(`${charts.indexOf(chart as AbschStats)}:${stopName(active(chart))}`);
      }
      expect(barCount, 'more bars than charts').to.be.above(28);
      expect(stops, 'bar, then the three buttons, per chart').to.deep.equal(
        charts.flatMap((_, i) => [`${i}:bar`, `${i}:table-toggle`, `${i}:download-csv`, `${i}:download-svg`]),
      );
    });

    it('in Arabic, the arrow of the reading direction (left) goes to the next bar', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div><absch-stats lang="ar" view="ircc-by-purpose" api-base=${apiBase()}></absch-stats></div>`);
      const el = wrapper.querySelector<AbschStats>('absch-stats')!;
      await settled(el);
      const bars = Array.from(root(el).querySelectorAll<SVGGElement>('[part~=bar]'));
      bars[0].focus();
      await press('ArrowLeft');
      expect(active(el)?.getAttribute('data-key')).to.equal(bars[1].getAttribute('data-key'));
      await press('ArrowRight');
      expect(active(el)?.getAttribute('data-key')).to.equal(bars[0].getAttribute('data-key'));
      expect(bars[1].getAttribute('aria-label')).to.match(/: [\d٠-٩]/);
    });
  });
});
