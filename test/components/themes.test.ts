/**
 * Readable on any theme (issue 22 §4, issue 21 §3): every element, loaded from mock-api, passes axe
 * and keeps the outline of its fields and buttons at 3:1 or more against the background (WCAG
 * 1.4.11) on a light page, with `theme="dark"`, on a dark host page that declares nothing, and on a
 * page switched to `color-scheme: dark`; `theme="auto"` follows the system's colour scheme, and no
 * element turns dark by itself on a light page. In forced colours every outline stays drawn (a
 * screenshot per element goes to test/screenshots/); on paper the data stays and the controls go.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/absch-widgets.js';
import { FIXTURES } from '../../mock-api/data/fixtures.js';
import { apiBase, guardHostPage, settled, type AbschTestElement } from '../helpers.js';

type Theme = '' | 'light' | 'dark' | 'auto';

interface Case {
  name: string;
  template: (base: string, theme: Theme) => TemplateResult;
  /** Parts that are controls: gone on paper. */
  controls: string[];
  /** Parts that hold the data: still there on paper. */
  data: string[];
  /** The chosen one of a set of controls, and another: in forced colours they must differ by more than weight. */
  chosen?: [chosen: string, other: string];
}

const CASES: Case[] = [
  {
    name: 'country-profile',
    template: (base, theme) => html`<absch-country-profile theme=${ifDefined(theme || undefined)} country="ke" api-base=${base}></absch-country-profile>`,
    controls: [],
    data: ['name', 'status', 'records'],
  },
  {
    name: 'parties-list',
    template: (base, theme) => html`<absch-parties-list theme=${ifDefined(theme || undefined)} search api-base=${base}></absch-parties-list>`,
    controls: ['search'],
    data: ['totals', 'table'],
  },
  {
    name: 'certificate-list',
    template: (base, theme) => html`<absch-certificate-list theme=${ifDefined(theme || undefined)} country="in" filters api-base=${base}></absch-certificate-list>`,
    controls: ['filters', 'export', 'pagination'],
    data: ['total', 'table'],
    chosen: ["button[aria-current='page']", '[part~=pagination] li button:not([aria-current])'],
  },
  {
    name: 'search',
    template: (base, theme) => html`<absch-search theme=${ifDefined(theme || undefined)} query="access" api-base=${base}></absch-search>`,
    controls: ['form', 'facets', 'kinds', 'sort', 'pager'],
    data: ['count', 'results'],
    chosen: ['.kind[data-checked]', '.kind:not([data-checked])'],
  },
  {
    name: 'stats',
    template: (base, theme) => html`<absch-stats theme=${ifDefined(theme || undefined)} view="records-by-type" api-base=${base}></absch-stats>`,
    controls: ['actions'],
    data: ['title', 'chart'],
  },
  {
    name: 'record',
    template: (base, theme) => html`<absch-record theme=${ifDefined(theme || undefined)} uid=${FIXTURES.indiaIrcc} api-base=${base}></absch-record>`,
    controls: [],
    data: ['title', 'fields'],
  },
];

/** The audit's dark partner page: dark background and light text, and no `color-scheme`. */
const HOST_STYLES = `
  .dark-host { background: #15181c; color: #e6e6e6; padding: 8px; }
  .scheme-dark { color-scheme: dark; background: Canvas; color: CanvasText; padding: 8px; }
  .light-host { background: #fff; color: #1f2328; padding: 8px; }
`;

type Rgba = [number, number, number, number];

/** A computed colour (`rgb()`, `rgba()` or `color(srgb …)`, as Chromium serializes them) as 0–255 channels and alpha. */
function parseColor(value: string): Rgba {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(value);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  const rgb = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(value);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  throw new Error(`a colour this test cannot read: ${value}`);
}

const over = ([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba => [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a), 1];

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The colour behind `node`: the backgrounds of its ancestors (across shadow roots) laid over the page's canvas. */
function backdrop(node: Element): Rgba {
  const layers: Rgba[] = [];
  for (let at: Element | null = node; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) {
    const layer = parseColor(getComputedStyle(at).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] === 1) break;
  }
  const canvas = parseColor(getComputedStyle(document.documentElement).colorScheme === 'dark' ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)');
  return layers.reduceRight((under, layer) => over(layer, under), canvas);
}

/** Fields and buttons the user sees that draw an outline (a borderless text button has none to measure). */
function outlinedControls(el: Element): HTMLElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('input:not([type=checkbox]):not([type=radio]), select, button')).filter((control) => {
    const style = getComputedStyle(control);
    return control.checkVisibility() && style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0 && parseColor(style.borderTopColor)[3] > 0;
  });
}

/** Each outlined control whose border is under 3:1 against what lies behind the control. */
function weakOutlines(el: Element): string[] {
  return outlinedControls(el).flatMap((control) => {
    const behind = backdrop(control.parentElement ?? (control.getRootNode() as ShadowRoot).host);
    const ratio = contrast(over(parseColor(getComputedStyle(control).borderTopColor), behind), behind);
    return ratio >= 3 ? [] : [`<${control.localName} part=${control.getAttribute('part')}> ${control.textContent?.trim().slice(0, 30) ?? ''}: ${ratio.toFixed(2)}:1`];
  });
}

