/**
 * `renderElement` as a crawler and a site's server meet its HTML: every element rendered in Node, in
 * the six languages, against mock-api (in process, on loopback), its HTML parsed without a browser
 * (parse5). What is asserted is what the HTML holds: the data that mock-api's own answers give
 * (asked for here, independently of the element), the facts in the light DOM, the direction, valid
 * JSON-LD, the element's messages for bad attributes and a failing API, hostile record text made
 * inert, and renders in several languages at once that do not mix.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { startLoopbackServer, type LoopbackServer } from '../../scripts/loopback-server.ts';
import { FIXTURES, HOSTILE_IRCC, HOSTILE_TEXT, UNLISTED } from '../../mock-api/data/fixtures.ts';
import { NATIONAL_SCHEMAS } from '../../src/api/fields.ts';
import { renderElementWithOutcome, type Rendered, type RenderOptions } from '../../src/server/render-element.ts';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];
type Lang = 'en' | 'ar' | 'es' | 'fr' | 'ru' | 'zh';

const LANGS: readonly Lang[] = ['en', 'ar', 'es', 'fr', 'ru', 'zh'];
const PORTAL = 'https://absch.cbd.int';
/** What every element counts: public, ABS realm, current revisions (as the widgets' published filter spells it). */
const PUBLISHED = ['_state_s:public', 'realm_ss:abs', '(*:* NOT version_s:*)'];

let api: LoopbackServer;
before(async () => {
  api = await startLoopbackServer({});
});
after(() => api.close());

// --- mock-api's own answers -------------------------------------------------------------------

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${api.origin}${path}`);
  assert.equal(response.status, 200, path);
  return (await response.json()) as T;
}

interface IndexAnswer {
  response: { numFound: number; docs: Record<string, unknown>[] };
  facet_counts?: { facet_fields: Record<string, (string | number)[]> };
}

function index(params: Record<string, string | readonly string[]>): Promise<IndexAnswer> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const item of typeof value === 'string' ? [value] : value) query.append(key, item);
  return getJson<IndexAnswer>(`/api/v2013/index/select?${query}`);
}

const count = async (...fq: string[]) => (await index({ q: '*:*', fq: [...PUBLISHED, ...fq], rows: '0' })).response.numFound;

interface Country {
  code: string;
  name: Partial<Record<Lang, string>>;
  treaties: Record<string, { party?: string | null } | undefined>;
}

// --- the rendered HTML --------------------------------------------------------------------------

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (element: Element, name: string) => element.attrs.find((item) => item.name === name)?.value;
const childrenOf = (node: ParentNode): Node[] => (node.nodeName === 'template' ? (node as Template).content.childNodes : node.childNodes);

function elementsIn(node: ParentNode): Element[] {
  return childrenOf(node).flatMap((child) => (isElement(child) ? [child, ...elementsIn(child)] : []));
}

/** The text a reader gets: text nodes, without scripts and styles. */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (!('childNodes' in node) || node.nodeName === 'script' || node.nodeName === 'style') return '';
  return childrenOf(node).map(textOf).join('');
}

/** A script's source (parse5 keeps it as one raw text node). */
const scriptText = (script: Element): string => script.childNodes.map((node) => (node.nodeName === '#text' ? (node as DefaultTreeAdapterMap['textNode']).value : '')).join('');

const find = (scope: ParentNode, test: (element: Element) => boolean): Element | undefined => elementsIn(scope).find(test);

interface Parsed {
  host: Element;
  /** the declarative shadow root's content */
  shadow: ParentNode;
  /** the light-DOM facts block */
  facts: Element | undefined;
  jsonLd: Record<string, unknown>[];
  /** the host's children beside the shadow root */
  light: Element[];
}

function parse(rendered: Rendered, tag: string): Parsed {
  const fragment = parseFragment(rendered.html);
  const hosts = fragment.childNodes.filter(isElement);
  assert.equal(hosts.length, 1, 'one element at the top of the fragment');
  const [host] = hosts;
  assert.equal(host.tagName, tag);
  const template = host.childNodes.find((node): node is Template => node.nodeName === 'template' && attr(node as Element, 'shadowrootmode') === 'open');
  assert.ok(template, 'a declarative shadow root');
  const light = host.childNodes.filter(isElement).filter((node) => node !== template);
  const jsonLd = light
    .filter((node) => node.tagName === 'script' && attr(node, 'type') === 'application/ld+json')
    .map((node) => JSON.parse(scriptText(node)) as Record<string, unknown>);
  return { host, shadow: template.content, facts: light.find((node) => node.tagName === 'div'), jsonLd, light };
}

const render = (tag: string, attributes: Record<string, string>, lang: Lang, options: Partial<RenderOptions> = {}) =>
  renderElementWithOutcome(tag, attributes, { apiBase: api.origin, lang, ...options });

/** Renders, checks what every loaded render holds in any language, and gives the parts to check further. */
async function renderLoaded(tag: string, attributes: Record<string, string>, lang: Lang): Promise<Parsed & { factsText: string; ld: Record<string, unknown> }> {
  const rendered = await render(tag, attributes, lang);
  assert.equal(rendered.outcome, 'loaded', rendered.message);
  const parsed = parse(rendered, tag);
  assert.equal(attr(parsed.host, 'lang'), lang);
  const direction = lang === 'ar' ? 'rtl' : 'ltr';
  assert.ok(parsed.facts, 'facts in the light DOM');
  assert.equal(attr(parsed.facts, 'dir'), direction, 'the facts are written in the language’s direction');
  assert.equal(attr(find(parsed.shadow, (element) => attr(element, 'part') === 'base')!, 'dir'), direction, 'the view too');
  assert.ok(find(parsed.facts, (element) => /^h[1-6]$/.test(element.tagName)), 'the facts have a heading');
  const portalLinks = elementsIn(parsed.facts).filter((element) => element.tagName === 'a' && attr(element, 'href')?.startsWith(`${PORTAL}/${lang}/`));
  assert.ok(portalLinks.length > 0, 'the facts link to the portal in their language');
  assert.equal(parsed.jsonLd.length, tag === 'absch-record' && !/IRCC|MSR/i.test(attributes.uid) ? 0 : 1);
  const [ld] = parsed.jsonLd;
  if (ld) {
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(typeof ld['@type'], 'string');
    assert.equal(ld.inLanguage, lang);
    assert.ok(String(ld.url).startsWith(`${PORTAL}/${lang}/`), String(ld.url));
  }
  return { ...parsed, factsText: textOf(parsed.facts), ld: ld ?? {} };
}

/** The text of the view's part `name` (as the element draws it in the shadow root, in the render's language). */
function partText(shadow: ParentNode, name: string): string {
  const element = find(shadow, (candidate) => attr(candidate, 'part')?.split(' ').includes(name) ?? false);
  assert.ok(element, `the view's part ${name}`);
  return textOf(element).trim();
}

