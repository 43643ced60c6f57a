// Nuxt 4 (Nitro) server route: GET /absch/absch-country-profile?country=ke&lang=fr → the element
// rendered on the server, as an HTML fragment that a page inlines (components/AbschFragment.vue).
//
// The render runs in Nuxt's own server (absch-widgets/server, Node 20+). Nitro keeps each fragment
// for five minutes, then serves the old one while it renders a new one (swr). Answers of 400 and
// more are never kept by Nitro: an API failure is a 502 that holds the element's error state, so
// the next request tries again and no error page stays in the cache.
//
// A site that runs the render service instead replaces the render with
//   const html = await $fetch<string>(`${service}/render/${tag}`, { query: { ...attributes, lang } })
import { renderElementWithOutcome, SERVER_TAGS } from 'absch-widgets/server';

const LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];
/** The attributes this site lets a page set; a route open to any query would let anyone fill the cache. */
const ALLOWED = ['country', 'uid', 'query', 'view', 'page-size', 'sections', 'status'];

export default defineCachedEventHandler(
  async (event) => {
    const tag = getRouterParam(event, 'tag') ?? '';
    if (!(SERVER_TAGS as readonly string[]).includes(tag)) throw createError({ statusCode: 404, statusMessage: 'No such element' });
    const query = getQuery(event);
    const lang = LANGUAGES.includes(String(query.lang)) ? String(query.lang) : 'en';
    const attributes = Object.fromEntries(ALLOWED.filter((name) => typeof query[name] === 'string').map((name) => [name, String(query[name]).slice(0, 256)]));
    const { html, outcome } = await renderElementWithOutcome(tag, attributes, { apiBase: 'https://api.cbd.int', lang, appId: 'bioland' });
    setResponseStatus(event, outcome === 'loaded' ? 200 : outcome === 'invalid' ? 400 : 502);
    setResponseHeader(event, 'content-type', 'text/html; charset=utf-8');
    return html;
  },
  // Nitro's key is the URL, query included: one entry per element, attributes and language.
  { maxAge: 300, swr: true },
);
