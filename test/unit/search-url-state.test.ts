import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeState, encodeState, HASH_KEY, readHashParam, writeHashParam, type UrlState } from '../../src/components/search/url-state.js';

/** What URLSearchParams keeps of a string: lone surrogates become U+FFFD. */
const wellFormed = (text: string): string => new URLSearchParams([['x', text]]).get('x') ?? '';

const state = (over: Partial<UrlState> = {}): UrlState => ({ q: '', schemas: [], countries: [], keywords: [], kind: '', page: 1, sort: '', ...over });

describe('search URL state', () => {
  it('writes only what differs from the default', () => {
    expect(encodeState(state())).to.equal('');
    expect(encodeState(state({ q: ' rooibos ', schemas: ['absPermit', 'measure'], countries: ['ke'], page: 2, sort: 'newest', kind: 'national' }))).to.equal(
      'q=rooibos&schema=absPermit+measure&country=ke&type=national&sort=newest&page=2',
    );
  });

  it('reads back what it wrote, for any text and lists', () => {
    const word = fc.string({ minLength: 1 }).filter((s) => !/[\s,]/.test(s));
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(word, { maxLength: 3 }),
        fc.array(word, { maxLength: 3 }),
        fc.array(word, { maxLength: 3 }),
        fc.integer({ min: 1, max: 10_000 }),
        (q, schemas, countries, keywords, page) => {
          const original = state({ q: q.trim(), schemas, countries, keywords, page });
          const written = encodeState(original);
          const hash = writeHashParam('#/route?x=1&other=2', written);
          const read = readHashParam(hash);
          expect(read ?? '').to.equal(written);
          const decoded = decodeState(read ?? '');
          expect(decoded.q).to.equal(wellFormed(original.q));
          expect(decoded.schemas).to.deep.equal(schemas.map(wellFormed));
          expect(decoded.page).to.equal(page);
        },
      ),
    );
  });

  it('keeps the rest of the hash, in place', () => {
    expect(writeHashParam('', 'q=a')).to.equal(`#${HASH_KEY}=q%3Da`);
    expect(writeHashParam('#section-2', 'q=a')).to.equal(`#section-2&${HASH_KEY}=q%3Da`);
    expect(writeHashParam(`#a=1&${HASH_KEY}=q%3Dx&b=2`, 'q=y')).to.equal(`#a=1&${HASH_KEY}=q%3Dy&b=2`);
    expect(writeHashParam(`#a=1&${HASH_KEY}=q%3Dx&b=2`, null)).to.equal('#a=1&b=2');
    expect(writeHashParam(`#${HASH_KEY}=q%3Dx`, '')).to.equal('');
  });

  it('treats a broken or foreign hash as holding no state of ours', () => {
    expect(readHashParam('#section')).to.equal(null);
    expect(readHashParam(`#${HASH_KEY}=%E0%A4%A`)).to.equal(null);
    expect(readHashParam(`#x${HASH_KEY}=q%3Da`)).to.equal(null);
    expect(decodeState('page=-3&q=x').page).to.equal(1);
    expect(decodeState('page=2.5').page).to.equal(1);
    expect(decodeState('page=99999999').page).to.equal(1);
    expect(decodeState('schema=a,b%20c').schemas).to.deep.equal(['a', 'b', 'c']);
  });
});
