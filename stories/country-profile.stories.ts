import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { FIXTURES } from '../mock-api/data/fixtures.ts';

interface Args {
  country: string;
  sections: string;
  'max-per-type': string;
  'hide-empty': boolean;
  'api-base'?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/absch-country-profile',
  component: 'absch-country-profile',
  args: { country: 'ke', sections: '', 'max-per-type': '3', 'hide-empty': false },
  render: (args) => html`<absch-country-profile
    country=${args.country}
    sections=${args.sections || nothing}
    max-per-type=${args['max-per-type']}
    ?hide-empty=${args['hide-empty']}
    api-base=${args['api-base'] ?? nothing}
    lang=${args.lang ?? nothing}
  ></absch-country-profile>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A Party with records of almost every type. */
export const Kenya: Story = {};
/** Many certificates: India's 741 IRCCs. */
export const India: Story = { args: { country: 'in' } };
/** The sidebar form: status and counts, empty types hidden. */
export const Sidebar: Story = { args: { sections: 'status counts', 'hide-empty': true } };
/** Ratified less than 90 days ago: the Protocol enters into force later. */
export const RatifiedNotYetInForce: Story = { args: { country: FIXTURES.pendingParty } };
export const Signatory: Story = { args: { country: FIXTURES.signatory } };
/** A non-Party with no national record: the empty state. */
export const NotAParty: Story = { args: { country: FIXTURES.nonParty } };
export const EuropeanUnion: Story = { args: { country: 'eu' } };
/** Long content: ten latest records per type. */
export const TenPerType: Story = { args: { country: 'in', 'max-per-type': '10' } };
export const French: Story = { args: { lang: 'fr' } };
export const Arabic: Story = { args: { lang: 'ar' } };
/** Waiting for the API: the skeleton. */
export const Loading: Story = { args: { 'api-base': `${location.origin}/__mock/hang=1` } };
export const ServerError: Story = { args: { 'api-base': `${location.origin}/__mock/status=500` } };
export const RateLimited: Story = { args: { 'api-base': `${location.origin}/__mock/status=429` } };
export const Unreadable: Story = { args: { 'api-base': `${location.origin}/__mock/malformed=1` } };
export const UnknownCountry: Story = { args: { country: 'qq' } };
export const MalformedCode: Story = { args: { country: 'ke) OR *:*' } };
