import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { F } from '../../src/api/fields.js';
import { publishedFilters } from '../../src/api/queries/common.js';
import { and, anyOf, escapeTerm, not, term, type Query } from '../../src/api/solr.js';
import { phrase, prefix } from '../../src/api/solr-text.js';
import { getJson, indexUrl } from '../helpers.js';

interface IndexAnswer {
  response: { numFound: number; docs: Record<string, unknown>[] };
}

async function count(q: Query | string): Promise<{ status: number; numFound: number }> {
  const { status, body } = await getJson<IndexAnswer>(indexUrl({ q, fq: publishedFilters(), rows: 1, fl: F.uniqueIdentifier }));
  return { status, numFound: body.response?.numFound ?? -1 };
}

/** Strings made mostly of Lucene syntax, plus arbitrary Unicode. */
const hostileText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'+-&|!(){}[]^"~*?:\\/ AND OR NOT TO ke* \t\n'.split(''), 'AND', 'OR', 'NOT', '*:*', ' TO ') }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('ke) OR *:*', '"><img src=x onerror=alert(1)>', 'title_t:(x)', '*', '"unbalanced', 'AND OR NOT', '\\', ''),
);

describe('query builder', () => {
  it('escapes every Lucene special character and whitespace', () => {
    expect(escapeTerm('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t u')).to.equal(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t\\ u',
    );
  });

  it('escapes a value that is an operator word, which Solr would read as an operator', async () => {
    expect(['AND', 'OR', 'NOT', 'TO', 'and'].map(escapeTerm)).to.deep.equal(['\\AND', '\\OR', '\\NOT', '\\TO', 'and']);
    expect(await count(term(F.government, 'AND'))).to.deep.equal({ status: 200, numFound: 0 });
    expect((await count(`${F.government}:AND`)).status, 'the unescaped form is refused, as by Solr').to.equal(400);
  });

  it('refuses a field name that is not a plain identifier', () => {
    expect(() => term('a:b', 'x')).to.throw(/field name/);
    expect(() => anyOf('a b', ['x'])).to.throw(/field name/);
  });

  it('finds a record by its exact UID, and nothing for the UID plus syntax', async () => {
    const { body } = await getJson<IndexAnswer>(indexUrl({ q: `${F.schema}:absPermit`, fq: publishedFilters(), rows: 1, fl: F.uniqueIdentifier }));
    const uid = String(body.response.docs[0][F.uniqueIdentifier]);
    expect((await count(term(F.uniqueIdentifier, uid))).numFound).to.equal(1);
    expect((await count(term(F.uniqueIdentifier, `${uid} OR *:*`))).numFound).to.equal(0);
    expect((await count(term(F.uniqueIdentifier, `${uid}*`))).numFound).to.equal(0);
  });

  it('keeps an injection attempt inside its field', async () => {
    const all = await count('*:*');
    expect(all.numFound).to.be.greaterThan(2000);
    expect(await count(term(F.government, 'ke) OR *:*'))).to.deep.equal({ status: 200, numFound: 0 });
    expect(await count(anyOf(F.government, ['xx', 'ke) OR (*:*']))).to.deep.equal({ status: 200, numFound: 0 });
  });

  it('property: any string becomes a query that parses and matches only as literal text', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        // No record has such a UID or government, so a literal match finds nothing; syntax that escaped would find more.
        const exact = await count(and(term(F.uniqueIdentifier, `zz${text}`), not(term(F.government, text))));
        expect(exact, `term ${JSON.stringify(text)}`).to.deep.equal({ status: 200, numFound: 0 });
        const words = await count(phrase(F.title, `zzqx ${text}`));
        expect(words.status, `phrase ${JSON.stringify(text)}`).to.equal(200);
        expect(words.numFound).to.equal(0);
        if (text.trim() !== '') {
          const start = await count(prefix(F.uniqueIdentifier, `zz${text}`));
          expect(start, `prefix ${JSON.stringify(text)}`).to.deep.equal({ status: 200, numFound: 0 });
        }
      }),
      { numRuns: 150 },
    );
  });
});
