/**
 * What mock-api's engine does with the documents a query found: facets (field, query, pivot),
 * grouping, sorting, paging and highlighting, with Solr's defaults, on the six documents of
 * fixture.ts (expected values worked out by hand).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { get, order, type Params } from './fixture.ts';

const facets = async (params: Params) => {
  const { status, body } = await get({ q: '*:*', rows: 0, facet: 'true', ...params });
  assert.equal(status, 200, body.message);
  return body.facet_counts;
};

describe('mock-api engine: field facets', () => {
  it('count each value once per document, most frequent first, ties in index order', async () => {
    const { facet_fields } = await facets({ 'facet.field': ['schema_s', 'government_s'] });
    assert.deepEqual(facet_fields.schema_s, ['absPermit', 3, 'measure', 2, 'authority', 1]);
    assert.deepEqual(facet_fields.government_s, ['fr', 2, 'in', 2, 'ke', 2]);
  });

  it('count what q and fq leave', async () => {
    const { facet_fields } = await facets({ fq: 'government_s:in', 'facet.field': 'schema_s' });
    assert.deepEqual(facet_fields.schema_s, ['absPermit', 2, 'authority', 0, 'measure', 0]);
  });

  it('follow facet.mincount, facet.limit, facet.offset, facet.prefix and facet.sort, per field with f.<field>.', async () => {
    assert.deepEqual((await facets({ 'facet.field': 'schema_s', 'facet.limit': 2 })).facet_fields.schema_s, ['absPermit', 3, 'measure', 2]);
    assert.deepEqual((await facets({ 'facet.field': 'schema_s', 'facet.offset': 1 })).facet_fields.schema_s, ['measure', 2, 'authority', 1]);
    assert.deepEqual((await facets({ 'facet.field': 'schema_s', 'facet.prefix': 'a' })).facet_fields.schema_s, ['absPermit', 3, 'authority', 1]);
    assert.deepEqual((await facets({ 'facet.field': 'schema_s', 'facet.sort': 'index' })).facet_fields.schema_s, ['absPermit', 3, 'authority', 1, 'measure', 2]);
    const perField = await facets({ fq: 'government_s:ke', 'facet.field': ['schema_s', 'government_s'], 'f.schema_s.facet.mincount': 1, 'facet.limit': -1 });
    assert.deepEqual(perField.facet_fields.schema_s, ['authority', 1, 'measure', 1]);
    assert.deepEqual(perField.facet_fields.government_s, ['fr', 0, 'in', 0, 'ke', 2], 'facet.limit=-1 sorts by index');
  });

  it('facet a multi-valued field per value and a text field per token', async () => {
    // realm_ss matches case-insensitively (fixture.ts), so its indexed terms are the lower-cased values.
    assert.deepEqual((await facets({ 'facet.field': 'realm_ss' })).facet_fields.realm_ss, ['abs', 5, 'chm', 2]);
    const tokens = (await facets({ fq: 'government_s:in', 'facet.field': 'title_t', 'facet.mincount': 2 })).facet_fields.title_t;
    assert.deepEqual(tokens, ['genetic', 2, 'resources', 2]);
  });

  it('name the facet by {!key=…}, and count as if the filters tagged in {!ex=…} were absent', async () => {
    const { facet_fields } = await facets({ fq: '{!tag=g}government_s:in', 'facet.field': ['{!ex=g key=all}government_s', 'government_s'], 'facet.mincount': 1 });
    assert.deepEqual(facet_fields.all, ['fr', 2, 'in', 2, 'ke', 2]);
    assert.deepEqual(facet_fields.government_s, ['in', 2]);
  });

  it('refuse an unknown field name with a 400', async () => {
    const { status, body } = await get({ q: '*:*', facet: 'true', 'facet.field': 'no such field' });
    assert.equal(status, 400);
    assert.deepEqual(body.fields, ['facet.field']);
  });
});

describe('mock-api engine: query facets', () => {
  it('count the documents each query finds among those q and fq leave, under its key or its own text', async () => {
    const { facet_queries } = await facets({
      fq: 'realm_ss:abs',
      'facet.query': ['confidential_b:true', '{!key=recent}updatedDate_dt:[2019-01-01T00:00:00Z TO *]', 'schema_s:measure'],
    });
    assert.deepEqual(facet_queries, { 'confidential_b:true': 2, recent: 3, 'schema_s:measure': 1 });
  });
});

describe('mock-api engine: pivot facets', () => {
  it('nest counts field by field, leaving out zero counts (facet.pivot.mincount 1)', async () => {
    const { facet_pivot } = await facets({ fq: 'schema_s:(absPermit measure)', 'facet.pivot': 'schema_s,government_s' });
    assert.deepEqual(facet_pivot!['schema_s,government_s'], [
      { field: 'schema_s', value: 'absPermit', count: 3, pivot: [{ field: 'government_s', value: 'in', count: 2 }, { field: 'government_s', value: 'fr', count: 1 }] },
      { field: 'schema_s', value: 'measure', count: 2, pivot: [{ field: 'government_s', value: 'fr', count: 1 }, { field: 'government_s', value: 'ke', count: 1 }] },
    ]);
  });

  it('keep a boolean value a boolean', async () => {
    const { facet_pivot } = await facets({ fq: 'government_s:fr', 'facet.pivot': 'government_s,confidential_b' });
    assert.deepEqual(facet_pivot!['government_s,confidential_b']![0]!.pivot, [
      { field: 'confidential_b', value: false, count: 1 },
      { field: 'confidential_b', value: true, count: 1 },
    ]);
  });
});

describe('mock-api engine: sorting', () => {
  it('sorts by a field either way, missing values last both ways, ties by id', async () => {
    assert.deepEqual(await order({ sort: 'amount_i asc' }), ['d6', 'd3', 'd1', 'd5', 'd2', 'd4']);
    assert.deepEqual(await order({ sort: 'amount_i desc' }), ['d2', 'd5', 'd1', 'd3', 'd6', 'd4']);
    assert.deepEqual(await order({ sort: 'government_s asc, updatedDate_dt desc' }), ['d5', 'd6', 'd2', 'd1', 'd3', 'd4']);
  });

  it('puts the best match first when q has scored terms and no sort is given, and keeps index order otherwise', async () => {
    assert.deepEqual(await order({ q: '*:*' }), ['d1', 'd2', 'd3', 'd4', 'd5', 'd6']);
    // "plant" twice in d5's title would score higher; here both have it once and d5's title is shorter (Lucene's length norm).
    assert.deepEqual(await order({ q: 'title_t:plant' }), ['d5', 'd1']);
  });

  it('refuses a tokenized or multi-valued field, or a missing direction, with a 400', async () => {
    for (const sort of ['title_t asc', 'realm_ss asc', 'amount_i', 'amount_i up']) {
      const { status, body } = await get({ q: '*:*', sort });
      assert.equal(status, 400, sort);
      assert.deepEqual(body.fields, ['sort'], sort);
    }
  });
});

describe('mock-api engine: paging and fields', () => {
  it('pages with start and rows, numFound counting every match', async () => {
    const { body } = await get({ q: '*:*', sort: 'id asc', start: 4, rows: 10, fl: 'id' });
    assert.equal(body.response.numFound, 6);
    assert.equal(body.response.start, 4);
    assert.deepEqual(body.response.docs, [{ id: 'd5' }, { id: 'd6' }]);
    assert.deepEqual((await get({ q: '*:*', start: 10 })).body.response.docs, []);
  });

  it('shows 10 rows by default and the fields fl names', async () => {
    const { body } = await get({ q: 'schema_s:measure', sort: 'id asc', fl: 'id,government_s' });
    assert.deepEqual(body.response.docs, [{ id: 'd3', government_s: 'ke' }, { id: 'd6', government_s: 'fr' }]);
  });

  it('refuses rows or start that are not whole numbers from 0 with a 400 naming them', async () => {
    for (const [param, value] of [['rows', '-1'], ['start', 'two']] as const) {
      const { status, body } = await get({ q: '*:*', [param]: value });
      assert.equal(status, 400, param);
      assert.deepEqual(body.fields, [param]);
    }
  });

  it('lists the parameters it does not read in nonSupportedParams, without failing', async () => {
    const { status, body } = await get({ q: '*:*', rows: 0, defType: 'edismax', 'f.schema_s.facet.limit': 1 });
    assert.equal(status, 200);
    assert.deepEqual(body.nonSupportedParams, ['defType']);
  });
});

describe('mock-api engine: grouping', () => {
  it('orders groups by their best document, shows group.limit documents each, and counts the whole group', async () => {
    const { body } = await get({ q: '*:*', group: 'true', 'group.field': 'government_s', 'group.ngroups': 'true', sort: 'updatedDate_dt desc', fl: 'id' });
    const result = body.grouped.government_s!;
    assert.equal(result.matches, 6);
    assert.equal(result.ngroups, 3);
    assert.deepEqual(
      result.groups.map((g) => [g.groupValue, g.doclist.numFound, g.doclist.docs.map((d) => d.id)]),
      [['fr', 2, ['d5']], ['in', 2, ['d2']], ['ke', 2, ['d3']]],
    );
  });

  it('follows group.limit, group.sort, and pages the groups with start and rows', async () => {
    const { body } = await get({ q: '*:*', group: 'true', 'group.field': 'government_s', sort: 'id asc', 'group.limit': -1, 'group.sort': 'amount_i desc', start: 1, rows: 1, fl: 'id' });
    assert.deepEqual(body.grouped.government_s!.groups.map((g) => [g.groupValue, g.doclist.docs.map((d) => d.id)]), [['ke', ['d3', 'd4']]]);
    assert.equal(body.grouped.government_s!.ngroups, undefined, 'ngroups only when asked');
  });

  it('refuses a multi-valued group field and a missing one with a 400', async () => {
    assert.equal((await get({ q: '*:*', group: 'true', 'group.field': 'realm_ss' })).status, 400);
    assert.deepEqual((await get({ q: '*:*', group: 'true' })).body.fields, ['group.field']);
  });
});

describe('mock-api engine: highlighting', () => {
  it('marks the query terms in hl.fl, for the documents shown, with <em> by default', async () => {
    const { body } = await get({ q: 'title_t:plant', hl: 'true', 'hl.fl': 'title_t', fl: 'id' });
    assert.deepEqual(body.highlighting, { d5: { title_t: ['<em>Plant</em> breeding permit'] }, d1: { title_t: ['Access to <em>plant</em> genetic resources'] } });
  });
});
