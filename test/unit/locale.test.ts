import { expect, fixtureSync, html } from '@open-wc/testing';
import { msg, str } from '@lit/localize';
import { directionOf, resolveLocale, toLocale } from '../../src/i18n/locale.js';
import { loadInterfaceStrings, withLocale } from '../../src/i18n/localization.js';
import { templates as fr } from '../../src/generated/locales/fr.js';
import { templates as ru } from '../../src/generated/locales/ru.js';
import { pickText } from '../../src/i18n/lstring.js';

describe('toLocale', () => {
  it('maps regional and script tags to their language', () => {
    expect(toLocale('fr-CA')).to.equal('fr');
    expect(toLocale('zh-Hans-CN')).to.equal('zh');
    expect(toLocale('ar-EG')).to.equal('ar');
    expect(toLocale('ES')).to.equal('es');
    expect(toLocale('ru_RU')).to.equal('ru');
  });

  it('returns null for languages outside the six', () => {
    expect(toLocale('de')).to.equal(null);
    expect(toLocale('')).to.equal(null);
    expect(toLocale(undefined)).to.equal(null);
  });

  it('gives Arabic right-to-left and the others left-to-right', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(['en', 'es', 'fr', 'ru', 'zh'].map((l) => directionOf(l as 'en'))).to.deep.equal(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });
});

describe('resolveLocale', () => {
  const html_ = document.documentElement;
  afterEach(() => {
    html_.lang = 'en';
    html_.removeAttribute('data-absch-lang');
  });

  it("prefers the element's own lang", async () => {
    const el = fixtureSync(html`<div lang="fr"><span lang="es-MX"></span></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('es');
  });

  it('takes the nearest ancestor with lang, across shadow roots', async () => {
    const host = fixtureSync(html`<div lang="ru"><div></div></div>`);
    const inner = host.firstElementChild!;
    const shadow = inner.attachShadow({ mode: 'open' });
    const deep = document.createElement('p');
    shadow.append(deep);
    expect(resolveLocale(deep)).to.equal('ru');
  });

  it('skips an empty lang="" and goes on up', async () => {
    const el = fixtureSync(html`<div lang="zh-TW"><p lang=""></p></div>`);
    expect(resolveLocale(el.querySelector('p')!)).to.equal('zh');
  });

  it('falls back to <html lang>, and data-absch-lang pins the language over it', async () => {
    const el = fixtureSync(html`<p></p>`);
    html_.lang = 'ar-EG';
    expect(resolveLocale(el)).to.equal('ar');
    html_.setAttribute('data-absch-lang', 'fr');
    html_.lang = 'de';
    expect(resolveLocale(el)).to.equal('fr');
  });

  it('gives English for a language outside the six', async () => {
    const el = fixtureSync(html`<p lang="de"></p>`);
    expect(resolveLocale(el)).to.equal('en');
  });

  it("uses the browser's languages when the page declares none", async () => {
    const el = fixtureSync(html`<p></p>`);
    html_.removeAttribute('lang');
    const expected = navigator.languages.map(toLocale).find(Boolean) ?? 'en';
    expect(resolveLocale(el)).to.equal(expected);
  });
});

describe('pickText', () => {
  it('picks the language asked for', () => {
    expect(pickText({ en: 'Plants', fr: 'Plantes' }, 'fr')).to.deep.equal({ text: 'Plantes', lang: 'fr', fallback: false });
  });

  it('falls back to English, then to any language present, and says so', () => {
    expect(pickText({ en: 'Plants', fr: 'Plantes' }, 'ru')).to.deep.equal({ text: 'Plants', lang: 'en', fallback: true });
    expect(pickText({ es: 'Plantas' }, 'fr')).to.deep.equal({ text: 'Plantas', lang: 'es', fallback: true });
  });

  it('treats empty strings as absent and gives null when nothing is there', () => {
    expect(pickText({ fr: ' ', es: 'Plantas' }, 'fr')?.lang).to.equal('es');
    expect(pickText({}, 'en')).to.equal(null);
    expect(pickText(undefined, 'en')).to.equal(null);
  });
});

describe('withLocale', () => {
  before(() => Promise.all([loadInterfaceStrings('fr'), loadInterfaceStrings('ru')]));

  const retry = () => msg('Try again', { id: 'retry' });
  const fixed = (templates: Record<string, unknown>, id: string) => String(templates[id]);

  it('speaks the locale given, nested calls their own, and English outside any', () => {
    expect(retry()).to.equal('Try again');
    const said = withLocale('fr', () => {
      const outer = retry();
      const inner = withLocale('ru', retry);
      return [outer, inner, retry(), withLocale('en', retry)];
    });
    expect(said).to.deep.equal([fixed(fr, 'retry'), fixed(ru, 'retry'), fixed(fr, 'retry'), 'Try again']);
    expect(retry()).to.equal('Try again');
  });

  it('gives the outer locale back when an inner call throws', () => {
    const said = withLocale('fr', () => {
      expect(() => withLocale('ru', () => { throw new Error('inner'); })).to.throw('inner');
      return retry();
    });
    expect(said).to.equal(fixed(fr, 'retry'));
  });

  it('keeps two interleaved renders each in its own language, as concurrent server renders are', async () => {
    // Each render builds its strings in synchronous steps, with awaits between them: the steps of
    // the two alternate, and each step is run in its render's locale.
    const render = async (locale: 'fr' | 'ru', out: string[]) => {
      for (const n of [1, 2, 3]) {
        out.push(withLocale(locale, () => msg(str`The Clearing-House answered with an error (${n}).`, { id: 'error-http' })));
        await Promise.resolve();
      }
    };
    const french: string[] = [];
    const russian: string[] = [];
    await Promise.all([render('fr', french), render('ru', russian)]);
    // The generated template is str-tagged: its fixed parts around the one placeholder.
    const expected = (templates: Record<string, unknown>) => {
      const [before, after] = (templates['error-http'] as { strings: readonly string[] }).strings;
      return [1, 2, 3].map((n) => `${before}${n}${after}`);
    };
    expect(french).to.deep.equal(expected(fr));
    expect(russian).to.deep.equal(expected(ru));
    expect(retry()).to.equal('Try again');
  });
});
