import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

interface Args {
  status: string;
  sort: string;
  columns: string;
  filter: string;
  search: boolean;
  'api-base'?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/absch-parties-list',
  component: 'absch-parties-list',
  args: { status: '', sort: 'name', columns: '', filter: '', search: true },
  render: (args) => html`<absch-parties-list
    status=${args.status || nothing}
    sort=${args.sort}
    columns=${args.columns || nothing}
    filter=${args.filter || nothing}
    ?search=${args.search}
    api-base=${args['api-base'] ?? nothing}
    lang=${args.lang ?? nothing}
  ></absch-parties-list>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every country, with a search box: the partner-site page. */
export const AllCountries: Story = {};
export const PartiesOnly: Story = { args: { status: 'party' } };
/** A sidebar: Parties by number of records, two columns. */
export const MostRecords: Story = { args: { status: 'party', sort: '-records', columns: 'name records', search: false } };
export const NoMatch: Story = { args: { filter: 'zzz' } };
export const French: Story = { args: { lang: 'fr' } };
export const Chinese: Story = { args: { lang: 'zh' } };
export const Arabic: Story = { args: { lang: 'ar' } };
export const Loading: Story = { args: { 'api-base': `${location.origin}/__mock/hang=1` } };
export const ServerError: Story = { args: { 'api-base': `${location.origin}/__mock/status=500` } };
