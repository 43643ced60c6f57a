/**
 * A horizontal bar chart as an SVG template: one row per category (its label on a line of its own,
 * then the bar and its value), so that long names never fight the bars for width and the chart
 * stays readable in a 280 px column. Lengths are percentages of the chart's width in geometry
 * attributes (`x`, `width`), which a strict CSP allows; no viewBox, so text keeps its size.
 * Right-to-left mirrors the geometry: bars grow from the right.
 */
import { svg, type SVGTemplateResult, type TemplateResult, html, nothing } from 'lit';
import type { ChartModel } from './chart-model.js';

/** The longest bar takes this share of the width; the rest holds its value. */
const MAX_BAR = 70;
const LABEL_LINE = 20;
const BAR = 16;
const GROUPED_BAR = 10;
const GROUPED_GAP = 3;
const ROW_GAP = 12;
const VALUE_GAP = 6;

const pct = (value: number) => `${Math.round(value * 100) / 100}%`;

/**
 * Without a measured chart (server rendering, or before the element has measured its width), labels
 * longer than this many characters go on two lines, split at the space nearest the middle: at 280 px
 * a line holds about forty characters of chart text.
 */
const WRAP_AT = 34;

/** The width a label line may take and the font it is drawn in, measured by the element. */
export interface LabelBox {
  width: number;
  /** a CSS `font` value, as canvas text takes it */
  font: string;
}

let measuring: CanvasRenderingContext2D | null | undefined;

/** The width of `text` in `font`, from a canvas (no layout); undefined where there is no canvas. */
function textWidth(text: string, font: string): number | undefined {
  measuring ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!measuring) return undefined;
  measuring.font = font;
  return measuring.measureText(text).width;
}

/**
 * The lines of a bar's label. SVG text does not wrap itself: in a measured chart, words go on a line
 * while it fits the chart's width (a word wider than the chart, as a Chinese label without spaces,
 * is cut between characters), so that a label never runs past the chart, in any language.
 */