/** The facts say what the view says, in the same words: `part`'s text is among them. */
function assertSaysAsView(parsed: { shadow: ParentNode; factsText: string }, part: string): void {
  const said = partText(parsed.shadow, part);
  assert.ok(said !== '' && parsed.factsText.includes(said), `the facts say “${said}” as the view's ${part} does`);
}

const number = (value: number, lang: Lang) => new Intl.NumberFormat(lang).format(value);
/** A calendar date as the elements write it: day, month and year in the language's words (UN style in English). */
const longDate = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));

interface ListItem {
  '@type': string;
  position: number;
  url: string;
  name: string;
}
const itemsOf = (ld: Record<string, unknown>) => ld.itemListElement as ListItem[];

// --- every element in the six languages ----------------------------------------------------------

describe('renderElement: every element, in the six languages, holds its data in the facts and the JSON-LD', () => {
  let kenya: Country;
  let countries: Country[];
  before(async () => {
    kenya = await getJson<Country>('/api/v2013/countries/KE');
    countries = await getJson<Country[]>('/api/v2013/countries');
  });

  for (const lang of LANGS) {
    it(`<absch-country-profile country="ke"> in ${lang}: name, Party since, the count of every national record type`, async () => {
      const counts = await Promise.all(NATIONAL_SCHEMAS.map((schema) => count('government_s:ke', `schema_s:${schema}`)));
      const rendered = await renderLoaded('absch-country-profile', { country: 'ke' }, lang);
      const { facts, factsText, ld, shadow } = rendered;
      assertSaysAsView(rendered, 'status');
      assertSaysAsView(rendered, 'total');
      const heading = find(facts!, (element) => element.tagName === 'h2')!;
      assert.equal(textOf(heading), kenya.name[lang]);
      assert.ok(textOf(shadow).includes(kenya.name[lang]!), 'the view names the country too');
      assert.ok(factsText.includes(longDate(kenya.treaties.XXVII8b!.party!, lang)), 'Party since, in the language’s words');
      assert.ok(factsText.includes(number(counts.reduce((sum, n) => sum + n, 0), lang)), 'the total of national records');
      assert.equal(ld['@type'], 'Dataset');
      assert.deepEqual((ld.spatialCoverage as Record<string, unknown>).name, kenya.name[lang]);
      assert.deepEqual((ld.variableMeasured as { value: number }[]).map((item) => item.value), counts);
      assert.match(String(ld.url), new RegExp(`^${PORTAL}/${lang}/countries/KE$`));
    });

    it(`<absch-record> of an IRCC in ${lang}: a GovernmentPermit with the certificate's title, identifier and dates`, async () => {
      const uid = FIXTURES.indiaIrcc;
      const { body } = await getJson<{ body: { title: Partial<Record<Lang, string>>; dateOfIssuance: string; dateOfExpiry: string } }>(
        `/api/v2013/documents/${uid.split('-')[3]}?info=true`,
      );
      const title = body.title[lang] || body.title.en!;
      const rendered = await renderLoaded('absch-record', { uid: uid.toLowerCase() }, lang);
      const { facts, factsText, ld } = rendered;
      assertSaysAsView(rendered, 'type');
      assertSaysAsView(rendered, 'label');
      assert.equal(textOf(find(facts!, (element) => element.tagName === 'h2')!), title);
      assert.ok(factsText.includes(uid), 'the UID among the facts');
      assert.ok(factsText.includes(longDate(body.dateOfIssuance, lang)), 'the date of issuance, in the language’s words');
      assert.equal(ld['@type'], 'GovernmentPermit');
      assert.equal(ld.name, title);
      assert.equal(ld.identifier, uid);
      assert.equal(ld.validFrom, body.dateOfIssuance.slice(0, 10));
      assert.equal(ld.validUntil, body.dateOfExpiry.slice(0, 10));
      assert.equal((ld.issuedBy as Record<string, unknown>)['@type'], 'GovernmentOrganization');
      assert.equal(ld.url, `${PORTAL}/${lang}/database/IRCC/${uid}`);
    });

    it(`<absch-record> of a measure in ${lang}: a Legislation with its jurisdiction and date of adoption`, async () => {
      const uid = FIXTURES.hostileMeasure;
      const { body } = await getJson<{ body: { title: Partial<Record<Lang, string>>; adoption: string } }>(`/api/v2013/documents/${uid.split('-')[3]}?info=true`);
      const { ld } = await renderLoaded('absch-record', { uid }, lang);
      assert.equal(ld['@type'], 'Legislation');
      assert.equal(ld.name, body.title[lang] || body.title.en);
      assert.equal(ld.legislationIdentifier, uid);
      assert.equal(ld.legislationDate, body.adoption.slice(0, 10));
      assert.equal(ld.legislationJurisdiction, kenya.name[lang]);
    });

    it(`<absch-certificate-list country="in"> in ${lang}: the total and the page's certificates, as an ItemList`, async () => {
      const total = await count('schema_s:absPermit', 'government_s:in');
      const rendered = await renderLoaded('absch-certificate-list', { country: 'in', 'page-size': '10' }, lang);
      const { factsText, ld } = rendered;
      assertSaysAsView(rendered, 'total');
      assert.ok(factsText.includes(number(total, lang)), `${number(total, lang)} in the facts`);
      assert.equal(ld['@type'], 'ItemList');
      assert.equal(ld.numberOfItems, total);
      const items = itemsOf(ld);
      assert.deepEqual(items.map((item) => item.position), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      const uids = items.map((item) => /\/database\/IRCC\/(ABSCH-IRCC-IN-\d+-\d+)$/.exec(item.url)?.[1]);
      assert.ok(uids.every(Boolean), 'every item is an Indian certificate on the portal');
      const listed = await count(`uniqueIdentifier_s:(${uids.map((uid) => `"${uid!.toLowerCase()}"`).join(' OR ')})`);
      assert.equal(listed, 10, 'every item is a published certificate');
      for (const item of items) assert.ok(factsText.includes(item.url.split('/').pop()!), 'each certificate is among the facts');
    });

    it(`<absch-parties-list> in ${lang}: the totals, and the first countries by name in the language`, async () => {
      const rendered = await renderLoaded('absch-parties-list', {}, lang);
      const { factsText, ld } = rendered;
      assertSaysAsView(rendered, 'totals');
      const codes = new Set(countries.map((country) => country.code.toUpperCase()));
      assert.equal(ld['@type'], 'ItemList');
      assert.equal(ld.numberOfItems, codes.size);
      const collator = new Intl.Collator(lang);
      const byName = [...new Map(countries.map((country) => [country.code.toUpperCase(), country.name[lang] || country.name.en!])).values()].sort(collator.compare);
      const items = itemsOf(ld);
      assert.equal(items.length, 25, 'a budget of 25 items');
      assert.deepEqual(
        items.map((item) => item.name),
        byName.slice(0, 25),
      );
      for (const item of items.slice(0, 3)) assert.ok(factsText.includes(item.name));
    });

    it(`<absch-search schema="absPermit" country="ke"> in ${lang}: the count, and the results as an ItemList`, async () => {
      const total = await count('schema_s:absPermit', 'government_s:ke');
      const rendered = await renderLoaded('absch-search', { schema: 'absPermit', country: 'ke' }, lang);
      const { facts, ld } = rendered;
      assertSaysAsView(rendered, 'count');
      assert.ok(textOf(find(facts!, (element) => element.tagName === 'h2')!).includes(number(total, lang)));
      assert.equal(ld['@type'], 'ItemList');
      assert.equal(ld.numberOfItems, total);
      assert.ok(itemsOf(ld).length > 0);
      for (const item of itemsOf(ld)) assert.match(item.url, new RegExp(`^${PORTAL}/${lang}/database/IRCC/ABSCH-IRCC-KE-`));
    });

    it(`<absch-stats view="ircc-by-country"> in ${lang}: a Dataset whose first figure is the country with most certificates`, async () => {
      const answer = await index({ q: '*:*', fq: [...PUBLISHED, 'schema_s:absPermit'], rows: '0', facet: 'true', 'facet.field': 'government_s', 'facet.limit': '-1' });
      const facet = answer.facet_counts!.facet_fields.government_s;
      const pairs = facet.flatMap((value, i) => (i % 2 === 0 ? [[String(value), Number(facet[i + 1])] as const] : []));
      const [topCode, topCount] = pairs.reduce((best, pair) => (pair[1] > best[1] ? pair : best));
      const top = countries.find((country) => country.code.toLowerCase() === topCode.toLowerCase())!;
      const rendered = await renderLoaded('absch-stats', { view: 'ircc-by-country', limit: '5' }, lang);
      const { facts, ld } = rendered;
      assertSaysAsView(rendered, 'summary');
      const firstTerm = find(facts!, (element) => element.tagName === 'dt')!;
      const firstValue = find(facts!, (element) => element.tagName === 'dd')!;
      assert.equal(textOf(firstTerm), top.name[lang]);
      assert.ok(textOf(firstValue).startsWith(number(topCount, lang)), textOf(firstValue));
      assert.equal(elementsIn(facts!).filter((element) => element.tagName === 'dt').length, 6, 'five countries and the rest');
      assert.equal(ld['@type'], 'Dataset');
      assert.equal(ld.name, textOf(find(facts!, (element) => element.tagName === 'h2')!));
      assert.ok(String(ld.description).includes(number(answer.response.numFound, lang)), 'the description counts every certificate');
      assert.equal((ld.creator as Record<string, unknown>).name, 'Secretariat of the Convention on Biological Diversity');
      assert.ok(Array.isArray(ld.variableMeasured) && ld.variableMeasured.length === 1);
    });
  }
});

describe('renderElement: the facts stay compact and follow the page’s headings', () => {
  it('a page of 40 certificates: 25 of them in the facts and the ItemList, which still counts them all', async () => {
    const total = await count('schema_s:absPermit', 'government_s:in');
    const { facts, ld, shadow } = await renderLoaded('absch-certificate-list', { country: 'in', 'page-size': '40' }, 'en');
    assert.equal(elementsIn(shadow).filter((element) => attr(element, 'part') === 'row').length, 40, 'the view shows the whole page');
    assert.equal(elementsIn(facts!).filter((element) => element.tagName === 'li').length, 25);
    assert.equal(itemsOf(ld).length, 25);
    assert.equal(ld.numberOfItems, total);
  });

  it('heading-level="4": the facts’ heading is an h4, as the view’s', async () => {
    const { facts, shadow } = await renderLoaded('absch-country-profile', { country: 'ke', 'heading-level': '4' }, 'en');
    assert.ok(find(facts!, (element) => element.tagName === 'h4'));
    assert.ok(!find(facts!, (element) => element.tagName === 'h2'));
    assert.equal(find(shadow, (element) => attr(element, 'part') === 'name')?.tagName, 'h4');
  });
});

// --- messages -------------------------------------------------------------------------------------

/** The message is what the element shows, in its shadow root, and what the facts say instead of facts. */
function assertShowsMessage(rendered: Rendered, tag: string): void {
  assert.ok(rendered.message, 'a message');
  const { shadow, light, jsonLd } = parse(rendered, tag);
  assert.ok(textOf(shadow).includes(rendered.message), 'the element shows it');
  assert.ok(light.some((node) => node.tagName === 'p' && textOf(node) === rendered.message), 'the light DOM says it');
  assert.deepEqual(jsonLd, [], 'no JSON-LD for what did not load');
}

describe('renderElement: invalid attributes give the element’s message, rendered', () => {
  for (const [tag, attributes, words] of [
    ['absch-country-profile', { country: 'xyz' }, 'xyz'],
    ['absch-record', { uid: 'not a record' }, 'not a record'],
    ['absch-certificate-list', { country: 'k1' }, 'k1'],
    ['absch-stats', { view: 'ircc-by-country', country: '12' }, '12'],
  ] as const) {
    for (const lang of ['en', 'fr'] as const) {
      it(`<${tag}> ${Object.entries(attributes).map(([name, value]) => `${name}="${value}"`).join(' ')} in ${lang}`, async () => {
        const rendered = await render(tag, attributes, lang);
        assert.equal(rendered.outcome, 'invalid');
        assert.ok(rendered.message!.includes(words), rendered.message);
        assertShowsMessage(rendered, tag);
      });
    }
  }

  it('the message is in the render’s language', async () => {
    const [en, fr] = await Promise.all([render('absch-country-profile', { country: 'xyz' }, 'en'), render('absch-country-profile', { country: 'xyz' }, 'fr')]);
    assert.notEqual(en.message, fr.message);
    assert.match(fr.message!, /«\s*xyz\s*»/u);
  });
});

describe('renderElement: a failing API gives the rendered error, never a rejection', () => {
  for (const [tag, attributes] of [
    ['absch-country-profile', { country: 'ke' }],
    ['absch-record', { uid: FIXTURES.indiaIrcc }],
    ['absch-certificate-list', { country: 'in' }],
    ['absch-parties-list', {}],
    ['absch-search', { schema: 'absPermit' }],
    ['absch-stats', { view: 'records-by-type' }],
  ] as const) {
    it(`<${tag}> when the API answers 500`, async () => {
      const rendered = await render(tag, attributes, 'es', { apiBase: `${api.origin}/__mock/status=500,id=i-${tag}` });
      assert.equal(rendered.outcome, 'failed');
      assertShowsMessage(rendered, tag);
    });
  }

  it('an API that never answers: the timeout message, within the timeout', async () => {
    const started = performance.now();
    const rendered = await render('absch-country-profile', { country: 'ke' }, 'ar', { apiBase: `${api.origin}/__mock/hang=1,id=i-hang`, timeout: 1500 });
    const elapsed = performance.now() - started;
    assert.equal(rendered.outcome, 'failed');
    assert.ok(elapsed < 6000, `${Math.round(elapsed)} ms`);
    assertShowsMessage(rendered, 'absch-country-profile');
    assert.equal(attr(parse(rendered, 'absch-country-profile').host, 'lang'), 'ar');
  });

  it('malformed JSON from the API: the rendered error', async () => {
    const rendered = await render('absch-certificate-list', { country: 'ke' }, 'ru', { apiBase: `${api.origin}/__mock/malformed=1,id=i-malformed` });
    assert.equal(rendered.outcome, 'failed');
    assertShowsMessage(rendered, 'absch-certificate-list');
  });
});

// --- hostile record text ----------------------------------------------------------------------------

const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'background', 'poster']);
const FOREIGN = new Set(['script', 'iframe', 'object', 'embed', 'img', 'form', 'base', 'math', 'noscript', 'button']);

