/**
 * mock-api's Lucene query evaluation, as an API caller meets it: which documents a `q` or `fq`
 * selects. Each expectation is worked out by hand from Lucene's rules on the six documents of
 * fixture.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { get, ids } from './fixture.ts';

describe('mock-api engine: terms', () => {
  it('matches a string field exactly and case-sensitively', async () => {
    assert.deepEqual(await ids('schema_s:absPermit'), ['d1', 'd2', 'd5']);
    assert.deepEqual(await ids('schema_s:abspermit'), []);
    assert.deepEqual(await ids('schema_s:absPermi'), [], 'a string field is not tokenized: no partial match');
  });

  it('folds case for realm_ss only, which the portal sends both as "abs" and "ABS"', async () => {
    assert.deepEqual(await ids('realm_ss:abs'), ['d1', 'd2', 'd3', 'd4', 'd5']);
    assert.deepEqual(await ids('realm_ss:ABS'), await ids('realm_ss:abs'));
    assert.deepEqual(await ids('realm_ss:CHM'), ['d4', 'd6'], 'a multi-valued field matches on any of its values');
  });

  it('matches a text field on its lower-cased tokens', async () => {
    assert.deepEqual(await ids('title_t:plant'), ['d1', 'd5']);
    assert.deepEqual(await ids('title_t:PLANT'), ['d1', 'd5']);
    assert.deepEqual(await ids('title_t:plan'), [], 'a token matches whole, not as a prefix');
  });

  it('matches booleans and numbers by value', async () => {
    assert.deepEqual(await ids('confidential_b:true'), ['d1', 'd5']);
    assert.deepEqual(await ids('amount_i:7'), ['d5']);
  });

  it('takes every document for *:*, an empty q, or no q at all', async () => {
    const all = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6'];
    assert.deepEqual(await ids('*:*'), all);
    assert.deepEqual(await ids(''), all);
    const { body } = await get({ rows: 0 });
    assert.equal(body.response.numFound, 6);
  });

  it('tests that a field is present with field:*', async () => {
    assert.deepEqual(await ids('amount_i:*'), ['d1', 'd2', 'd3', 'd5', 'd6']);
    assert.deepEqual(await ids('*:* NOT amount_i:*'), ['d4']);
  });
});

describe('mock-api engine: phrases', () => {
  it('needs the words next to each other and in order', async () => {
    assert.deepEqual(await ids('title_t:"genetic resources"'), ['d1', 'd2']);
    assert.deepEqual(await ids('title_t:"resources genetic"'), []);
    assert.deepEqual(await ids('title_t:"plant resources"'), []);
  });

  it('allows as many moves as the slop says', async () => {
    // "plant genetic resources": one word between, one move.
    assert.deepEqual(await ids('title_t:"plant resources"~1'), ['d1']);
  });
});

describe('mock-api engine: ranges', () => {
  it('includes the ends of [a TO b] and excludes those of {a TO b}', async () => {
    assert.deepEqual(await ids('amount_i:[3 TO 7]'), ['d1', 'd3', 'd5']);
    assert.deepEqual(await ids('amount_i:{3 TO 7}'), ['d1']);
    assert.deepEqual(await ids('amount_i:[3 TO 7}'), ['d1', 'd3']);
  });

  it('leaves an end open with *', async () => {
    assert.deepEqual(await ids('amount_i:[10 TO *]'), ['d2']);
    assert.deepEqual(await ids('amount_i:[* TO 1]'), ['d6']);
  });

  it('compares dates, and reads date math against the request time', async () => {
    assert.deepEqual(await ids('updatedDate_dt:[2019-01-01T00:00:00Z TO *]'), ['d1', 'd2', 'd5']);
    // NOW is 2020-06-15T12:00Z (fixture.ts): one year back is 2019-06-15T12:00Z.
    assert.deepEqual(await ids('updatedDate_dt:[NOW-1YEAR TO NOW]'), ['d2', 'd5']);
    assert.deepEqual(await ids('updatedDate_dt:[NOW/YEAR TO NOW]'), ['d5'], 'rounded down to 2020-01-01');
  });
});

describe('mock-api engine: wildcards', () => {
  it('reads * as any run of characters and ? as exactly one', async () => {
    assert.deepEqual(await ids('title_t:gen*'), ['d1', 'd2']);
    assert.deepEqual(await ids('schema_s:abs*'), ['d1', 'd2', 'd5']);
    assert.deepEqual(await ids('government_s:?e'), ['d3', 'd4']);
    assert.deepEqual(await ids('title_t:pl?nt'), ['d1', 'd5']);
    assert.deepEqual(await ids('title_t:pl?t'), []);
  });
});

describe('mock-api engine: boolean operators', () => {
  it('AND, OR and NOT', async () => {
    assert.deepEqual(await ids('schema_s:absPermit AND government_s:in'), ['d1', 'd2']);
    assert.deepEqual(await ids('schema_s:absPermit OR government_s:ke'), ['d1', 'd2', 'd3', 'd4', 'd5']);
    assert.deepEqual(await ids('schema_s:absPermit NOT government_s:in'), ['d5']);
    assert.deepEqual(await ids('schema_s:absPermit AND NOT government_s:in'), ['d5']);
  });

  it('+ and - as required and prohibited clauses; a query of only prohibited clauses means all but those', async () => {
    assert.deepEqual(await ids('+schema_s:measure +government_s:fr'), ['d6']);
    assert.deepEqual(await ids('-schema_s:absPermit'), ['d3', 'd4', 'd6']);
    assert.deepEqual(await ids('+schema_s:measure -government_s:fr'), ['d3']);
  });

  it('gives AND and OR in one run the meaning Lucene gives them (a AND b OR c is +a +b c), and parentheses group', async () => {
    assert.deepEqual(await ids('schema_s:measure AND government_s:ke OR government_s:fr'), ['d3']);
    assert.deepEqual(await ids('(schema_s:measure AND government_s:ke) OR government_s:fr'), ['d3', 'd5', 'd6']);
    assert.deepEqual(await ids('schema_s:(measure authority) AND government_s:ke'), ['d3', 'd4'], 'a field applies to a group');
  });

  it('joins bare clauses by q.op: OR by default, AND when asked', async () => {
    assert.deepEqual(await ids('schema_s:absPermit government_s:in'), ['d1', 'd2', 'd5']);
    assert.deepEqual(await ids('schema_s:absPermit government_s:in', { 'q.op': 'AND' }), ['d1', 'd2']);
    assert.deepEqual(await ids('{!q.op=AND}schema_s:absPermit government_s:in'), ['d1', 'd2'], 'a local q.op wins');
  });

  it('reads unfielded terms in df', async () => {
    assert.deepEqual(await ids('plant', { df: 'title_t' }), ['d1', 'd5']);
    assert.deepEqual(await ids('plant permit', { df: 'title_t', 'q.op': 'AND' }), ['d5']);
  });

  it('ANDs every fq with q, and ignores a blank fq', async () => {
    assert.deepEqual(await ids('*:*', { fq: ['realm_ss:abs', 'schema_s:absPermit', ' '] }), ['d1', 'd2', 'd5']);
    assert.deepEqual(await ids('title_t:genetic', { fq: 'government_s:in' }), ['d1', 'd2']);
    assert.deepEqual(await ids('title_t:genetic', { fq: ['government_s:in', '-confidential_b:true'] }), ['d2']);
  });
});

describe('mock-api engine: a split unquoted term', () => {
  it('is its tokens joined by q.op in stock Solr, and a phrase in the autophrase=1 world', async () => {
    // "plant-breeding" is two tokens: plant, breeding.
    assert.deepEqual(await ids('title_t:plant-breeding'), ['d1', 'd5']);
    assert.deepEqual(await ids('title_t:plant-breeding', { 'q.op': 'AND' }), ['d5']);
    const { body } = await get({ q: 'title_t:plant-breeding', fl: 'id', sort: 'id asc' }, 'autophrase=1');
    assert.deepEqual(body.response.docs.map((doc) => doc.id), ['d5']);
  });
});

describe('mock-api engine: bad queries are the caller\'s 400, naming the parameter', () => {
  for (const [param, value] of [
    ['q', 'title_t:(plant'],
    ['q', 'amount_i:[1 TO'],
    ['fq', 'schema_s:"open'],
    ['q', '{!dismax}plant'],
  ] as const) {
    it(`${param}=${value}`, async () => {
      const { status, body } = await get(param === 'q' ? { q: value } : { q: '*:*', fq: value });
      assert.equal(status, 400);
      assert.equal(body.code, 'invalidParameter');
      assert.deepEqual(body.fields, [param]);
      assert.ok(body.message, 'a message says what is wrong');
    });
  }
});
