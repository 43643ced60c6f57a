/** Defines `<absch-search>` (side effect). Import the class from the package root to define it yourself. */
import { defineElement } from '../base/define.js';
import { AbschSearch } from '../components/search/search.js';

defineElement('absch-search', AbschSearch);

declare global {
  interface HTMLElementTagNameMap {
    'absch-search': AbschSearch;
  }
}
