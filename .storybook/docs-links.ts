/**
 * The documentation site is this Storybook: the repository's Markdown pages, each shown by one docs
 * entry, so that the README, the element references (docs/elements/, generated from the manifest)
 * and the guides read as on GitHub, their links leading from page to page inside the site. This
 * module says which page is where; markdown-sources.ts holds their text. No Vite or React here, so
 * test/build/docs-site.test.ts checks it in Node.
 */

/** Each page the site shows: its path in the repository, and its title in the sidebar (the `<Meta title>` of its MDX file). */
export const PAGE_TITLES: Record<string, string> = {
  'README.md': 'Introduction',
  'docs/api-notes.md': 'Guides/API notes',
  'docs/frameworks.md': 'Guides/Frameworks',
  'docs/performance.md': 'Guides/Performance',
  'docs/server-rendering.md': 'Guides/Server rendering',
  'docs/theming.md': 'Guides/Theming',
  'examples/oembed.md': 'Guides/Pasting a URL (oEmbed)',
  'mock-api/README.md': 'Guides/Mock API',
  'CONTRIBUTING.md': 'Guides/Contributing',
  'CHANGELOG.md': 'Changelog',
};

/** An element's reference page is its stories' docs entry (autodocs, titled `Elements/<tag>`). */
export const ELEMENT_PAGE = /^docs\/elements\/(absch-[a-z-]+)\.md$/;

/** Storybook's id for a title, as its indexer makes it (`Guides/API notes` → `guides-api-notes`). */
const idOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The docs entry that shows a repository page, or undefined when the site does not show it. */
export function docsEntryOf(path: string): string | undefined {
  const element = ELEMENT_PAGE.exec(path);
  const title = element ? `Elements/${element[1]}` : PAGE_TITLES[path];
  return title && `${idOf(title)}--docs`;
}

/** `href`, relative to the page at `from`, as a path in the repository (`#anchor` kept), or undefined when absolute. */
function repositoryPath(from: string, href: string): { path: string; hash: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(href)) return undefined;
  const url = new URL(href, `https://repository.invalid/${from}`);
  return { path: decodeURIComponent(url.pathname.slice(1)), hash: url.hash };
}

/**
 * Where a link of the page at `from` leads in the site: another page's docs entry (as a Storybook
 * `?path=` URL, which the docs blocks navigate to), the link unchanged when it is absolute or an
 * anchor in the page, or undefined for a repository file the site does not hold (shown as text).
 */
export function siteHref(from: string, href: string): string | undefined {
  const target = repositoryPath(from, href);
  if (!target) return href;
  const entry = docsEntryOf(target.path);
  return entry && `?path=/docs/${entry}${target.hash}`;
}

/** An image of the page at `from` as the site serves it: the repository's `docs/screenshots/` is a static folder of the site. */
export function siteAsset(from: string, src: string): string {
  const target = repositoryPath(from, src);
  return target ? `./${target.path}` : src;
}
