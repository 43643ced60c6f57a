// A page of a plain node:http server (no framework) with Kenya's profile rendered on the server:
// search engines and readers without JavaScript get the data in the HTML, and the hydrate build
// brings the element to life without asking the API again.
//
//   npm install absch-widgets
//   node node-http.mjs          → http://localhost:3000/?lang=fr
//
// PORT and API_BASE (default https://api.cbd.int) come from the environment.
import { createServer } from 'node:http';
import { renderElementWithOutcome } from 'absch-widgets/server';

const API_BASE = process.env.API_BASE ?? 'https://api.cbd.int';
const LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];
const HYDRATE = 'https://cdn.jsdelivr.net/npm/absch-widgets@0/dist/cdn/hydrate/absch-widgets.js';
const FRESH_MS = 5 * 60_000;

/** The last good render of each element and language (six entries here; bound it if yours vary more). */
const kept = new Map();

/** A fresh render, or the last good one when the API fails (stale-if-error), or the element's own error state. */
async function fragment(tag, attributes, lang) {
  const key = JSON.stringify([tag, attributes, lang]);
  const last = kept.get(key);
  if (last && Date.now() - last.at < FRESH_MS) return last.html;
  const { html, outcome } = await renderElementWithOutcome(tag, attributes, { apiBase: API_BASE, lang });
  if (outcome === 'failed') return last?.html ?? html;
  kept.set(key, { html, at: Date.now() });
  return html;
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== '/') {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
    return;
  }
  const asked = url.searchParams.get('lang') ?? 'en';
  const lang = LANGUAGES.includes(asked) ? asked : 'en';
  const profile = await fragment('absch-country-profile', { country: 'ke' }, lang);
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=300' });
  res.end(`<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<title>Kenya and the Nagoya Protocol</title>
<script type="module" src="${HYDRATE}"></script>
</head>
<body>
${profile}
</body>
</html>
`);
}).listen(Number(process.env.PORT ?? 3000), () => console.log(`http://localhost:${process.env.PORT ?? 3000}/`));
