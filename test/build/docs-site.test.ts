/**
 * The docs site (Storybook, `npm run docs:build`) shows the repository's Markdown pages: each page
 * .storybook/docs-links.ts lists has its MDX entry under the same title, and every link between
 * Markdown pages leads to a page of the site, rewritten to the Storybook entry that shows it.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { ELEMENT_PAGE, PAGE_TITLES, siteAsset, siteHref } from '../../.storybook/docs-links.ts';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** The MDX pages of stories/: the title each gives Storybook and the repository page it shows. */
const mdxPages = readdirSync(join(root, 'stories'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const text = read(`stories/${file}`);
    return { file, title: /<Meta title="([^"]+)"/.exec(text)?.[1], path: /<MarkdownPage path="([^"]+)"/.exec(text)?.[1] };
  });

const elementPages = readdirSync(join(root, 'docs/elements'))
  .filter((file) => file.endsWith('.md'))
  .map((file) => `docs/elements/${file}`);
const sitePages = [...Object.keys(PAGE_TITLES), ...elementPages];

describe('the docs site', () => {
  it('has one MDX page per listed page, with the title the links expect', () => {
    assert.deepEqual(
      mdxPages.map(({ path, title }) => [path, title]).sort(),
      Object.entries(PAGE_TITLES).sort(),
      mdxPages.map(({ file }) => file).join(', '),
    );
    for (const path of sitePages) assert.ok(existsSync(join(root, path)), `${path} exists`);
  });

  it('shows every guide of docs/', () => {
    for (const file of readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md'))) {
      assert.ok(`docs/${file}` in PAGE_TITLES, `docs/${file} is a page of the site (PAGE_TITLES and its MDX file)`);
    }
  });

  it("gives every element's reference page to that element's stories", () => {
    for (const path of elementPages) {
      const tag = ELEMENT_PAGE.exec(path)?.[1];
      assert.ok(tag, path);
      const stories = readdirSync(join(root, 'stories')).filter((file) => file.endsWith('.stories.ts')).map((file) => read(`stories/${file}`));
      assert.ok(
        stories.some((text) => text.includes(`title: 'Elements/${tag}'`) && text.includes(`component: '${tag}'`)),
        `a stories file titled Elements/${tag} for ${path}`,
      );
    }
  });

  it('leads every link between Markdown pages to a page of the site', () => {
    for (const page of sitePages) {
      for (const [, href] of read(page).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (!/\.md(#|$)/.test(href) || /^[a-z]+:/i.test(href)) continue;
        assert.match(siteHref(page, href) ?? '', /^\?path=\/docs\/[a-z0-9-]+--docs(#[\w-]+)?$/, `${page} links ${href}`);
      }
    }
  });

  it("serves every image its pages show (the site's static folder is docs/screenshots/)", () => {
    for (const page of sitePages) {
      for (const [, src] of read(page).matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(src)) continue;
        assert.match(siteAsset(page, src), /^\.\/docs\/screenshots\/[^/]+$/, `${page} shows ${src}`);
      }
    }
  });

  it('rewrites links as Storybook navigates, and keeps the rest', () => {
    assert.equal(siteHref('docs/elements/absch-record.md', '../../README.md#security'), '?path=/docs/introduction--docs#security');
    assert.equal(siteHref('README.md', 'docs/elements/absch-stats.md'), '?path=/docs/elements-absch-stats--docs');
    assert.equal(siteHref('README.md', 'docs/api-notes.md#checking-a-live-api'), '?path=/docs/guides-api-notes--docs#checking-a-live-api');
    assert.equal(siteHref('docs/elements/absch-record.md', '../performance.md'), '?path=/docs/guides-performance--docs');
    assert.equal(siteHref('README.md', 'https://absch.cbd.int'), 'https://absch.cbd.int');
    assert.equal(siteHref('README.md', '#styling'), '#styling');
    // A repository file the site does not hold: no link at all rather than a dead one.
    assert.equal(siteHref('README.md', 'src/api/solr.ts'), undefined);
    assert.equal(siteAsset('README.md', 'docs/screenshots/record-en.png'), './docs/screenshots/record-en.png');
  });
});