/** Nothing in `scope` that runs or loads: no element from the record's text (`own`: the element's own), no handler, no script URL. */
function assertInert(scope: ParentNode, where: string, own: ReadonlySet<string> = new Set()): void {
  const elements = elementsIn(scope);
  assert.deepEqual(
    elements.filter((element) => element.tagName === 'script' || (FOREIGN.has(element.tagName) && !own.has(element.tagName))).map((element) => element.tagName),
    [],
    `no element from the record's text in the ${where}`,
  );
  assert.deepEqual(
    elements.flatMap((element) => element.attrs.filter((item) => item.name.startsWith('on')).map((item) => `${element.tagName}[${item.name}]`)),
    [],
    `no event handler in the ${where}`,
  );
  assert.deepEqual(
    elements.flatMap((element) => element.attrs.filter((item) => URL_ATTRIBUTES.has(item.name) && SCRIPT_URL.test(item.value)).map((item) => `${element.tagName}[${item.name}]`)),
    [],
    `no script URL in the ${where}`,
  );
}

/**
 * Renders `attributes` against a hostile record or name and checks that nothing of it runs. The shadow
 * root may hold what the element draws itself (a search's form and buttons): what the same element
 * draws from benign data (`benign`: other records; by default the same attributes without the hostile switch) is allowed there.
 */
