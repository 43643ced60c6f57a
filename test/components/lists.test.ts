/**
 * Lists and sentences joined for display read right in every script: the chart's series in a bar's
 * name are separated as each language separates list items (`、` and `和` in Chinese, `и` in
 * Russian), and Chinese summary sentences follow each other with no space after `。`.
 */
import type { TemplateResult } from 'lit';
import { expect, html } from '@open-wc/testing';
import '../../src/define/absch-stats.js';
import type { AbschStats } from '../../src/components/stats/stats.js';
import { formatList, joinSentences } from '../../src/i18n/format.js';
import { apiBase, guardHostPage, rendered, part, text } from '../helpers.js';

const stats = (template: TemplateResult) => rendered<AbschStats>(template);
const bar = (el: Element, key: string) => el.shadowRoot!.querySelector<SVGGElement>(`svg [part=bar][data-key="${key}"]`)!;

describe('lists joined for display', () => {
  guardHostPage();

  it('separates every item in each of the six languages', () => {
    const items = ['A: 1', 'B: 2', 'C: 3'];
    expect(formatList(items, 'en')).to.equal('A: 1, B: 2, and C: 3');
    expect(formatList(items, 'zh')).to.equal('A: 1、B: 2和C: 3');
    expect(formatList(items, 'ru')).to.equal('A: 1, B: 2 и C: 3');
    expect(formatList(items, 'es')).to.equal('A: 1, B: 2 y C: 3');
    expect(formatList(items, 'fr')).to.equal('A: 1, B: 2 et C: 3');
    // Arabic writes its "and" (و) joined to the next word
    expect(formatList(items, 'ar')).to.equal('A: 1 وB: 2 وC: 3');
  });

  it('puts no space after the Chinese full stop, one space elsewhere', () => {
    expect(joinSentences(['共5份。', '最多：印度，3。'], 'zh')).to.equal('共5份。最多：印度，3。');
    expect(joinSentences(['5 certificates.', 'Most: India, 3.'], 'en')).to.equal('5 certificates. Most: India, 3.');
  });

  it("names a bar's series apart in Chinese and Russian, and runs no Chinese sentences together", async () => {
    const zh = await stats(html`<absch-stats lang="zh" view="publishers-by-type" api-base=${apiBase()}></absch-stats>`);
    expect(bar(zh, 'authority').getAttribute('aria-label')).to.match(/^.+：68（缔约方：\d+和其他政府：\d+）$/);
    const ru = await stats(html`<absch-stats lang="ru" view="publishers-by-type" api-base=${apiBase()}></absch-stats>`);
    expect(bar(ru, 'authority').getAttribute('aria-label')).to.match(/: 68 \(Стороны: \d+ и .+: \d+\)$/);
    const ircc = await stats(html`<absch-stats lang="zh" view="ircc-by-country" api-base=${apiBase()}></absch-stats>`);
    const summary = text(part(ircc, 'summary'));
    expect(summary).to.match(/^共[\d,]+份遵守证书。最多：/);
    await expect(zh).to.be.accessible();
  });
});
