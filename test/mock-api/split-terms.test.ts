import { expect } from '@open-wc/testing';
import { F } from '../../src/api/fields.js';
import { escapeTerm } from '../../src/api/solr.js';
import { getJson, indexUrl, PUBLISHED } from '../helpers.js';

interface IndexAnswer {
  response: { numFound: number; docs: Record<string, string>[] };
}

/** numFound of `q` over the published records, in a world of mock-api (`''`: the default). */
async function count(q: string, world = ''): Promise<number> {
  const url = indexUrl({ q, fq: PUBLISHED, rows: 0 }, `${world ? `/__mock/${world}` : ''}/api/v2013/index/select`);
  const { status, body } = await getJson<IndexAnswer>(url);
  expect(status, q).to.equal(200);
  return body.response.numFound;
}

describe('mock-api: a term the analyser splits', () => {
  let uid = '';
  before(async () => {
    const { body } = await getJson<IndexAnswer>(indexUrl({ q: `${F.schema}:absPermit`, fq: PUBLISHED, rows: 1, fl: F.uniqueIdentifier }));
    uid = body.response.docs[0]![F.uniqueIdentifier]!;
  });

  it('is its tokens ORed by default, as in stock Solr (autoGeneratePhraseQueries=false)', async () => {
    const unquoted = `${F.uniqueIdentifierText}:${escapeTerm(uid)}`;
    const irccs = await count(`${F.schema}:absPermit`);
    expect(await count(unquoted)).to.be.at.least(irccs);
    expect(await count(`${unquoted}`, 'autophrase=0')).to.be.at.least(irccs);
  });

  it('joins its tokens with q.op=AND when the request says so', async () => {
    const { body } = await getJson<IndexAnswer>(indexUrl({ q: `${F.uniqueIdentifierText}:${escapeTerm(uid)}`, 'q.op': 'AND', fq: PUBLISHED, rows: 0 }));
    expect(body.response.numFound).to.equal(1);
  });

  it('is a phrase under autophrase=1, as a quoted one always is', async () => {
    expect(await count(`${F.uniqueIdentifierText}:${escapeTerm(uid)}`, 'autophrase=1')).to.equal(1);
    expect(await count(`${F.uniqueIdentifierText}:"${uid}"`)).to.equal(1);
    expect(await count(`${F.uniqueIdentifierText}:"${uid}"`, 'autophrase=1')).to.equal(1);
  });
});