async function assertHostileInert(
  tag: string,
  attributes: Record<string, string>,
  lang: Lang,
  { apiBase = api.origin, benign = attributes }: { apiBase?: string; benign?: Record<string, string> } = {},
): Promise<Parsed & { factsText: string }> {
  const rendered = await render(tag, attributes, lang, { apiBase });
  assert.equal(rendered.outcome, 'loaded', rendered.message);
  const parsed = parse(rendered, tag);
  const own = new Set(elementsIn(parse(await render(tag, benign, lang), tag).shadow).map((element) => element.tagName));
  assertInert(parsed.shadow, 'shadow root', own);
  assert.ok(parsed.facts);
  assertInert(parsed.facts, 'facts');
  // The host holds the shadow root, the facts and the two data blocks, which are not scripts that run.
  assert.deepEqual(
    parsed.light.filter((node) => node.tagName === 'script').map((node) => attr(node, 'type')),
    parsed.jsonLd.length ? ['application/ld+json', 'application/json'] : ['application/json'],
  );
  return { ...parsed, factsText: textOf(parsed.facts) };
}

describe('renderElement: hostile record text comes out inert, in the shadow root and in the facts', () => {
  it('an IRCC hostile in every field: its title is text, its rich text sanitized, its files and links never script URLs', async () => {
    const { factsText, jsonLd } = await assertHostileInert('absch-record', { uid: UNLISTED.hostileIrcc.identifier }, 'en', { benign: { uid: FIXTURES.indiaIrcc } });
    assert.ok(factsText.includes(HOSTILE_IRCC.payload), 'the title is shown as the characters it holds');
    assert.ok(String(jsonLd[0].name).includes(HOSTILE_IRCC.payload), 'and named so in the JSON-LD, which parsed');
  });

  for (const lang of LANGS) {
    it(`a measure whose description holds <script> and <img onerror>, in ${lang}`, async () => {
      const { facts } = await assertHostileInert('absch-record', { uid: FIXTURES.hostileMeasure }, lang, { benign: { uid: FIXTURES.spanishOnlyTitle } });
      assert.ok(find(facts!, (element) => attr(element, 'class') === 'rich-text'), 'the description is among the facts, sanitized');
    });
  }

  it('certificates whose titles end with payloads, in a list: the titles are text', async () => {
    const { factsText } = await assertHostileInert('absch-certificate-list', { country: 'pa' }, 'fr', { benign: { country: 'ke' } });
    assert.ok(factsText.includes(HOSTILE_TEXT.title.fr.trim()), 'the French title’s payload as characters');
  });

  it('a search that finds the hostile measure: its title is text', async () => {
    const { factsText } = await assertHostileInert('absch-search', { schema: 'measure', country: 'eu' }, 'es', { benign: { schema: 'measure', country: 'ke' } });
    assert.ok(factsText.includes(HOSTILE_TEXT.title.es.trim()));
  });

  it('country names that hold payloads (hostilenames=1): the profile, the Parties list and a chart name them as text', async () => {
    const apiBase = `${api.origin}/__mock/hostilenames=1`;
    const profile = await assertHostileInert('absch-country-profile', { country: 'ke' }, 'ar', { apiBase });
    assert.ok(profile.factsText.includes(HOSTILE_TEXT.title.ar.trim()));
    await assertHostileInert('absch-parties-list', {}, 'zh', { apiBase });
    await assertHostileInert('absch-stats', { view: 'ircc-by-country', limit: '3' }, 'ru', { apiBase });
  });
});

