/** Everything in ar that loads on demand, as one chunk: the interface strings and the official names. */
export { templates } from '../../generated/locales/ar.js';
export { officialNames } from '../../data/names/ar.js';
