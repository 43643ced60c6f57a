import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

interface Args {
  view: string;
  country: string;
  limit: string;
  from: string;
  to: string;
  'show-table': boolean;
  'api-base'?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/absch-stats',
  component: 'absch-stats',
  args: { view: 'records-by-type', country: '', limit: '', from: '', to: '', 'show-table': false },
  argTypes: {
    view: {
      control: 'select',
      options: ['records-by-type', 'publishers-by-type', 'ircc-by-country', 'ircc-by-purpose', 'ircc-by-subject', 'ircc-by-year', 'cpc-by-country'],
    },
  },
  render: (args) => html`<absch-stats
    view=${args.view}
    country=${args.country || nothing}
    limit=${args.limit || nothing}
    from=${args.from || nothing}
    to=${args.to || nothing}
    ?show-table=${args['show-table']}
    api-base=${args['api-base'] ?? nothing}
    lang=${args.lang ?? nothing}
  ></absch-stats>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The report's Table 1: published records per type. */
export const RecordsByType: Story = {};
/** Table 1 with the records first published in 2018–2019 beside the totals. */
export const RecordsInPeriod: Story = { args: { from: '2018', to: '2019' } };
/** The report's Table 2: governments publishing each national record type, Parties and others. */
export const PublishersByType: Story = { args: { view: 'publishers-by-type' } };
export const IrccByCountry: Story = { args: { view: 'ircc-by-country' } };
/** The five largest issuers and one "Other" bar. */
export const IrccTopFive: Story = { args: { view: 'ircc-by-country', limit: '5' } };
export const IrccByPurpose: Story = { args: { view: 'ircc-by-purpose', 'show-table': true } };
export const IrccBySubject: Story = { args: { view: 'ircc-by-subject', limit: '6' } };
export const IrccByYear: Story = { args: { view: 'ircc-by-year' } };
export const CpcByCountry: Story = { args: { view: 'cpc-by-country' } };
/** Two countries only. */
export const KenyaAndIndia: Story = { args: { view: 'ircc-by-year', country: 'ke in' } };
/** A country without certificates: the empty state. */
export const Empty: Story = { args: { view: 'ircc-by-country', country: 'ki' } };
/** A sidebar 280 px wide. */
export const Narrow: Story = {
  args: { view: 'records-by-type' },
  decorators: [(story) => html`<div class="absch-story-narrow">${story()}</div><style>.absch-story-narrow { inline-size: 280px; }</style>`],
};
export const French: Story = { args: { view: 'ircc-by-country', lang: 'fr' } };
export const Arabic: Story = { args: { view: 'ircc-by-country', lang: 'ar' } };
export const Chinese: Story = { args: { view: 'ircc-by-subject', lang: 'zh' } };
export const Loading: Story = { args: { 'api-base': `${location.origin}/__mock/hang=1` } };
export const ServerError: Story = { args: { 'api-base': `${location.origin}/__mock/status=500` } };
