/** Defines `<absch-certificate-list>` (side effect). Import the class from the package root to define it yourself. */
import { defineElement } from '../base/define.js';
import { AbschCertificateList } from '../components/certificate-list/certificate-list.js';

defineElement('absch-certificate-list', AbschCertificateList);

declare global {
  interface HTMLElementTagNameMap {
    'absch-certificate-list': AbschCertificateList;
  }
}
