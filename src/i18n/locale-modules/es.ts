/** Everything in es that loads on demand, as one chunk: the interface strings and the official names. */
export { templates } from '../../generated/locales/es.js';
export { officialNames } from '../../data/names/es.js';