export function labelLines(label: string, box?: LabelBox): string[] {
  if (!box || textWidth(label, box.font) === undefined) return splitInTwo(label);
  const fits = (text: string) => (textWidth(text, box.font) ?? 0) <= box.width;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const char of word) {
      if (line && !fits(line + char)) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The longest bar's share of the width: 70 %, less in a narrow chart, where the widest value must fit after it. */
function longestBar(model: ChartModel, grouped: boolean, box: LabelBox | undefined): number {
  if (!box) return MAX_BAR;
  const values = model.bars.flatMap((bar) => (grouped ? bar.seriesTexts : [bar.valueText]));
  const widest = Math.max(0, ...values.map((text) => textWidth(text, box.font) ?? 0));
  return Math.min(MAX_BAR, 100 - ((widest + VALUE_GAP) / box.width) * 100);
}

function splitInTwo(label: string): string[] {
  if (label.length <= WRAP_AT) return [label];
  const middle = label.length / 2;
  let best = -1;
  for (let i = label.indexOf(' '); i !== -1; i = label.indexOf(' ', i + 1)) {
    if (best === -1 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return best === -1 ? [label] : [label.slice(0, best), label.slice(best + 1)];
}

export interface BarChartOptions {
  dir: 'ltr' | 'rtl';
  /** ids of the title and summary that name and describe the picture */
  labelledBy: string;
  /** the key of the bar that holds the chart's one tab stop (the first bar when none is, or it is gone) */
  activeKey: string;
  /** the keyboard moved to the bar of `key` */
  onActive: (key: string) => void;
  /** where labels must fit; unmeasured, they are split at about 34 characters */
  labelBox?: LabelBox;
}

function barsHeight(model: ChartModel): number {
  const grouped = !model.stacked && model.series.length > 1;
  return grouped ? model.series.length * GROUPED_BAR + (model.series.length - 1) * GROUPED_GAP : BAR;
}

/** The top of each row, and the chart's height (the last entry), in pixels; the width is the container's. */
function rowTops(model: ChartModel, lines: string[][]): number[] {
  const tops = [0];
  for (const label of lines) tops.push(tops[tops.length - 1] + label.length * LABEL_LINE + barsHeight(model) + ROW_GAP);
  return tops;
}

export function barChart(model: ChartModel, { dir, labelledBy, activeKey, onActive, labelBox }: BarChartOptions): TemplateResult {
  const rtl = dir === 'rtl';
  const grouped = !model.stacked && model.series.length > 1;
  const max = Math.max(1, ...model.bars.map((bar) => (model.stacked ? bar.values.reduce((sum, v) => sum + v, 0) : Math.max(...bar.values))));
  const longest = longestBar(model, grouped, labelBox);
  const scale = (value: number) => (value / max) * longest;
  /** A span that starts `offset` percent from the start edge, `width` percent long: its `x` on either side. */
  const xOf = (offset: number, width: number) => (rtl ? 100 - offset - width : offset);
  const labels = model.bars.map((bar) => labelLines(bar.label, labelBox));
  const tops = rowTops(model, labels);
  const labelX = rtl ? '100%' : '0';
  const tabStop = model.bars.some((bar) => bar.key === activeKey) ? activeKey : model.bars[0]?.key;

  const rows = model.bars.map((bar, index) => {
    const top = tops[index];
    const lines = labels[index];
    const barTop = top + lines.length * LABEL_LINE;
    let shapes: SVGTemplateResult[];
    if (grouped) {
      shapes = bar.values.map((value, series) => {
        const y = barTop + series * (GROUPED_BAR + GROUPED_GAP);
        const width = scale(value);
        return svg`<rect class="segment series-${series}" x=${pct(xOf(0, width))} y=${y} width=${pct(width)} height=${GROUPED_BAR}></rect>
          <text class="value" x=${pct(rtl ? 100 - width : width)} dx=${rtl ? -VALUE_GAP : VALUE_GAP} y=${y + GROUPED_BAR / 2} dominant-baseline="central">${bar.seriesTexts[series]}</text>`;
      });
    } else {
      let offset = 0;
      shapes = bar.values.map((value, series) => {
        const width = scale(value);
        const rect = svg`<rect class="segment series-${series}" x=${pct(xOf(offset, width))} y=${barTop} width=${pct(width)} height=${BAR}></rect>`;
        offset += width;
        return rect;
      });
      shapes.push(
        svg`<text class="value" x=${pct(rtl ? 100 - offset : offset)} dx=${rtl ? -VALUE_GAP : VALUE_GAP} y=${barTop + BAR / 2} dominant-baseline="central">${bar.valueText}</text>`,
      );
    }
    return svg`<g class="bar" part="bar" tabindex=${bar.key === tabStop ? '0' : '-1'} role="graphics-symbol" aria-label=${bar.name} data-key=${bar.key} data-group=${bar.group ?? nothing}>
      <rect class="hit" x="0" y=${top} width="100%" height=${tops[index + 1] - top - ROW_GAP / 2}></rect>
      <text class="label" x=${labelX} y=${top + LABEL_LINE - 6} lang=${bar.lang ?? nothing}>${lines.map(
        (line, i) => svg`<tspan x=${labelX} dy=${i === 0 ? 0 : LABEL_LINE}>${line}</tspan>`,
      )}</text>
      ${shapes}
    </g>`;
  });

  return html`<svg
    part="chart"
    class="chart"
    role="group"
    aria-labelledby=${labelledBy}
    direction=${dir}
    @keydown=${(event: KeyboardEvent) => moveBetweenBars(event, rtl, onActive)}
    height=${tops[tops.length - 1]}
    xmlns="http://www.w3.org/2000/svg"
  >${rows}</svg>`;
}

/**
 * The chart is one tab stop (roving tabindex), so that a page of charts is not a hundred Tab presses:
 * Up and Down, and the arrow of the reading direction, go from bar to bar; Home and End to the
 * first and last bar. (A group, not an image: the children of an image are presentational.)
 */
function moveBetweenBars(event: KeyboardEvent, rtl: boolean, onActive: (key: string) => void): void {
  const current = (event.target as Element).closest<SVGGElement>('[part~=bar]');
  if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
  const bars = Array.from((event.currentTarget as Element).querySelectorAll<SVGGElement>('[part~=bar]'));
  const index = bars.indexOf(current);
  const moves: Record<string, number> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    [rtl ? 'ArrowLeft' : 'ArrowRight']: index + 1,
    [rtl ? 'ArrowRight' : 'ArrowLeft']: index - 1,
    Home: 0,
    End: bars.length - 1,
  };
  const to = moves[event.key];
  if (to === undefined) return;
  event.preventDefault();
  const next = bars[Math.max(0, Math.min(bars.length - 1, to))];
  onActive(next.dataset.key!);
  next.focus();
}

/** A colour square for the legend (the series' class gives its fill). */
export function swatch(series: number): TemplateResult {
  return html`<svg class="swatch" aria-hidden="true" width="12" height="12"><rect class="series-${series}" width="12" height="12" rx="2"></rect></svg>`;
}