async function show(template: TemplateResult, host: string): Promise<AbschTestElement> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div class=${host}>${template}</div>`);
  return settled(wrapper.firstElementChild as AbschTestElement);
}

/** Saves what `el` shows (at most 1,500 px of it) as test/screenshots/<name>.png. */
async function screenshot(el: Element, name: string): Promise<void> {
  const box = el.getBoundingClientRect();
  const clip = { x: box.x + scrollX, y: box.y + scrollY, width: Math.max(1, box.width), height: Math.max(1, Math.min(box.height, 1500)) };
  await executeServerCommand('screenshot', { name, clip });
}

const partsOf = (el: Element, names: string[]) => names.flatMap((name) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)));

describe('readable on any theme', function () {
  this.timeout(60000);
  guardHostPage();
  const style = document.createElement('style');
  before(() => {
    style.textContent = HOST_STYLES;
    document.head.append(style);
  });
  after(async () => {
    style.remove();
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light', media: 'screen' });
    await executeServerCommand('forced-colors', { active: false });
  });

  const PAGES: Array<[string, string, Theme]> = [
    ['on a light page', 'light-host', ''],
    ['with theme="dark" on a light page', 'light-host', 'dark'],
    ['on a dark host page that declares no colour scheme', 'dark-host', ''],
    ['on a page switched to color-scheme: dark', 'scheme-dark', ''],
  ];

  for (const { name, template, controls, data, chosen } of CASES) {
    describe(name, () => {
      for (const [where, host, theme] of PAGES) {
        it(`${where}: axe passes and outlines reach 3:1`, async () => {
          const el = await show(template(apiBase(), theme), host);
          expect(outlinedControls(el).length > 0 || controls.length === 0, 'the controls were measured').to.equal(true);
          expect(weakOutlines(el)).to.deep.equal([]);
          await expect(el).to.be.accessible();
        });
      }

      it('theme="dark" paints its own dark background; without a theme the element stays transparent on a light page in a dark system', async () => {
        await emulateMedia({ colorScheme: 'dark' });
        try {
          const plain = await show(template(apiBase(), ''), 'light-host');
          expect(getComputedStyle(plain).backgroundColor, 'no theme: the page shows through').to.equal('rgba(0, 0, 0, 0)');
          expect(luminance(parseColor(getComputedStyle(plain).color)) < 0.2, 'no theme: the page’s dark text').to.equal(true);
          const auto = await show(template(apiBase(), 'auto'), 'light-host');
          expect(luminance(parseColor(getComputedStyle(auto).backgroundColor)) < 0.05, 'theme="auto" in a dark system: dark').to.equal(true);
          await expect(auto).to.be.accessible();
        } finally {
          await emulateMedia({ colorScheme: 'light' });
        }
        const auto = await show(template(apiBase(), 'auto'), 'light-host');
        expect(luminance(parseColor(getComputedStyle(auto).backgroundColor)) > 0.9, 'theme="auto" in a light system: light').to.equal(true);
        const dark = await show(template(apiBase(), 'dark'), 'light-host');
        expect(luminance(parseColor(getComputedStyle(dark).backgroundColor)) < 0.05, 'theme="dark": dark').to.equal(true);
      });

      it('in forced colours, every field and button keeps a visible outline (screenshot in test/screenshots/)', async () => {
        const el = await show(template(apiBase(), ''), 'light-host');
        const before = outlinedControls(el).length;
        await executeServerCommand('forced-colors', { active: true });
        try {
          expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
          const outlined = outlinedControls(el);
          expect(outlined.length, 'as many outlined controls as without forced colours').to.equal(before);
          const invisible = outlined.filter((control) => {
            const style = getComputedStyle(control);
            return style.borderTopColor === style.backgroundColor || style.borderTopColor === getComputedStyle(el).backgroundColor;
          });
          expect(invisible.map((control) => control.localName)).to.deep.equal([]);
          if (chosen) {
            const paint = (selector: string) => {
              const node = el.shadowRoot!.querySelector(selector);
              expect(node !== null, selector).to.equal(true);
              const style = getComputedStyle(node!);
              return `${style.backgroundColor} ${style.borderBottomColor}`;
            };
            expect(paint(chosen[0]), 'the chosen one has colours of its own').to.not.equal(paint(chosen[1]));
          }
          await screenshot(el, `forced-colors-${name}`);
        } finally {
          await executeServerCommand('forced-colors', { active: false });
        }
      });

      it('on paper: the data without the controls, dark on light even with theme="dark" (screenshot in test/screenshots/)', async () => {
        const el = await show(template(apiBase(), 'dark'), 'light-host');
        const shownControls = partsOf(el, controls).filter((node) => node.checkVisibility());
        expect(shownControls.length, 'the controls are there on screen').to.equal(partsOf(el, controls).length);
        await emulateMedia({ media: 'print' });
        try {
          expect(partsOf(el, controls).filter((node) => node.checkVisibility()).map((node) => node.getAttribute('part'))).to.deep.equal([]);
          const missing = data.filter((name) => !partsOf(el, [name]).some((node) => node.checkVisibility()));
          expect(missing, 'data parts not shown on paper').to.deep.equal([]);
          expect(luminance(parseColor(getComputedStyle(el).color)) < 0.2, 'dark text on paper').to.equal(true);
          await screenshot(el, `print-${name}`);
        } finally {
          await emulateMedia({ media: 'screen' });
        }
      });
    });
  }
});
