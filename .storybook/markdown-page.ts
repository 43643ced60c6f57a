/**
 * The docs site's pages as React components for Storybook's docs: a repository Markdown page with its
 * links made to work inside the site (docs-links.ts), and the template of every element's docs entry.
 * Plain `createElement` calls: the project compiles no JSX.
 */
import { AnchorMdx, CodeOrSourceMdx, Controls, HeadersMdx, Heading, Markdown, Primary, Stories, useOf } from '@storybook/addon-docs/blocks';
import { createElement, Fragment, type AnchorHTMLAttributes, type ImgHTMLAttributes, type ReactElement } from 'react';
import { siteAsset, siteHref } from './docs-links.ts';
import { hasMarkdown, markdownOf } from './markdown-sources.ts';

/** One repository page (`path`, as in docs-links.ts), rendered as Storybook's docs render Markdown. */
export function MarkdownPage({ path }: { path: string }): ReactElement {
  const link = ({ href = '', children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) => {
    const inSite = siteHref(path, href);
    // A repository file the site does not hold: its name stays, as text, rather than a dead link.
    return inSite === undefined ? createElement('span', null, children) : createElement(AnchorMdx, { ...rest, href: inSite }, children);
  };
  const image = ({ src = '', ...rest }: ImgHTMLAttributes<HTMLImageElement>) => createElement('img', { ...rest, src: siteAsset(path, src) });
  // The Markdown block replaces its own overrides when given any: its code and heading blocks are named again.
  const overrides = { ...HeadersMdx, code: CodeOrSourceMdx, a: link, img: image };
  return createElement(Markdown, { options: { overrides } }, markdownOf(path));
}

/**
 * An element's docs entry: its reference page (docs/elements/<tag>.md, generated from the manifest),
 * then the first story with a control for every attribute (from the manifest too), then every story.
 * Stories of no single element (no `component`, or one without a reference page) get the last two only.
 */
export function ElementDocsPage(): ReactElement {
  const meta = useOf('meta');
  const reference = `docs/elements/${meta.type === 'meta' ? String(meta.preparedMeta.component) : ''}.md`;
  return createElement(
    Fragment,
    null,
    hasMarkdown(reference) ? createElement(MarkdownPage, { path: reference }) : null,
    createElement(Heading, null, 'Try it'),
    createElement(Primary),
    createElement(Controls),
    createElement(Stories, { title: 'Every state' }),
  );
}
