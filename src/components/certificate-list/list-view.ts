/**
 * What <absch-certificate-list> draws a loaded page with: the table, the pager and the CSV export.
 * A chunk of its own, loaded beside the first page's request (base/lazy-module.ts).
 */
export { ExportController } from './export-controller.js';
export { renderPager } from './pager.js';
export { renderTable } from './table.js';
