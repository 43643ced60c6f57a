/**
 * A chart's facts: its title, its one-sentence summary and its figures, in the chart's own words
 * (chart-model.ts). JSON-LD: a `Dataset`, as Our World in Data marks up its charts, published by the Secretariat.
 */
import { chartModel } from '../../components/stats/chart-model.js';
import type { StatsData } from '../../components/stats/stats-data.js';
import { dataset, definitions, factsBlock, factsHeading, MAX_FACT_ITEMS, paragraph, text } from './markup.js';
import { portalLink } from './portal-link.js';
import { reportsPageUrl } from './portal-pages.js';
import type { FactsOf } from './types.js';

export const statsFacts: FactsOf<StatsData> = (data, context) => {
  // A ranked chart shows `limit` bars (a whole number above 0, as the element reads it) and one for the rest; the facts stop at their own budget.
  const given = context.attributes.limit?.trim() ?? '';
  const limit = given !== '' && Number.isInteger(Number(given)) && Number(given) > 0 ? Number(given) : Infinity;
  const model = chartModel(data, context.locale, Math.min(limit, MAX_FACT_ITEMS - 1));
  const title = context.attributes.heading?.trim() || model.title;
  const page = reportsPageUrl(context.portal, context.locale);
  const html = factsBlock(context, [
    factsHeading(context, title),
    paragraph(model.summary),
    definitions(model.bars.map((bar) => [text(bar.label, bar.lang), bar.valueText] as const)),
    portalLink(page),
  ]);
  return {
    html,
    jsonLd: dataset(context, page, { name: title, description: model.summary, variableMeasured: model.series }),
  };
};
