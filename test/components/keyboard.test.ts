/**
 * Keyboard-only walkthroughs with real key presses (sendKeys), from a button before the element:
 * Tab into it, work its controls, and check where the focus is after each reload. What the element
 * tests already do by keyboard is not repeated here: <absch-search> has its walkthrough (type,
 * Enter, arrow keys between the tabs, Space on a facet, Enter on a chip and on Next, Tab to a result,
 * Escape clears) in search.test.ts, and paging from a focused pager button in certificate-list.test.ts.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/define/absch-certificate-list.js';
import '../../src/define/absch-country-profile.js';
import '../../src/define/absch-parties-list.js';
import { configure } from '../../src/base/config.js';
import type { AbschCertificateList } from '../../src/components/certificate-list/certificate-list.js';
import type { AbschCountryProfile } from '../../src/components/country-profile/country-profile.js';
import type { AbschPartiesList } from '../../src/components/parties-list/parties-list.js';
import { apiBase, getJson, guardHostPage, indexUrl, part, press, PUBLISHED, settled, tabTo, text, type AbschTestElement } from '../helpers.js';

const root = (el: Element) => el.shadowRoot!;
const focused = (el: Element) => root(el).activeElement;

/**
 * An element after a button, in a fixture made without waiting for an animation frame (a background
 * tab may never get one), and the button focused: the next Tab enters the element.
 */
async function afterButton<T extends AbschTestElement>(template: ReturnType<typeof html>): Promise<T> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div><button id="before">before</button>${template}</div>`);
  const el = wrapper.lastElementChild as T;
  await settled(el);
  wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
  return el;
}

/** The focus is inside the element (not lost to the page's body) and on `expected`. */
function expectFocusOn(el: Element, expected: Element | null, message: string): void {
  expect(document.activeElement, `${message}: the page's focus is in the element`).to.equal(el);
  expect(focused(el), message).to.equal(expected);
}

