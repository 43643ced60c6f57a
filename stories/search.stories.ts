import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

interface Args {
  query: string;
  schema: string;
  country: string;
  type: string;
  'page-size': string;
  sort: string;
  'require-query': boolean;
  'api-base'?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/absch-search',
  component: 'absch-search',
  args: { query: '', schema: '', country: '', type: '', 'page-size': '10', sort: '', 'require-query': false },
  render: (args) => html`<absch-search
    query=${args.query || nothing}
    schema=${args.schema || nothing}
    country=${args.country || nothing}
    type=${args.type || nothing}
    page-size=${args['page-size']}
    sort=${args.sort || nothing}
    ?require-query=${args['require-query']}
    api-base=${args['api-base'] ?? nothing}
    lang=${args.lang ?? nothing}
  ></absch-search>`,
};
export default meta;

type Story = StoryObj<Args>;

/** No text yet: the newest records. */
export const Newest: Story = {};
export const AWord: Story = { args: { query: 'biodiversity' } };
/** Preset: Kenya's measures. */
export const Preset: Story = { args: { schema: 'measure', country: 'ke' } };
export const ReferenceRecords: Story = { args: { type: 'reference' } };
export const NoResult: Story = { args: { query: 'zzzzqx' } };
export const RequireQuery: Story = { args: { 'require-query': true } };
/** Solr syntax is searched as plain text. */
export const SolrSyntax: Story = { args: { query: 'title:(x) AND "unbalanced' } };
export const French: Story = { args: { lang: 'fr', query: 'Kenya' } };
export const Arabic: Story = { args: { lang: 'ar' } };
export const Loading: Story = { args: { 'api-base': `${location.origin}/__mock/hang=1` } };
export const ServerError: Story = { args: { 'api-base': `${location.origin}/__mock/status=500` } };
