/**
 * Where no public source settles how the real API behaves, the mock has a world for each plausible
 * behaviour (mock-api/README.md "Worlds"), and a web-test-runner group per world runs this suite with
 * the world in `<meta name="mock-world">`. Each case renders an element twice, against mock-api in
 * its own world and in the group's world (on another origin, as the real API is for a host page),
 * and a reader must see the same thing in both: the same data, the same numbers, the same message.
 * The cases go down every request path a world changes: facet counts that leave out their own
 * filter (local params), highlighting, repeated keys, errors without CORS headers, a strict Accept
 * header and split words.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/absch-widgets.js';
import { FIXTURES } from '../../mock-api/data/fixtures.js';
import { STATS_VIEWS } from '../../src/api/queries/stats.js';
import type { AbschErrorDetail } from '../../src/base/events.js';
import { apiBase, guardHostPage, mockWorld, settled, text, type AbschTestElement } from '../helpers.js';

/** One element as a page writes it, with the API base to render it against. */
type Case = [name: string, template: (base: string) => TemplateResult];

const CASES: Case[] = [
  ['a country profile', (base) => html`<absch-country-profile country="KE" api-base=${base}></absch-country-profile>`],
  ['a country profile in Arabic', (base) => html`<absch-country-profile country="IN" lang="ar" api-base=${base}></absch-country-profile>`],
  ['an unknown country code', (base) => html`<absch-country-profile country="QQ" api-base=${base}></absch-country-profile>`],
  ['a certificate list', (base) => html`<absch-certificate-list country="IN" filters api-base=${base}></absch-certificate-list>`],
  [
    'certificate lists of single countries side by side (one grouped query)',
    (base) => html`<div>${['IN', 'KE', 'PE', 'QQ'].map((code) => html`<absch-certificate-list country=${code} page="2" page-size="5" api-base=${base}></absch-certificate-list>`)}</div>`,
  ],
  ['certificates for commercial use', (base) => html`<absch-certificate-list usage="commercial" filters api-base=${base}></absch-certificate-list>`],
  ['certificates in a date range, second page', (base) => html`<absch-certificate-list from="2017-01-01" to="2019-12-31" page="2" api-base=${base}></absch-certificate-list>`],
  ['a full UID typed as the query', (base) => html`<absch-certificate-list query=${FIXTURES.indiaIrcc} api-base=${base}></absch-certificate-list>`],
  ['words typed as the query', (base) => html`<absch-certificate-list query="genetic resources" api-base=${base}></absch-certificate-list>`],
  ['a search with highlighted words', (base) => html`<absch-search query="access benefit" api-base=${base}></absch-search>`],
  ['a search narrowed to a country and a record type', (base) => html`<absch-search query="genetic" country="KE" schema="measure" api-base=${base}></absch-search>`],
  ['a search for a hyphenated UID', (base) => html`<absch-search query=${FIXTURES.cpcWithIrcc} api-base=${base}></absch-search>`],
  ['the Parties list', (base) => html`<absch-parties-list api-base=${base}></absch-parties-list>`],
  ['the Parties list of a region', (base) => html`<absch-parties-list filter="africa" search api-base=${base}></absch-parties-list>`],
  ['a certificate with the records that name it', (base) => html`<absch-record uid=${FIXTURES.indiaIrcc} api-base=${base}></absch-record>`],
  ['a measure', (base) => html`<absch-record uid=${FIXTURES.hostileMeasure} api-base=${base}></absch-record>`],
  ['a checkpoint communiqué', (base) => html`<absch-record uid=${FIXTURES.cpcWithIrcc} api-base=${base}></absch-record>`],
  ['a competent national authority', (base) => html`<absch-record uid=${FIXTURES.kenyaCnaUid} api-base=${base}></absch-record>`],
  ['a deleted record', (base) => html`<absch-record uid=${FIXTURES.deletedIrcc} api-base=${base}></absch-record>`],
  ['a certificate whose authority does not exist', (base) => html`<absch-record uid=${FIXTURES.irccWithMissingCna} api-base=${base}></absch-record>`],
  ['a malformed UID', (base) => html`<absch-record uid="ABSCH-??-1" api-base=${base}></absch-record>`],
  ...STATS_VIEWS.map((view): Case => [`the ${view} chart`, (base) => html`<absch-stats view=${view} show-table api-base=${base}></absch-stats>`]),
  ['a chart of one period', (base) => html`<absch-stats view="records-by-type" from="2018-01-01" to="2020-12-31" show-table api-base=${base}></absch-stats>`],
  ['a chart of one country', (base) => html`<absch-stats view="ircc-by-year" country="IN" show-table api-base=${base}></absch-stats>`],
];

interface Seen {
  /** its text, but for search snippets (below) */
  text: string;
  /**
   * Per search result, whether it shows a summary. Where the API does not highlight (hl=ignore), the
   * element marks the words itself, and its fragment need not be the one Solr would have chosen.
   */
  summaries: boolean[];
  /** where its links point */
  links: string[];
  /** what its `absch-error` events told the page */
  errors: AbschErrorDetail[];
}

/** Renders an element and returns what a reader sees of it, and what it told the page. */
async function seen(template: TemplateResult): Promise<Seen> {
  const errors: AbschErrorDetail[] = [];
  const onError = (event: Event) => errors.push((event as CustomEvent<AbschErrorDetail>).detail);
  document.addEventListener('absch-error', onError);
  try {
    // A case is one element, or several side by side in a <div> (what they show, in their order).
    // fixtureSync: `fixture` waits a frame for a plain <div>, and a test tab in the background gets none.
    const top = fixtureSync<HTMLElement>(template);
    const elements = top.localName.startsWith('absch-') ? [top] : Array.from(top.children).filter((child) => child.localName.startsWith('absch-'));
    await Promise.all(elements.map((element) => settled(element as AbschTestElement)));
    const shown = document.createElement('div');
    for (const { shadowRoot } of elements) shown.append(...Array.from(shadowRoot!.children, (child) => child.cloneNode(true)));
    const summaries = Array.from(shown.querySelectorAll('[part~=result]'), (result) => result.querySelector('[part~=summary]') !== null);
    const links = Array.from(shown.querySelectorAll('a[href]'), (a) => a.getAttribute('href')!);
    shown.querySelectorAll('[part~=summary]').forEach((summary) => summary.remove());
    return { text: text(shown), summaries, links, errors };
  } finally {
    document.removeEventListener('absch-error', onError);
  }
}

describe(`in the world ${mockWorld() || '(none)'}, a reader sees what the mock's own world shows`, () => {
  guardHostPage();
  // This suite compares the group's world with the mock's own: it has nothing to compare in the default group.
  before(function () {
    if (!mockWorld()) this.skip();
  });

  for (const [name, template] of CASES) {
    it(name, async () => {
      const own = await seen(template(location.origin));
      const world = await seen(template(apiBase()));
      expect(own.text, 'the mock in its own world shows something').to.not.equal('');
      expect(world).to.deep.equal(own);
    });
  }
});
