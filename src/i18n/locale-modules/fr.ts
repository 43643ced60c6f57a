/** Everything in fr that loads on demand, as one chunk: the interface strings and the official names. */
export { templates } from '../../generated/locales/fr.js';
export { officialNames } from '../../data/names/fr.js';
