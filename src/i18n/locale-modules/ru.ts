/** Everything in ru that loads on demand, as one chunk: the interface strings and the official names. */
export { templates } from '../../generated/locales/ru.js';
export { officialNames } from '../../data/names/ru.js';
