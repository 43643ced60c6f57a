/** Defines `<absch-stats>` (side effect). Import the class from the package root to define it yourself. */
import { defineElement } from '../base/define.js';
import { AbschStats } from '../components/stats/stats.js';

defineElement('absch-stats', AbschStats);

declare global {
  interface HTMLElementTagNameMap {
    'absch-stats': AbschStats;
  }
}
