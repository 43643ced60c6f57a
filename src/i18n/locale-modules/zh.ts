/** Everything in zh that loads on demand, as one chunk: the interface strings and the official names. */
export { templates } from '../../generated/locales/zh.js';
export { officialNames } from '../../data/names/zh.js';
