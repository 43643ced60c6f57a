/** Side-effect-free entry: the element classes and the page-wide configuration. Nothing is defined on import. */
export { AbschCertificateList } from './components/certificate-list/certificate-list.js';
export { AbschCountryProfile } from './components/country-profile/country-profile.js';
export { AbschPartiesList } from './components/parties-list/parties-list.js';
export { AbschRecord } from './components/record/record.js';
export { AbschSearch } from './components/search/search.js';
export { AbschStats } from './components/stats/stats.js';
export { configure, resetConfiguration, type WidgetDefaults } from './base/config.js';
export { defineElement } from './base/define.js';
export { clearCache } from './api/shared-request.js';
export { VERSION } from './base/version.js';
export type { AbschErrorDetail, AbschExportDetail, AbschLoadDetail, AbschSelectDetail } from './base/events.js';
