/** Defines `<absch-parties-list>` (side effect). Import the class from the package root to define it yourself. */
import { defineElement } from '../base/define.js';
import { AbschPartiesList } from '../components/parties-list/parties-list.js';

defineElement('absch-parties-list', AbschPartiesList);

declare global {
  interface HTMLElementTagNameMap {
    'absch-parties-list': AbschPartiesList;
  }
}