// --- concurrency --------------------------------------------------------------------------------------

describe('renderElement: concurrent renders in different languages do not mix', () => {
  /** The facts and the shadow root's text: what must be the same whether the render ran alone or among others. */
  const signature = (rendered: Rendered, tag: string) => {
    const parsed = parse(rendered, tag);
    return { facts: textOf(parsed.facts!), view: textOf(parsed.shadow), ld: parsed.jsonLd };
  };

  it('eight country profiles, French and Arabic in turn, each wholly in its language', async () => {
    const kenya = await getJson<Country>('/api/v2013/countries/KE');
    const india = await getJson<Country>('/api/v2013/countries/IN');
    const jobs = [
      ['ke', 'fr'],
      ['ke', 'ar'],
      ['in', 'fr'],
      ['in', 'ar'],
      ['ke', 'ar'],
      ['in', 'fr'],
      ['ke', 'fr'],
      ['in', 'ar'],
    ] as const;
    const alone = new Map<string, ReturnType<typeof signature>>();
    for (const key of new Set(jobs.map(([country, lang]) => `${country}/${lang}`))) {
      const [code, language] = key.split('/') as [string, Lang];
      alone.set(key, signature(await render('absch-country-profile', { country: code }, language), 'absch-country-profile'));
    }
    const together = await Promise.all(jobs.map(([country, lang]) => render('absch-country-profile', { country }, lang)));
    together.forEach((rendered, i) => {
      const [country, lang] = jobs[i];
      assert.equal(rendered.outcome, 'loaded');
      const parsed = parse(rendered, 'absch-country-profile');
      const name = (country === 'ke' ? kenya : india).name[lang]!;
      assert.equal(textOf(find(parsed.facts!, (element) => element.tagName === 'h2')!), name, `${country} in ${lang}`);
      assert.ok(textOf(parsed.facts!).includes(longDate((country === 'ke' ? kenya : india).treaties.XXVII8b!.party!, lang)));
      assert.equal(attr(parsed.facts!, 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
      assertSaysAsView({ shadow: parsed.shadow, factsText: textOf(parsed.facts!) }, 'status');
      assert.deepEqual(signature(rendered, 'absch-country-profile'), alone.get(`${country}/${lang}`), `${country} in ${lang}: as when rendered alone`);
    });
  });

  it('different elements in six languages at once, each as when rendered alone', async () => {
    const jobs: [string, Record<string, string>, Lang][] = [
      ['absch-record', { uid: FIXTURES.indiaIrcc }, 'ru'],
      ['absch-certificate-list', { country: 'ke', 'page-size': '5' }, 'zh'],
      ['absch-stats', { view: 'ircc-by-purpose' }, 'ar'],
      ['absch-search', { schema: 'measure', country: 'ke' }, 'es'],
      ['absch-country-profile', { country: 'fr' }, 'en'],
      ['absch-record', { uid: FIXTURES.indiaIrcc }, 'fr'],
      ['absch-stats', { view: 'ircc-by-purpose' }, 'zh'],
    ];
    const alone: ReturnType<typeof signature>[] = [];
    for (const [tag, attributes, lang] of jobs) alone.push(signature(await render(tag, attributes, lang), tag));
    const together = await Promise.all(jobs.map(([tag, attributes, lang]) => render(tag, attributes, lang)));
    together.forEach((rendered, i) => assert.deepEqual(signature(rendered, jobs[i][0]), alone[i], `${jobs[i][0]} in ${jobs[i][2]}`));
  });
});
