import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { loadSanitizer } from '../../src/base/dompurify.js';
import { htmlToText, markWords, snippetSegments, truncate } from '../../src/components/search/highlight.js';

describe('search highlighting', () => {
  before(() => loadSanitizer());
  it('turns <em> marks into marked runs and everything else into text', () => {
    expect(snippetSegments('Access to <em>genetic</em> resources of <em>Kenya</em>')).to.deep.equal([
      { text: 'Access to ', mark: false },
      { text: 'genetic', mark: true },
      { text: ' resources of ', mark: false },
      { text: 'Kenya', mark: true },
    ]);
  });

  it('keeps only the text of hostile markup, and never runs it', () => {
    const w = window as unknown as { __hit?: number };
    w.__hit = 0;
    const segments = snippetSegments(
      '<script>window.__hit++</script><img src=x onerror="window.__hit++"><em onclick="x()">a</em> <a href="javascript:alert(1)">b</a><style>*{}</style>&lt;c&gt;',
    );
    expect(segments).to.deep.equal([
      { text: 'a', mark: true },
      { text: ' b<c>', mark: false },
    ]);
    expect(w.__hit).to.equal(0);
  });

  it('reads record HTML as text with breaks between blocks', () => {
    expect(htmlToText('<p>Main provisions:</p><ul><li>access</li><li>benefit-sharing</li></ul>')).to.equal('Main provisions: access benefit-sharing');
  });

  it('gives text whose characters all come from the snippet, for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', 'em', '/', 'a', ' ', '&', 'script', '"', '=') }), (snippet) => {
        for (const segment of snippetSegments(snippet)) expect(segment.text).to.be.a('string');
      }),
    );
  });

  it('marks the words of a fragment in a whole title, ignoring case', () => {
    expect(markWords('Kenya Wildlife Service (KWS)', ['wildlife', 'KWS'])).to.deep.equal([
      { text: 'Kenya ', mark: false },
      { text: 'Wildlife', mark: true },
      { text: ' Service (', mark: false },
      { text: 'KWS', mark: true },
      { text: ')', mark: false },
    ]);
    expect(markWords('abc', [])).to.deep.equal([{ text: 'abc', mark: false }]);
  });

  it('cuts long text at a word', () => {
    expect(truncate('short', 10)).to.equal('short');
    expect(truncate('one two three four five', 16)).to.equal('one two three…');
    expect(truncate('abcdefghijklmnop', 10)).to.equal('abcdefghij…');
  });
});
