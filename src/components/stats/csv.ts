/**
 * The chart's numbers as CSV and its picture as a standalone SVG file. The CSV writer is the one
 * the certificate list uses too (src/base/csv.ts: pure, RFC 4180, BOM, formula-safe).
 */
import { toCsv } from '../../base/csv.js';
import type { ChartModel } from './chart-model.js';

/** Header, one line per bar, then the totals; counts as plain integers, shares as percentages with one decimal. */
export function statsCsv(model: ChartModel, shareHeader: string): string {
  const header = [model.category, ...model.series, ...(model.shares ? [shareHeader] : [])];
  const share = (value: number | undefined) => (value === undefined ? '' : (Math.round(value * 1000) / 10).toFixed(1));
  const rows = model.bars.map((bar) => [bar.label, ...bar.values.map(String), ...(model.shares ? [share(bar.share)] : [])]);
  const totals = [model.totalLabel, ...model.totals.map(String), ...(model.shares ? [model.totals[0] > 0 ? '100.0' : ''] : [])];
  return toCsv([header, ...rows, totals]);
}

/** Presentation attributes copied from the live chart, so that the file looks the same without the element's style sheet. */
const COPIED = ['fill', 'stroke', 'font-family', 'font-size', 'font-weight'] as const;

/**
 * The chart as an SVG document: a copy with its computed colours and fonts written into
 * presentation attributes, its pixel width, and its title and summary as `<title>` and `<desc>`.
 */
export function standaloneSvg(chart: SVGSVGElement, title: string, summary: string): string {
  const copy = chart.cloneNode(true) as SVGSVGElement;
  const originals = [chart, ...Array.from(chart.querySelectorAll('*'))];
  const copies = [copy, ...Array.from(copy.querySelectorAll('*'))];
  originals.forEach((original, i) => {
    const target = copies[i];
    const computed = getComputedStyle(original);
    for (const name of COPIED) {
      const value = computed.getPropertyValue(name);
      if (value) target.setAttribute(name, value);
    }
    // Interactive and accessibility attributes mean nothing in a file.
    for (const name of ['tabindex', 'part', 'aria-labelledby']) target.removeAttribute(name);
  });
  // In a file nothing is interactive: the picture is one image again.
  copy.setAttribute('role', 'img');
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.max(280, Math.round(chart.getBoundingClientRect().width))));
  const doc = chart.ownerDocument;
  const desc = doc.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.textContent = summary;
  const heading = doc.createElementNS('http://www.w3.org/2000/svg', 'title');
  heading.textContent = title;
  copy.prepend(heading, desc);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}
