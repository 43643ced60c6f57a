/**
 * Every element in each of the five target languages: a known interface string in that language
 * (read from the generated translations, not copied here), API content in that language, and for
 * Arabic a right-to-left layout. Plus plural forms, a change of <html lang>, and the
 * data-absch-lang pin against in-page translators.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { msg, str } from '@lit/localize';
import type { TemplateResult } from 'lit';
import '../../src/absch-widgets.js';
import { loadInterfaceStrings, withLocale } from '../../src/i18n/localization.js';
import { RECORD_TYPES } from '../../src/data/record-types.js';
import { FIXTURES } from '../../mock-api/data/fixtures.js';
import { templates as ar } from '../../src/generated/locales/ar.js';
import { templates as es } from '../../src/generated/locales/es.js';
import { templates as fr } from '../../src/generated/locales/fr.js';
import { templates as ru } from '../../src/generated/locales/ru.js';
import { templates as zh } from '../../src/generated/locales/zh.js';
import { apiBase, apiRequestsSince, freshState, getJson, settled, text, type AbschTestElement } from '../helpers.js';

type Lang = 'ar' | 'es' | 'fr' | 'ru' | 'zh';
const TRANSLATIONS: Record<Lang, Record<string, unknown>> = { ar, es, fr, ru, zh };

/** The longest fixed part of a translated message (placeholders left out). */
function fixedText(lang: Lang, id: string): string {
  const template = TRANSLATIONS[lang][id];
  if (typeof template === 'string') return template;
  const strings = (template as { strings?: readonly string[] }).strings ?? [];
  return [...strings].sort((a, b) => b.length - a.length)[0]?.trim() ?? '';
}

type Loaded = AbschTestElement & { requestUpdate(): void };


interface Case {
  tag: string;
  render: (lang: Lang) => TemplateResult;
  /** a message shown once loaded */
  messageId: string;
  /** API content expected in the page's language */
  apiText: (lang: Lang) => Promise<string>;
  /** a short line of text that starts the layout: in Arabic it must sit at the right */
  firstLine: string;
}

const countryName = async (code: string, lang: Lang) => (await getJson<{ name: Record<Lang, string> }>(`/api/v2013/countries/${code}`)).body.name[lang];

const CASES: Case[] = [
  {
    tag: 'absch-country-profile',
    render: (lang) => html`<absch-country-profile lang=${lang} country="ke" api-base=${apiBase()}></absch-country-profile>`,
    messageId: 'status-party-since',
    apiText: (lang) => countryName('KE', lang),
    firstLine: '[part=name]',
  },
  {
    tag: 'absch-parties-list',
    render: (lang) => html`<absch-parties-list lang=${lang} status="party" api-base=${apiBase()}></absch-parties-list>`,
    messageId: 'parties-column-status',
    apiText: (lang) => countryName('KE', lang),
    firstLine: '[part=totals]',
  },
  {
    tag: 'absch-certificate-list',
    render: (lang) => html`<absch-certificate-list lang=${lang} country="ke in" api-base=${apiBase()}></absch-certificate-list>`,
    messageId: 'certs-col-issued',
    apiText: (lang) => countryName('IN', lang),
    firstLine: '[part=total]',
  },
  {
    tag: 'absch-search',
    render: (lang) => html`<absch-search lang=${lang} schema="measure" api-base=${apiBase()}></absch-search>`,
    messageId: 'search-label',
    apiText: async (lang) => RECORD_TYPES.measure.title[lang] ?? '',
    firstLine: 'label',
  },
  {
    tag: 'absch-stats',
    render: (lang) => html`<absch-stats lang=${lang} view="ircc-by-country" api-base=${apiBase()}></absch-stats>`,
    messageId: 'stats-title-ircc-by-country',
    apiText: (lang) => countryName('IN', lang),
    firstLine: '[part=title]',
  },
  {
    tag: 'absch-record',
    render: (lang) => html`<absch-record lang=${lang} uid=${FIXTURES.indiaIrcc} api-base=${apiBase()}></absch-record>`,
    messageId: 'record-field-date-of-issuance',
    apiText: (lang) => countryName('IN', lang),
    firstLine: '[part=type]',
  },
];

/** fixtureSync: fixture() would wait for an animation frame, which a background tab may never get. */
const loaded = (template: TemplateResult) => settled(fixtureSync<Loaded>(template));

