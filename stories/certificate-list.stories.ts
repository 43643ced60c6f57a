import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

interface Args {
  country: string;
  'page-size': string;
  sort: string;
  usage: string;
  subject: string;
  from: string;
  to: string;
  query: string;
  filters: boolean;
  export: boolean;
  'api-base'?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/absch-certificate-list',
  component: 'absch-certificate-list',
  args: { country: 'in', 'page-size': '25', sort: 'date-desc', usage: '', subject: '', from: '', to: '', query: '', filters: true, export: true },
  render: (args) => html`<absch-certificate-list
    country=${args.country || nothing}
    page-size=${args['page-size']}
    sort=${args.sort}
    usage=${args.usage || nothing}
    subject=${args.subject || nothing}
    from=${args.from || nothing}
    to=${args.to || nothing}
    query=${args.query || nothing}
    ?filters=${args.filters}
    ?export=${args.export}
    api-base=${args['api-base'] ?? nothing}
    lang=${args.lang ?? nothing}
  ></absch-certificate-list>`,
};
export default meta;

type Story = StoryObj<Args>;

/** India's 741 certificates, with filters and export. */
export const India: Story = {};
export const AllCountries: Story = { args: { country: '' } };
export const SeveralCountries: Story = { args: { country: 'in fr ke' } };
/** Commercial use of plants, issued in 2017–2018. */
export const Filtered: Story = { args: { usage: 'commercial', subject: 'plants', from: '2017', to: '2018' } };
/** Filters that match nothing: the empty state offers to clear them. */
export const NoResult: Story = { args: { query: 'zzzz' } };
/** A hundred rows a page. */
export const LongPage: Story = { args: { 'page-size': '100' } };
export const French: Story = { args: { lang: 'fr' } };
export const Arabic: Story = { args: { lang: 'ar' } };
export const Loading: Story = { args: { 'api-base': `${location.origin}/__mock/hang=1` } };
export const ServerError: Story = { args: { 'api-base': `${location.origin}/__mock/status=500` } };
export const MalformedCountry: Story = { args: { country: 'in k' } };
