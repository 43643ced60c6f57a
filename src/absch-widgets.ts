/** Defines every element: the entry of the CDN file and of `absch-widgets/define`. */
import './define/absch-certificate-list.js';
import './define/absch-country-profile.js';
import './define/absch-parties-list.js';
import './define/absch-record.js';
import './define/absch-search.js';
import './define/absch-stats.js';

export * from './index.js';
