/**
 * What <absch-stats> draws a loaded chart with: the model in the element's language, the SVG bars
 * and the downloads. A chunk of its own, loaded beside the chart's requests (base/lazy-module.ts).
 */
export { barChart, swatch } from './bar-chart.js';
export { chartModel, formatShare } from './chart-model.js';
export { standaloneSvg, statsCsv } from './csv.js';
