/** Each element's light-DOM facts and JSON-LD, by tag (see types.ts). */
import { certificateListFacts } from './certificate-list.js';
import { countryProfileFacts } from './country-profile.js';
import { partiesListFacts } from './parties-list.js';
import { recordFacts } from './record.js';
import { searchFacts } from './search.js';
import { statsFacts } from './stats.js';
import type { FactsOf } from './types.js';

// Each element's facts read its own data type, checked in its own module; the registry only routes by tag.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const FACTS: Readonly<Record<string, FactsOf<any>>> = {
  'absch-certificate-list': certificateListFacts,
  'absch-country-profile': countryProfileFacts,
  'absch-parties-list': partiesListFacts,
  'absch-record': recordFacts,
  'absch-search': searchFacts,
  'absch-stats': statsFacts,
};
