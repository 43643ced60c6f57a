import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { FIXTURES } from '../mock-api/data/fixtures.ts';

interface Args {
  uid: string;
  'hide-referenced-by': boolean;
  'api-base'?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/absch-record',
  component: 'absch-record',
  args: { uid: FIXTURES.indiaIrcc, 'hide-referenced-by': false },
  render: (args) => html`<absch-record
    uid=${args.uid}
    ?hide-referenced-by=${args['hide-referenced-by']}
    api-base=${args['api-base'] ?? nothing}
    lang=${args.lang ?? nothing}
  ></absch-record>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A certificate, with its authority by name and the communiqué that cites it. */
export const Certificate: Story = {};
export const RevokedCertificate: Story = { args: { uid: FIXTURES.revokedIrcc } };
/** The UID of the revoked certificate's first revision: that revision, with a note that a later one exists. */
export const EarlierRevision: Story = { args: { uid: FIXTURES.revokedIrcc.replace(/-2$/, '-1') } };
export const ExpiredCertificate: Story = { args: { uid: FIXTURES.expiredIrcc } };
/** An authority, with the certificates it issued under "Referenced by". */
export const Authority: Story = { args: { uid: FIXTURES.kenyaCnaUid } };
export const CheckpointCommunique: Story = { args: { uid: FIXTURES.cpcWithIrcc } };
/** Kenya's first focal point by its four-digit number, opened through its hex identifier (the mock numbers focal points from 1001). */
export const FocalPoint: Story = { args: { uid: 'CHM-NFP-KE-1001' } };
/** Long content: a measure whose title runs over 300 characters. */
export const LongMeasure: Story = { args: { uid: FIXTURES.longTitle } };
/** A title only in French, on an English page: shown in French, with a note. */
export const FrenchOnly: Story = { args: { uid: FIXTURES.frenchOnlyTitle } };
/** A description holding `<script>`, `<img onerror>` and `javascript:` links: nothing runs. (In backticks: the docs page renders this comment as Markdown.) */
export const HostileHtml: Story = { args: { uid: FIXTURES.hostileMeasure } };
export const Arabic: Story = { args: { lang: 'ar' } };
export const Loading: Story = { args: { 'api-base': `${location.origin}/__mock/hang=1` } };
export const ServerError: Story = { args: { 'api-base': `${location.origin}/__mock/status=500` } };
export const NotPublished: Story = { args: { uid: 'ABSCH-IRCC-IN-999999-1' } };
export const Malformed: Story = { args: { uid: 'ke) OR *:*' } };