describe('six languages', () => {
  beforeEach(freshState);
  afterEach(() => {
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('data-absch-lang');
  });

  for (const element of CASES) {
    for (const lang of ['ar', 'es', 'fr', 'ru', 'zh'] as const) {
      it(`<${element.tag}> in ${lang}: interface strings, API content${lang === 'ar' ? ', right-to-left' : ''}`, async () => {
        const el = await loaded(element.render(lang));
        const shown = text(el.shadowRoot);
        const expected = fixedText(lang, element.messageId);
        expect(expected, `a translation of ${element.messageId}`).not.to.equal('');
        expect(shown).to.contain(expected);
        expect(shown).to.contain(await element.apiText(lang));
        const base = el.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(getComputedStyle(base).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        if (lang === 'ar') {
          // Mirrored: the text of the first line hugs the right edge of its box.
          const block = base.querySelector<HTMLElement>(element.firstLine)!;
          const range = document.createRange();
          range.selectNodeContents(block);
          // A line of mixed scripts is several boxes, in logical order: take the first line's extent.
          const rects = Array.from(range.getClientRects());
          const top = Math.min(...rects.map((r) => r.top));
          const lineRects = rects.filter((r) => Math.abs(r.top - top) < 4);
          const line = { left: Math.min(...lineRects.map((r) => r.left)), right: Math.max(...lineRects.map((r) => r.right)) };
          // The box the line is laid out in: the block itself, or, when it shrinks to its text, the
          // first wider ancestor.
          let holder: HTMLElement = block;
          while (holder !== base && holder.getBoundingClientRect().width < line.right - line.left + 10) holder = (holder.parentElement ?? base) as HTMLElement;
          const box = holder.getBoundingClientRect();
          const style = getComputedStyle(holder);
          const contentRight = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
          expect(contentRight - line.right, `${element.firstLine} starts at the right`).to.be.below(2);
          expect(line.left - box.left, `${element.firstLine} leaves the left side free`).to.be.above(2);
        }
      });
    }
  }

  it('an English island in an Arabic page stays left-to-right, and an Arabic one in it right-to-left', async () => {
    document.documentElement.lang = 'ar';
    document.documentElement.dir = 'rtl';
    try {
      const holder = fixtureSync(html`<div>
        <absch-country-profile lang="en" country="ke" sections="status" api-base=${apiBase()}></absch-country-profile>
        <div lang="en" dir="ltr"><absch-country-profile lang="ar" country="ke" sections="status" api-base=${apiBase()}></absch-country-profile></div>
      </div>`);
      const [english, arabic] = Array.from(holder.querySelectorAll<Loaded>('absch-country-profile'));
      await waitUntil(() => [english, arabic].every((el) => el.shadowRoot?.querySelector('[part=base][aria-busy=false]')), 'islands did not load');
      const direction = (el: Loaded) => getComputedStyle(el.shadowRoot!.querySelector('[part=base]')!).direction;
      expect([direction(english), direction(arabic)]).to.deep.equal(['ltr', 'rtl']);
      expect(text(english.shadowRoot!.querySelector('[part=name]'))).to.equal('Kenya');
      expect(text(arabic.shadowRoot!.querySelector('[part=name]'))).to.equal('كينيا');
    } finally {
      document.documentElement.dir = 'ltr';
    }
  });

  it('follows <html lang> when it changes, and data-absch-lang pins the language against a translator', async () => {
    const el = await loaded(html`<absch-country-profile country="in" api-base=${apiBase()}></absch-country-profile>`);
    const name = () => text(el.shadowRoot!.querySelector('[part=name]'));
    document.documentElement.setAttribute('data-absch-lang', 'fr');
    await waitUntil(() => name() === 'Inde', 'pinned to French');
    // An in-page translator rewrites <html lang>: the pin holds.
    document.documentElement.lang = 'ru';
    await el.updateComplete;
    expect(name()).to.equal('Inde');
    document.documentElement.removeAttribute('data-absch-lang');
    await waitUntil(() => name() === 'Индия', 'follows <html lang> again');
  });
});

describe('plural forms', () => {
  // The forms of one message, as the country profile asks for them.
  const total = (lang: Lang, n: number, category: string) => withLocale(lang, () => msg(str`${n} national records published`, { id: `profile-total-${category}` }));

  const NUMBERS = [0, 1, 2, 5, 11, 100];
  const CASES = [
    // Arabic has six categories; zero, one and "other" (100 and up) may share a noun form, but the
    // dual, the plural of 3–10 and the accusative singular of 11–99 each differ.
    { lang: 'ar', categories: ['zero', 'one', 'two', 'few', 'many', 'other'], distinct: [1, 2, 5, 11] },
    { lang: 'ru', categories: ['many', 'one', 'few', 'many', 'many', 'many'], distinct: [1, 2, 5] },
  ] as const;

  for (const { lang, categories, distinct } of CASES) {
    it(`${lang}: ${NUMBERS.join(', ')} take their own grammatical forms, none in English`, async () => {
      await loadInterfaceStrings(lang);
      const rules = new Intl.PluralRules(lang);
      expect(NUMBERS.map((n) => rules.select(n))).to.deep.equal(categories);
      const form = (n: number) => total(lang, n, rules.select(n)).replace(/\d+/g, '#');
      expect(new Set(distinct.map(form)).size, distinct.map(form).join(' | ')).to.equal(distinct.length);
      for (const n of NUMBERS) {
        expect(form(n)).not.to.contain('national records');
        expect(total(lang, n, rules.select(n))).to.contain(String(n));
      }
    });
  }
});

describe('one interface language per element', () => {
  beforeEach(freshState);

  const status = (el: Element) => text(el.shadowRoot!.querySelector('[part=status]'));
  const total = (el: Element) => text(el.shadowRoot!.querySelector('[part=total]'));
  /** "Party to the Nagoya Protocol since 12 October 2014 (…)": its date, in English words. */
  const ENGLISH_DATE = /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;
  const FRENCH_DATE = /\b\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}\b/;

  it('a French and an English profile on one page are each wholly in their language, and stay so when the French one goes', async () => {
    const holder = fixtureSync(html`<div>
      <absch-country-profile lang="fr" country="ke" api-base=${apiBase()}></absch-country-profile>
      <absch-country-profile lang="en" country="ke" api-base=${apiBase()}></absch-country-profile>
    </div>`);
    const [french, english] = Array.from(holder.querySelectorAll<Loaded>('absch-country-profile'));
    await waitUntil(() => [french, english].every((el) => el.shadowRoot?.querySelector('[part=base][aria-busy=false]')), 'profiles did not load', { timeout: 15000 });
    await Promise.all([french.localeReady(), english.localeReady()]);

    expect(status(french)).to.contain(fixedText('fr', 'status-party-since-by').split('depuis')[0].trim());
    expect(status(french)).to.match(FRENCH_DATE);
    expect(status(french)).not.to.match(ENGLISH_DATE);
    expect(status(english)).to.match(/^Party to the Nagoya Protocol since /);
    expect(status(english)).to.match(ENGLISH_DATE);
    expect(status(english), 'no "depuis le 12 October 2014"').not.to.match(/depuis|Partie/);
    expect(total(english)).to.match(/national records? published/);
    expect(total(french)).not.to.match(/national records?/);
    const englishText = text(english.shadowRoot);

    french.remove();
    english.requestUpdate();
    await english.updateComplete;
    expect(text(english.shadowRoot)).to.equal(englishText);
    // A new element in another language later on changes nothing either.
    const russian = fixtureSync<Loaded>(html`<absch-country-profile lang="ru" country="ke" api-base=${apiBase()}></absch-country-profile>`);
    await waitUntil(() => russian.shadowRoot?.querySelector('[part=base][aria-busy=false]'), 'Russian profile did not load', { timeout: 15000 });
    await russian.localeReady();
    english.requestUpdate();
    await english.updateComplete;
    expect(text(english.shadowRoot)).to.equal(englishText);
    expect(status(russian)).not.to.match(/Party|Nagoya Protocol since/);
  });

  it('an element in French beside one in English: dates, numbers and labels each in its own', async () => {
    const holder = fixtureSync(html`<div>
      <absch-stats lang="fr" view="ircc-by-year" api-base=${apiBase()}></absch-stats>
      <absch-stats lang="en" view="ircc-by-year" api-base=${apiBase()}></absch-stats>
    </div>`);
    const [french, english] = Array.from(holder.querySelectorAll<Loaded>('absch-stats'));
    await waitUntil(() => [french, english].every((el) => el.shadowRoot?.querySelector('[part=summary]')), 'charts did not load', { timeout: 15000 });
    await Promise.all([french.localeReady(), english.localeReady()]);
    const title = (el: Element) => text(el.shadowRoot!.querySelector('[part=title]'));
    expect(title(french)).to.equal(fixedText('fr', 'stats-title-ircc-by-year'));
    expect(title(english)).to.equal('Certificates of compliance issued per year');
    const summary = (el: Element) => text(el.shadowRoot!.querySelector('[part=summary]'));
    expect(summary(english)).to.match(/certificates/);
    expect(summary(french)).to.match(/certificats/);
    expect(summary(french)).not.to.match(/certificates/);
  });

  for (const element of CASES.filter((c) => ['absch-country-profile', 'absch-parties-list', 'absch-record', 'absch-stats'].includes(c.tag))) {
    it(`<${element.tag}>: a new language is shown with no new request`, async () => {
      const el = await loaded(element.render('es'));
      const since = performance.now();
      el.lang = 'fr';
      await el.localeReady();
      const requests = apiRequestsSince(since).map((entry) => entry.name);
      expect(text(el.shadowRoot)).to.contain(fixedText('fr', element.messageId));
      expect(text(el.shadowRoot)).to.contain(await element.apiText('fr'));
      expect(requests).to.deep.equal([]);
    });
  }
});
