/** Each element's light-DOM facts and JSON-LD, by tag (see types.ts). */
import { withLocale } from '../../i18n/localization.js';
import { certificateListFacts } from './certificate-list.js';
import { countryProfileFacts } from './country-profile.js';
import { partiesListFacts } from './parties-list.js';
import { recordFacts } from './record.js';
import { searchFacts } from './search.js';
import { statsFacts } from './stats.js';
import type { FactsOf } from './types.js';

/**
 * The render calls the facts after its data has arrived and before it draws the element inside
 * `withLocale`: the facts take the render's locale themselves, so that `msg()` speaks it whatever
 * another render in progress speaks.
 */
function inLocale<Data>(facts: FactsOf<Data>): FactsOf<Data> {
  return (data, context) => withLocale(context.locale, () => facts(data, context));
}

// Each element's facts read its own data type, checked in its own module; the registry only routes by tag.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const FACTS: Readonly<Record<string, FactsOf<any>>> = {
  'absch-certificate-list': inLocale(certificateListFacts),
  'absch-country-profile': inLocale(countryProfileFacts),
  'absch-parties-list': inLocale(partiesListFacts),
  'absch-record': inLocale(recordFacts),
  'absch-search': inLocale(searchFacts),
  'absch-stats': inLocale(statsFacts),
};
