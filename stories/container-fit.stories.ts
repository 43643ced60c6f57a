import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { FIXTURES } from '../mock-api/data/fixtures.ts';

/**
 * Every element in boxes 240, 375, 768 and 1,100 px wide, side by side: the layouts follow the box
 * (container queries), not the window, and nothing sticks out of it in any of them
 * (test/components/container-fit.test.ts asserts this in the same widths and languages).
 */
interface Args {
  lang: 'en' | 'ar' | 'ru';
  element: string;
}

const WIDTHS = [240, 375, 768, 1100] as const;

const ELEMENTS: Record<string, (lang: string) => TemplateResult> = {
  'absch-country-profile': (lang) => html`<absch-country-profile lang=${lang} country="ke"></absch-country-profile>`,
  'absch-parties-list': (lang) => html`<absch-parties-list lang=${lang} search></absch-parties-list>`,
  'absch-certificate-list': (lang) => html`<absch-certificate-list lang=${lang} country="in fr ke" filters></absch-certificate-list>`,
  'absch-search': (lang) => html`<absch-search lang=${lang}></absch-search>`,
  'absch-stats': (lang) => html`<absch-stats lang=${lang} view="publishers-by-type" show-table></absch-stats>`,
  'absch-record': (lang) => html`<absch-record lang=${lang} uid=${FIXTURES.indiaIrcc}></absch-record>`,
};

const meta: Meta<Args> = {
  title: 'Layouts/Container widths',
  args: { lang: 'en', element: 'all' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'ar', 'ru'] },
    element: { control: 'select', options: ['all', ...Object.keys(ELEMENTS)] },
  },
  render: ({ lang, element }) => html`<style>
      .fit-row {
        display: flex;
        gap: 1.5rem;
        align-items: start;
        margin-block-end: 3rem;
      }
      .fit-box {
        flex: none;
        outline: 1px dashed #8c959f;
      }
      .fit-box > p {
        margin: 0 0 0.5rem;
        font: 0.75rem monospace;
      }
      .fit-240 {
        inline-size: 240px;
      }
      .fit-375 {
        inline-size: 375px;
      }
      .fit-768 {
        inline-size: 768px;
      }
      .fit-1100 {
        inline-size: 1100px;
      }
    </style>
    ${Object.entries(ELEMENTS)
      .filter(([tag]) => element === 'all' || element === tag)
      .map(
        ([tag, render]) => html`<h2>&lt;${tag}&gt;</h2>
          <div class="fit-row">
            ${WIDTHS.map((width) => html`<div class="fit-box fit-${width}"><p>${width} px</p>${render(lang)}</div>`)}
          </div>`,
      )}`,
};
export default meta;

type Story = StoryObj<Args>;

export const English: Story = {};
export const Arabic: Story = { args: { lang: 'ar' } };
export const Russian: Story = { args: { lang: 'ru' } };
