import { aTimeout, expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { loadSanitizer } from '../../src/base/dompurify.js';
import { safeLinkUrl, sanitized, sanitizeHtml } from '../../src/base/sanitize.js';

/**
 * Known XSS payloads (OWASP's filter evasion cheat sheet, PortSwigger's XSS cheat sheet, DOMPurify's
 * own mutation-XSS cases): each calls `window.__xss()` if it ever runs.
 */
const PAYLOADS: readonly string[] = [
  // script elements
  '<script>window.__xss()</script>',
  '<SCRIPT SRC=//example.org/xss.js></SCRIPT>',
  '<scr<script>ipt>window.__xss()</scr</script>ipt>',
  '"><script>window.__xss()</script>',
  '<template><script>window.__xss()</script></template>',
  '<noscript><script>window.__xss()</script></noscript>',
  // event handlers
  '<img src=x onerror="window.__xss()">',
  '<img src=x onerror=window.__xss()//',
  '<IMG SRC=x oNeRrOr=window.__xss()>',
  '<img src="x" onerror="&#0000119&#0000105&#0000110&#0000100&#0000111&#0000119.__xss()">',
  '<body onload="window.__xss()">',
  '<details open ontoggle="window.__xss()">x</details>',
  '<input autofocus onfocus="window.__xss()">',
  '<select autofocus onfocus="window.__xss()"></select>',
  '<textarea autofocus onfocus="window.__xss()"></textarea>',
  '<keygen autofocus onfocus="window.__xss()">',
  '<video><source onerror="window.__xss()"></video>',
  '<audio src=x onerror="window.__xss()"></audio>',
  '<marquee onstart="window.__xss()">x</marquee>',
  '<a href="#" onclick="window.__xss()">x</a>',
  '<xss id=x tabindex=1 onfocusin="window.__xss()"></xss>',
  '<p onmouseover="window.__xss()">hover</p>',
  // SVG and MathML
  '<svg onload="window.__xss()">',
  '<svg><script>window.__xss()</script></svg>',
  '<svg><a xlink:href="javascript:window.__xss()"><text x="20" y="20">x</text></a></svg>',
  '<svg><animate onbegin="window.__xss()" attributeName="x" dur="1s"></animate></svg>',
  '<svg><set attributeName="href" to="javascript:window.__xss()"/></svg>',
  '<svg><foreignObject><iframe srcdoc="<script>parent.__xss()</script>"></iframe></foreignObject></svg>',
  '<math><maction actiontype="statusline" xlink:href="javascript:window.__xss()">x</maction></math>',
  '<math href="javascript:window.__xss()">CLICK</math>',
  '<img src="data:image/svg+xml,<svg onload=window.__xss()>">',
  // javascript: in href, with entities and whitespace tricks
  '<a href="javascript:window.__xss()">x</a>',
  '<a href="JaVaScRiPt:window.__xss()">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss()">x</a>',
  '<a href="&#x6A;avascript:window.__xss()">x</a>',
  '<a href="javas&#99;ript:window.__xss()">x</a>',
  '<a href="java\tscript:window.__xss()">x</a>',
  '<a href="java&#x09;script:window.__xss()">x</a>',
  '<a href="java&NewLine;script:window.__xss()">x</a>',
  '<a href="java\nscript:window.__xss()">x</a>',
  '<a href=" &#14;  javascript:window.__xss()">x</a>',
  '<a href="\u0001javascript:window.__xss()">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3MoKTwvc2NyaXB0Pg==">x</a>',
  '<a href="//example.org/x">protocol-relative</a>',
  // frames, objects, forms
  '<iframe src="javascript:window.__xss()"></iframe>',
  '<iframe srcdoc="<script>parent.__xss()</script>"></iframe>',
  '<iframe src="data:text/html,<script>parent.__xss()</script>"></iframe>',
  '<frameset onload="window.__xss()"></frameset>',
  '<object data="javascript:window.__xss()"></object>',
  '<embed src="javascript:window.__xss()">',
  '<form action="javascript:window.__xss()"><input type="submit"></form>',
  '<button formaction="javascript:window.__xss()">x</button>',
  '<isindex type="image" src="1" onerror="window.__xss()">',
  // <base>, <meta>, <link>, CSS
  '<base href="javascript:window.__xss()//"><a href="/x">relative</a>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss()">',
  '<link rel="import" href="data:text/html,<script>window.__xss()</script>">',
  '<style>@import "javascript:window.__xss()";</style>',
  '<div style="background-image:url(javascript:window.__xss())">x</div>',
  '<div style="width: expression(window.__xss())">x</div>',
  '<table background="javascript:window.__xss()"><tr><td>x</td></tr></table>',
  '<div data-x="javascript:window.__xss()">x</div>',
  // mutation XSS
  '<noscript><p title="</noscript><img src=x onerror=window.__xss()>"></noscript>',
  '<svg></p><style><a id="</style><img src=1 onerror=window.__xss()>">',
  '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=window.__xss()&gt;">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=window.__xss()>',
  '<!--<img src="--><img src=x onerror=window.__xss()//">',
  '<a title="&lt;/a&gt;&lt;img src=x onerror=window.__xss()&gt;">x</a>',
  '<svg><style><img src=x onerror=window.__xss()></style></svg>',
  '<xmp><img src=x onerror=window.__xss()></xmp>',
];

const FORBIDDEN = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'base', 'meta', 'link', 'svg', 'math', 'img', 'template', 'noscript', 'video', 'audio', 'source', 'isindex', 'keygen', 'marquee', 'details'];
const ACTIVE_URL = /^(?:javascript|data|vbscript):/i;

