import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };
import { configure } from '../src/index.ts';
import '../src/absch-widgets.ts';
import { installMockApi } from './mock-fetch.ts';

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
];

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the page (and its direction)',
      toolbar: { title: 'Language', icon: 'globe', items: LANGUAGES, dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (story, context) => {
      // The elements follow <html lang> by themselves, as on a host site.
      const locale = String(context.globals.locale ?? 'en');
      document.documentElement.lang = locale;
      document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    // Accessibility violations fail the story's checks instead of only being listed.
    a11y: { test: 'error' },
  },
};

export default preview;
