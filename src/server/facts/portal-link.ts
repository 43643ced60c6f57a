/** The link every element's facts end with, to the portal page that holds the whole of what the element shows. */
import { msg } from '@lit/localize';
import { link, paragraph, type Markup } from './markup.js';

export function portalLink(href: string): Markup {
  return paragraph(link(href, msg('More on the ABS Clearing-House', { id: 'facts-portal-link' })));
}