/** What in `root` could run script or navigate somewhere it should not. */
function problems(root: ParentNode, allowImages = false): string[] {
  const found: string[] = [];
  for (const node of Array.from(root.querySelectorAll('*'))) {
    const tag = node.localName;
    if (FORBIDDEN.includes(tag) && !(allowImages && tag === 'img')) found.push(`<${tag}>`);
    for (const attribute of Array.from(node.attributes)) {
      const name = attribute.name.toLowerCase();
      // eslint-disable-next-line no-control-regex
      const value = attribute.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (ACTIVE_URL.test(value)) found.push(`${tag}[${name}="${attribute.value}"]`);
      if (['style', 'class', 'id', 'srcdoc', 'formaction', 'action', 'xlink:href', 'background', 'src'].includes(name) && !(allowImages && name === 'src')) found.push(`${tag}[${name}]`);
    }
    if (tag === 'a' && node.hasAttribute('href')) {
      const href = node.getAttribute('href')!;
      if (!/^(?:https?:\/\/|mailto:)/.test(href)) found.push(`a[href="${href}"]`);
      if (node.getAttribute('rel') !== 'noopener noreferrer' || node.getAttribute('target') !== '_blank') found.push('a without rel/target');
    }
  }
  return found;
}

describe('sanitize', () => {
  // DOMPurify is a chunk of its own, loaded by the elements that need it.
  before(() => loadSanitizer());
  let calls = 0;
  let host: HTMLElement;

  beforeEach(() => {
    calls = 0;
    (window as unknown as { __xss: () => void }).__xss = () => calls++;
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it(`has at least 40 payloads (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).to.be.at.least(40);
  });

  it('runs none of the payloads and leaves nothing active, inserted as nodes into the live page', async () => {
    const failures: string[] = [];
    for (const payload of PAYLOADS) {
      const holder = document.createElement('div');
      holder.append(sanitizeHtml(payload));
      host.append(holder);
      const found = problems(holder);
      if (found.length) failures.push(`${payload} → ${found.join(', ')}`);
    }
    // time for onerror, onload, autofocus and animations to fire if anything survived
    await aTimeout(500);
    expect(failures).to.deep.equal([]);
    expect(calls).to.equal(0);
  });

  it('runs none of the payloads through the Lit directive, and re-renders without sanitizing again', async () => {
    for (const payload of PAYLOADS) {
      const holder = document.createElement('div');
      host.append(holder);
      render(html`<div class="rich">${sanitized(payload)}</div>`, holder);
      render(html`<div class="rich">${sanitized(payload)}</div>`, holder);
      expect(problems(holder.querySelector('.rich')!), payload).to.deep.equal([]);
    }
    await aTimeout(300);
    expect(calls).to.equal(0);
  });

  it('sanitizes once per distinct text: a re-render keeps the same nodes, a new text replaces them', () => {
    const holder = document.createElement('div');
    const view = (text: string) => html`<div class="rich">${sanitized(text)}</div>`;
    render(view('<p>one</p>'), holder);
    const first = holder.querySelector('.rich p');
    render(view('<p>one</p>'), holder);
    expect(holder.querySelector('.rich p')).to.equal(first);
    render(view('<p>two</p>'), holder);
    expect(holder.querySelector('.rich')!.textContent).to.equal('two');
    render(view(''), holder);
    expect(holder.querySelector('.rich')!.textContent).to.equal('');
  });

  it('keeps prose: paragraphs, emphasis, lists, tables, and safe links opened safely', () => {
    const holder = document.createElement('div');
    holder.append(
      sanitizeHtml(
        '<h1>Heading</h1><p>Leaf <em>samples</em> of <strong>Aloe</strong></p><ul><li>one</li></ul><table><tr><th scope="col">a</th></tr><tr><td>b</td></tr></table>' +
          '<a href="https://example.org/a.pdf" target="_self" rel="opener">file</a> <a href="mailto:abs@example.org">mail</a> <a href="/relative">relative</a>',
      ),
    );
    expect(holder.querySelector('h1'), 'headings lose their level, not their text').to.equal(null);
    expect(holder.textContent).to.contain('Heading');
    expect(holder.querySelector('em')!.textContent).to.equal('samples');
    expect(holder.querySelector('th')!.getAttribute('scope')).to.equal('col');
    const links = Array.from(holder.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/a.pdf', 'mailto:abs@example.org', null]);
    expect(links[0]!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(links[0]!.getAttribute('target')).to.equal('_blank');
    expect(problems(holder)).to.deep.equal([]);
  });

  it('keeps images only when asked, from https, lazy and without referrer, and never their handlers', async () => {
    const payload = '<img src="https://example.org/a.png" onerror="window.__xss()"><img src="http://example.org/b.png"><img src="data:image/png;base64,AAAA"><img src=x onerror="window.__xss()">';
    const without = document.createElement('div');
    without.append(sanitizeHtml(payload));
    expect(without.querySelectorAll('img')).to.have.length(0);
    const withImages = document.createElement('div');
    withImages.append(sanitizeHtml(payload, { images: true }));
    host.append(withImages);
    const images = Array.from(withImages.querySelectorAll('img'));
    expect(images.map((img) => img.getAttribute('src'))).to.deep.equal(['https://example.org/a.png']);
    expect(images[0]!.getAttribute('loading')).to.equal('lazy');
    expect(images[0]!.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(images[0]!.getAttribute('alt')).to.equal('');
    expect(problems(withImages, true)).to.deep.equal([]);
    // the option does not leak into the next call
    const after = document.createElement('div');
    after.append(sanitizeHtml(payload));
    expect(after.querySelectorAll('img')).to.have.length(0);
    await aTimeout(100);
    expect(calls).to.equal(0);
  });

  it('leaves the page-wide DOMPurify alone', async () => {
    const { default: DOMPurify } = await import('dompurify');
    expect(DOMPurify.sanitize('<a href="https://example.org">x</a>')).to.equal('<a href="https://example.org">x</a>');
  });

  it('accepts only absolute http(s) and mailto URLs for links', () => {
    const safe = ['https://example.org/a.pdf', 'http://example.org', 'mailto:abs@example.org', ' https://example.org/x '];
    const unsafe = ['javascript:window.__xss()', ' JaVa\tScRiPt:window.__xss()', 'java\u0000script:x', 'data:text/html,x', 'vbscript:x', '//example.org', '/relative', 'ftp://example.org', '', 'https://', 42, null, undefined];
    expect(safe.map(safeLinkUrl).every((url) => url !== null)).to.equal(true);
    expect(unsafe.map(safeLinkUrl)).to.deep.equal(unsafe.map(() => null));
  });
});