describe('keyboard-only walkthroughs', () => {
  guardHostPage();

  it('<absch-certificate-list>: Tab to the filters, a usage with Space, the pager with Enter, focus kept', async function () {
    this.timeout(60000);
    const commercial = '5E833A3F-87D1-4ADD-8701-9F1B76383017';
    const el = await afterButton<AbschCertificateList>(html`<absch-certificate-list country="in" filters page-size="10" api-base=${apiBase()}></absch-certificate-list>`);
    const fromApi = async (start: number) =>
      (
        await getJson<{ response: { numFound: number; docs: { uniqueIdentifier_s: string }[] } }>(
          indexUrl({ q: 'schema_s:absPermit', fq: [...PUBLISHED, 'government_s:in', `usages_ss:"${commercial}"`], fl: 'uniqueIdentifier_s', sort: 'date_dt desc, uniqueIdentifier_s asc', start, rows: 10 }),
        )
      ).body.response;
    const uids = () => Array.from(root(el).querySelectorAll<HTMLElement>('[part~=row]')).map((row) => row.dataset.uid);

    // the first Tab enters the filters: the search box, then the usages
    await press('Tab');
    expectFocusOn(el, root(el).querySelector('#query'), 'Tab enters the filters at the search box');
    const checkbox = await tabTo(el, (a) => a.matches('.usage input[value=commercial]'));
    await press('Space');
    await settled(el);
    expect(el.usage).to.equal('commercial');
    expect((checkbox as HTMLInputElement).checked).to.equal(true);
    const first = await fromApi(0);
    expect(Number(text(part(el, 'total')).replace(/\D/g, ''))).to.equal(first.numFound);
    expectFocusOn(el, checkbox, 'the checkbox keeps the focus while the list reloads');

    // on, past the other filters and the certificate links, to Next
    const next = await tabTo(el, (a) => a.matches('[part~=next]'));
    await press('Enter');
    await settled(el);
    expect(el.page).to.equal(2);
    expect(uids()).to.deep.equal((await fromApi(10)).docs.map((doc) => doc.uniqueIdentifier_s.toUpperCase()));
    expect(text(root(el).querySelector('[aria-current=page]'))).to.equal('2');
    expectFocusOn(el, next, 'Next keeps the focus');

    // back to a page number, Enter
    const three = await tabTo(el, (a) => a.matches('[part~=page]') && text(a) === '3', true);
    await press('Enter');
    await settled(el);
    expect(el.page).to.equal(3);
    expect(uids()).to.deep.equal((await fromApi(20)).docs.map((doc) => doc.uniqueIdentifier_s.toUpperCase()));
    expectFocusOn(el, three, 'the page number pressed keeps the focus');
    expect(three.getAttribute('aria-current')).to.equal('page');

    // Previous with Space, then unchecking the usage with Space goes back to page 1 of all certificates
    const previous = await tabTo(el, (a) => a.matches('[part~=previous]'), true);
    await press('Space');
    await settled(el);
    expect(el.page).to.equal(2);
    expectFocusOn(el, previous, 'Previous keeps the focus');
    await tabTo(el, (a) => a === checkbox, true);
    await press('Space');
    await settled(el);
    expect([el.usage, el.page]).to.deep.equal(['', 1]);
    expectFocusOn(el, checkbox, 'the checkbox keeps the focus');
    await expect(el).to.be.accessible();
  });

  it('<absch-parties-list>: sorts from the header buttons with Enter and Space, aria-sort following, focus kept', async function () {
    this.timeout(30000);
    const el = await afterButton<AbschPartiesList>(html`<absch-parties-list api-base=${apiBase()}></absch-parties-list>`);
    const header = (key: string) => root(el).querySelector<HTMLElement>(`thead th.col-${key}`)!;
    const sorts = () => Object.fromEntries(['name', 'date', 'records'].map((key) => [key, header(key).getAttribute('aria-sort')]));
    const records = () =>
      Array.from(root(el).querySelectorAll<HTMLElement>('tbody tr:not([hidden]) [part~=records]')).map((cell) => Number(cell.dataset.count));
    expect(sorts()).to.deep.equal({ name: 'ascending', date: null, records: null });

    await press('Tab');
    expectFocusOn(el, root(el).querySelector('button[data-sort=name]'), 'Tab enters the table at the first sort button');
    const button = await tabTo(el, (a) => a.matches('button[data-sort=records]'));
    await press('Enter');
    await el.updateComplete;
    expect(el.sort).to.equal('-records');
    expect(sorts()).to.deep.equal({ name: null, date: null, records: 'descending' });
    expect(records()).to.deep.equal([...records()].sort((a, b) => b - a));
    expectFocusOn(el, button, 'the sort button keeps the focus');

    await press('Space');
    await el.updateComplete;
    expect(el.sort).to.equal('records');
    expect(sorts()).to.deep.equal({ name: null, date: null, records: 'ascending' });
    expect(records()).to.deep.equal([...records()].sort((a, b) => a - b));
    expectFocusOn(el, button, 'the sort button keeps the focus');

    const date = await tabTo(el, (a) => a.matches('button[data-sort=date]'), true);
    await press('Enter');
    await el.updateComplete;
    expect(el.sort).to.equal('date');
    expect(sorts()).to.deep.equal({ name: null, date: 'ascending', records: null });
    expectFocusOn(el, date, 'the sort button keeps the focus');
    await expect(el).to.be.accessible();
  });

  it('<absch-country-profile>: after a failure, Tab to Retry and Enter; the focus lands in the profile', async function () {
    this.timeout(30000);
    configure({ retries: 0, timeout: 1000 });
    const el = await afterButton<AbschCountryProfile>(html`<absch-country-profile country="ke" api-base=${apiBase({ status: 500, times: 1, only: 'countries' })}></absch-country-profile>`);
    expect(text(part(el, 'error'))).to.contain('The Clearing-House answered with an error (500).');

    await press('Tab');
    expectFocusOn(el, part(el, 'retry'), 'Tab reaches Retry first');
    await press('Enter');
    await waitUntil(() => part(el, 'name'), 'retry did not load', { timeout: 5000 });
    await settled(el);
    expect(text(part(el, 'name'))).to.equal('Kenya');
    expect(part(el, 'retry')).to.equal(null);
    expectFocusOn(el, part(el, 'base'), 'the focus rests on the profile where Retry was');

    // and the next Tab goes on inside the profile, to its first link
    await press('Tab');
    expectFocusOn(el, part(el, 'type-link'), 'Tab continues inside the profile');
    await expect(el).to.be.accessible();
  });
});
