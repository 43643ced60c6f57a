/**
 * Forms that say what is wrong (issue 22 §5): an invalid date in the certificate list's filters is
 * explained in words tied to the field, "Clear the filters" clears it, and the date hint's examples
 * read as they are typed in every language, Arabic included. Real key presses (sendKeys).
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/absch-certificate-list.js';
import '../../src/define/absch-search.js';
import type { AbschCertificateList } from '../../src/components/certificate-list/certificate-list.js';
import type { AbschSearch } from '../../src/components/search/search.js';
import { apiBase, guardHostPage, part, press, settled, text } from '../helpers.js';

type Lang = 'en' | 'ar' | 'es' | 'fr' | 'ru' | 'zh';
const LANGS: readonly Lang[] = ['en', 'ar', 'es', 'fr', 'ru', 'zh'];

const root = (el: Element) => el.shadowRoot!;
const field = (el: Element, id: 'from' | 'to' | 'query') => root(el).getElementById(id) as HTMLInputElement;
/** The texts an input's aria-describedby points at, in order. */
const description = (el: Element, input: HTMLInputElement) =>
  (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map((id) => text(root(el).getElementById(id)));
const clearButton = (el: Element) => part(el, 'clear')!;

/** A list with its filters, after a button: the next Tab enters it. */
async function list(lang: Lang = 'en'): Promise<AbschCertificateList> {
  const wrapper = fixtureSync<HTMLDivElement>(
    html`<div><button id="before">before</button><absch-certificate-list lang=${lang} country="in" filters api-base=${apiBase()}></absch-certificate-list></div>`,
  );
  const el = wrapper.querySelector<AbschCertificateList>('absch-certificate-list')!;
  await settled(el);
  return el;
}

/** Types `value` into a date field with the keyboard and leaves it with Tab, as a person does. */
async function typeDate(el: AbschCertificateList, id: 'from' | 'to', value: string): Promise<void> {
  field(el, id).focus();
  await sendKeys({ type: value });
  await press('Tab');
  await settled(el);
}

describe('forms that say what is wrong', () => {
  guardHostPage();

  it('explains an invalid date under its field, tied to it, and "Clear the filters" clears it', async function () {
    this.timeout(30000);
    const el = await list();
    const from = field(el, 'from');
    expect(from.getAttribute('aria-invalid')).to.equal('false');
    expect(clearButton(el).getAttribute('aria-disabled'), 'nothing to clear yet').to.equal('true');

    await typeDate(el, 'from', '2017-5');
    expect(from.getAttribute('aria-invalid')).to.equal('true');
    expect(description(el, from)).to.deep.equal(['“2017-5” is neither a year (2017) nor a day (2017-05-01).', 'Dates: a year (2017) or a day (2017-05-01).']);
    const error = root(el).getElementById(from.getAttribute('aria-describedby')!.split(' ')[0])!;
    expect(error.closest('.field') === from.closest('.field'), 'the message sits with its field').to.equal(true);
    expect(error.getBoundingClientRect().height, 'the message is shown, not only read').to.be.above(0);
    expect(field(el, 'to').getAttribute('aria-invalid'), 'the other date is not blamed').to.equal('false');
    expect(field(el, 'to').getAttribute('aria-describedby')).to.equal('date-hint');
    expect(clearButton(el).getAttribute('aria-disabled'), 'a field with text can be cleared').to.equal('false');
    await expect(el).to.be.accessible();

    // Clear the filters, with the keyboard
    clearButton(el).focus();
    await press('Enter');
    await settled(el);
    expect(el.from).to.equal('');
    expect(from.value).to.equal('');
    expect(from.getAttribute('aria-invalid')).to.equal('false');
    expect(description(el, from)).to.deep.equal(['Dates: a year (2017) or a day (2017-05-01).']);
    expect(root(el).querySelector('[part~=date-error]')).to.equal(null);
    expect(clearButton(el).getAttribute('aria-disabled')).to.equal('true');
  });

  it('takes the message away once the date is corrected', async function () {
    this.timeout(30000);
    const el = await list();
    await typeDate(el, 'to', 'abc');
    expect(field(el, 'to').getAttribute('aria-invalid')).to.equal('true');
    expect(text(part(el, 'date-error'))).to.equal('“abc” is neither a year (2017) nor a day (2017-05-01).');
    field(el, 'to').select();
    await typeDate(el, 'to', '2019');
    expect(el.to).to.equal('2019');
    expect(field(el, 'to').getAttribute('aria-invalid')).to.equal('false');
    expect(part(el, 'date-error')).to.equal(null);
  });

  it('enables "Clear the filters" while words are typed in the search box, before they are searched', async function () {
    this.timeout(30000);
    const el = await list();
    field(el, 'query').focus();
    await sendKeys({ type: 'perm' });
    await el.updateComplete;
    expect(clearButton(el).getAttribute('aria-disabled')).to.equal('false');
  });

  it('<absch-search>: the box that finds a country has text of 16 px or more, so that a phone does not zoom into it', async function () {
    this.timeout(30000);
    const search = fixtureSync<AbschSearch>(html`<absch-search api-base=${apiBase()}></absch-search>`);
    await settled(search);
    await waitUntil(() => part(search, 'country-filter'), 'no country filter', { timeout: 15000 });
    expect(parseFloat(getComputedStyle(part(search, 'country-filter')!).fontSize)).to.be.at.least(16);
  });

  for (const lang of LANGS) {
    it(`${lang}: the date examples read as they are typed (2017-05-01 from left to right), in the hint and in the message`, async function () {
      this.timeout(30000);
      const el = await list(lang);
      await typeDate(el, 'from', 'x');
      const examples = Array.from(root(el).querySelectorAll<HTMLElement>('#date-hint bdi, [part~=date-error] bdi[dir=ltr]'));
      expect(examples.map((bdi) => bdi.textContent)).to.deep.equal(['2017', '2017-05-01', '2017', '2017-05-01']);
      for (const bdi of examples.filter((b) => b.textContent === '2017-05-01')) {
        // Where the first and the last character are drawn: "2" at the left, the final "1" at the right.
        const range = document.createRange();
        const node = bdi.firstChild!;
        range.setStart(node, 0);
        range.setEnd(node, 1);
        const first = range.getBoundingClientRect();
        range.setStart(node, 9);
        range.setEnd(node, 10);
        const last = range.getBoundingClientRect();
        expect(Math.round(first.top), `${lang}: on one line`).to.equal(Math.round(last.top));
        expect(first.left, `${lang}: "2017" comes first, at the left`).to.be.below(last.left);
      }
      expect(text(part(el, 'date-error'))).to.not.equal('');
      await waitUntil(() => root(el).querySelector('[part~=base]')?.getAttribute('lang') === lang);
      await expect(el).to.be.accessible();
    });
  }

  it('speaks the message in the element’s language (French)', async function () {
    this.timeout(30000);
    const el = await list('fr');
    await typeDate(el, 'from', '2017-13-01');
    expect(text(part(el, 'date-error'))).to.equal('« 2017-13-01 » n’est ni une année (2017) ni un jour (2017-05-01).');
    expect(text(root(el).getElementById('date-hint'))).to.equal('Dates : une année (2017) ou un jour (2017-05-01).');
  });
});
