/** Defines `<absch-record>` (side effect). Import the class from the package root to define it yourself. */
import { defineElement } from '../base/define.js';
import { AbschRecord } from '../components/record/record.js';

defineElement('absch-record', AbschRecord);

declare global {
  interface HTMLElementTagNameMap {
    'absch-record': AbschRecord;
  }
}
