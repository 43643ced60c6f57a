/**
 * Every element, with Lit's hydration support: the script for pages that hold server-rendered
 * elements (absch-widgets/server). The support patches LitElement as Lit loads, so it comes first;
 * and it is a file of its own, so that pages without server-rendered elements do not carry it.
 * Without it, a server-rendered element still draws from the answers it came with, but afresh.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './absch-widgets.js';
// In this file rather than a chunk: every page that loads it holds server-rendered elements.
import './base/first-view.js';
