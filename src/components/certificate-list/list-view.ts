/**
 * What <absch-certificate-list> draws a loaded page with: the table and the pager. A chunk of its
 * own, loaded beside the first page's request (base/lazy-module.ts).
 */
export { renderPager } from './pager.js';
export { renderTable } from './table.js';
