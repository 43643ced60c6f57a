import { expect } from '@open-wc/testing';
import { evictions, type StoreIndex } from '../../src/api/answer-store.js';

describe('the answer store\'s bound', () => {
  it('drops the least recently used answers until what remains fits', () => {
    const index: StoreIndex = { a: [400, 3], b: [300, 1], c: [300, 2], d: [100, 4] };
    expect(evictions(index, 600)).to.deep.equal(['b', 'c']);
    expect(index).to.deep.equal({ a: [400, 3], d: [100, 4] });
  });

  it('drops nothing while the store is within its bound', () => {
    const index: StoreIndex = { a: [400, 3], b: [200, 1] };
    expect(evictions(index, 600)).to.deep.equal([]);
    expect(Object.keys(index)).to.deep.equal(['a', 'b']);
  });

  it('drops even the answer just written when it alone is over the bound', () => {
    const index: StoreIndex = { big: [900, 5] };
    expect(evictions(index, 600)).to.deep.equal(['big']);
  });
});
