import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };
import { configure } from '../src/index.ts';
import '../src/absch-widgets.ts';
import { installMockApi } from './mock-fetch.ts';
import { ElementDocsPage } from './markdown-page.ts';
import { installPseudoLocale, PSEUDO_LOCALE_OF, uninstallPseudoLocale, type PseudoVariant } from '../src/i18n/pseudo-locale.ts';

installMockApi();
configure({ apiBase: location.origin });
setCustomElementsManifest(manifest);

const LANGUAGES = [
  { value: 'en', title: 'English' },
  { value: 'ar', title: 'العربية (right-to-left)' },
  { value: 'es', title: 'Español' },
  { value: 'fr', title: 'Français' },
  { value: 'ru', title: 'Русский' },
  { value: 'zh', title: '中文' },
  // Not languages: the English strings accented and 40 % longer, or right to left (src/i18n/pseudo-locale.ts).
  { value: 'pseudo-accented', title: 'Pseudo-locale: accented, 40 % longer' },
  { value: 'pseudo-bidi', title: 'Pseudo-locale: right to left' },
];
const PSEUDO_VARIANTS: PseudoVariant[] = ['accented', 'bidi'];

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the page (and its direction)',
      toolbar: { title: 'Language', icon: 'globe', items: LANGUAGES, dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en' },
  // Every element's stories get a docs entry: its reference page, generated from the manifest, and its stories.
  tags: ['autodocs'],
  decorators: [
    (story, context) => {
      // The elements follow <html lang> by themselves, as on a host site.
      const chosen = String(context.globals.locale ?? 'en');
      const variant = PSEUDO_VARIANTS.find((name) => chosen === `pseudo-${name}`);
      for (const other of PSEUDO_VARIANTS) if (other !== variant) uninstallPseudoLocale(other);
      // A pseudo-locale speaks in place of a real language, which stays the page's lang.
      if (variant) installPseudoLocale(variant);
      const locale = variant ? PSEUDO_LOCALE_OF[variant] : chosen;
      document.documentElement.lang = locale;
      document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    docs: { page: ElementDocsPage },
    options: { storySort: { order: ['Introduction', 'Elements', 'Guides', 'Changelog'] } },
    // Accessibility violations fail the story's checks instead of only being listed.
    a11y: { test: 'error' },
  },
};

export default preview;
