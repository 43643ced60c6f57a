/** Defines `<absch-country-profile>` (side effect). Import the class from the package root to define it yourself. */
import { defineElement } from '../base/define.js';
import { AbschCountryProfile } from '../components/country-profile/country-profile.js';

defineElement('absch-country-profile', AbschCountryProfile);

declare global {
  interface HTMLElementTagNameMap {
    'absch-country-profile': AbschCountryProfile;
  }
}
