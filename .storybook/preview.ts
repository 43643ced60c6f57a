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

/*
 * The page around the story, and the elements' own `theme` attribute (docs/theming.md): the dark
 * partner page declares no colour scheme, as the one in the accessibility audit; the page-wide
 * switch is the page's `color-scheme`.
 */
const THEMES = [
  { value: 'light', title: 'Light page' },
  { value: 'page-dark', title: 'Dark page (color-scheme: dark)' },
  { value: 'host-dark', title: 'Dark page that declares no colour scheme' },
  { value: 'element-dark', title: 'Light page, theme="dark" on each element' },
  { value: 'element-auto', title: 'Light page, theme="auto" on each element' },
];
const PAGE_STYLES = `
  html[data-story-theme='page-dark'] { color-scheme: dark; }
  html[data-story-theme='page-dark'] body { background: Canvas; color: CanvasText; }
  html[data-story-theme='host-dark'] body { background: #15181c; color: #e6e6e6; }
`;
let elementTheme = '';
/** Gives every ABSCH element, present or added later, the chosen `theme` attribute (or none). */
function applyElementTheme(root: ParentNode = document): void {
  for (const el of root.querySelectorAll('*')) {
    if (!el.localName.startsWith('absch-')) continue;
    if (elementTheme) el.setAttribute('theme', elementTheme);
    else el.removeAttribute('theme');
  }
}
const pageStyle = document.createElement('style');
pageStyle.textContent = PAGE_STYLES;
document.head.append(pageStyle);
new MutationObserver(() => applyElementTheme()).observe(document.body, { childList: true, subtree: true });

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the page (and its direction)',
      toolbar: { title: 'Language', icon: 'globe', items: LANGUAGES, dynamicTitle: true },
    },
    theme: {
      description: 'Colours of the page, or the theme attribute of each element',
      toolbar: { title: 'Theme', icon: 'contrast', items: THEMES, dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
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
      const theme = String(context.globals.theme ?? 'light');
      document.documentElement.dataset.storyTheme = theme;
      elementTheme = theme.startsWith('element-') ? theme.slice('element-'.length) : '';
      applyElementTheme();
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
