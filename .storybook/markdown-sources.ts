/** The text of the docs site's Markdown pages (docs-links.ts), read from the repository at build time. */
const SOURCES = import.meta.glob<string>(['../README.md', '../CHANGELOG.md', '../CONTRIBUTING.md', '../mock-api/README.md', '../docs/*.md', '../docs/elements/*.md', '../examples/*.md'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Whether the site holds a repository page's text. */
export const hasMarkdown = (path: string): boolean => `../${path}` in SOURCES;

/** The Markdown text of a repository page (`docs/elements/absch-record.md`). */
export function markdownOf(path: string): string {
  const source = SOURCES[`../${path}`];
  if (source === undefined) throw new Error(`The docs site has no page ${path}`);
  return source;
}
