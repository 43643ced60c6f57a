/**
 * The questions no public source settles about the real API, each asked with one or two requests
 * (the checks that settle them, in the order of the library's fidelity audit). Every answer is a
 * fact about the API in front of us; the library copes with either answer, so these rows inform a
 * maintainer and never fail the check on their own.
 */
import { F } from '../../src/api/fields.ts';
import { docs, isObject, nonSupportedParams, numFound, request, urlOf, type Probe } from './http.ts';

const INDEX = '/api/v2013/index/select';
const IRCC = 'absPermit';

export interface WorldRow {
  question: string;
  answer: string;
  ms: number;
}

type Ask = (base: string, sample: Sample) => Promise<WorldRow>;

/** A real certificate to ask about: its identifier and UID, found once. */
export interface Sample {
  identifier?: string;
  uid?: string;
}

export async function findSample(base: string): Promise<Sample> {
  const probe = await request(urlOf(base, INDEX, { q: `${F.schema}:${IRCC}`, fl: `${F.identifier},${F.uniqueIdentifier}`, rows: 1 }));
  const doc = docs(probe)[0];
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return { identifier: text(doc?.[F.identifier]), uid: text(doc?.[F.uniqueIdentifier]) };
}

const failed = (probe: Probe): string => (probe.error ? `no answer (${probe.error})` : `HTTP ${probe.status}`);

const repeatedKeys: Ask = async (base) => {
  // Two filters no record meets together: kept both, nothing is found; kept the last, the measures are.
  const question = 'repeated GET keys (fq=a&fq=b)';
  const [both, last] = await Promise.all([
    request(urlOf(base, INDEX, { q: '*:*', fq: [`${F.schema}:${IRCC}`, `${F.schema}:measure`], rows: 0 })),
    request(urlOf(base, INDEX, { q: '*:*', fq: `${F.schema}:measure`, rows: 0 })),
  ]);
  const [a, b] = [numFound(both), numFound(last)];
  if (a === undefined) return { question, answer: failed(both), ms: both.ms };
  const answer = a === 0 ? 'every value is kept' : a === b ? 'only the last value is kept' : `differs (${a} found)`;
  return { question, answer, ms: both.ms };
};

const keyedFacets: Ask = async (base) => {
  const probe = await request(
    urlOf(base, INDEX, {
      q: '*:*',
      fq: `{!tag=s}${F.schema}:${IRCC}`,
      rows: 0,
      facet: true,
      'facet.query': `{!key=probe}${F.schema}:${IRCC}`,
      'facet.field': `{!ex=s key=probeField}${F.schema}`,
      'facet.limit': 3,
    }),
  );
  const counts = isObject(probe.json) && isObject(probe.json.facet_counts) ? probe.json.facet_counts : undefined;
  if (!counts) return { question: 'local params {!key} {!tag} {!ex}', answer: failed(probe), ms: probe.ms };
  const queries = isObject(counts.facet_queries) ? Object.keys(counts.facet_queries) : [];
  const fields = isObject(counts.facet_fields) ? Object.keys(counts.facet_fields) : [];
  const honoured = queries.includes('probe') && fields.includes('probeField');
  const answer = honoured ? 'honoured' : `not honoured (facet keys: ${[...queries, ...fields].join(', ') || 'none'})`;
  return { question: 'local params {!key} {!tag} {!ex}', answer, ms: probe.ms };
};

const highlighting: Ask = async (base) => {
  const probe = await request(
    urlOf(base, INDEX, {
      q: 'title_EN_t:certificate',
      rows: 1,
      hl: true,
      'hl.fl': 'title_EN_t',
      'hl.snippets': 1,
      'hl.fragsize': 160,
      'hl.simple.pre': '<em>',
      'hl.simple.post': '</em>',
    }),
  );
  if (numFound(probe) === undefined) return { question: 'highlighting (hl, hl.fragsize, hl.simple.*)', answer: failed(probe), ms: probe.ms };
  const ignored = nonSupportedParams(probe).filter((name) => name.startsWith('hl'));
  const present = isObject(probe.json) && isObject(probe.json.highlighting);
  const answer = `${present ? 'answered' : 'no highlighting'}${ignored.length ? `; ignored: ${ignored.join(' ')}` : ''}`;
  return { question: 'highlighting (hl, hl.fragsize, hl.simple.*)', answer, ms: probe.ms };
};

const acceptHeader: Ask = async (base, sample) => {
  const question = 'documents/{id} with Accept text/* vs application/json';
  if (!sample.identifier) return { question, answer: 'no certificate to ask for', ms: 0 };
  const url = urlOf(base, `/api/v2013/documents/${encodeURIComponent(sample.identifier)}`, { info: true });
  const [text, json] = await Promise.all([request(url, { headers: { Accept: 'text/*' } }), request(url)]);
  const describe = (probe: Probe) => `${probe.status}${probe.json === undefined ? ' (not JSON)' : ''}`;
  return { question, answer: `text/*: ${describe(text)}; application/json: ${describe(json)}`, ms: json.ms };
};

const splitWords: Ask = async (base, sample) => {
  const question = 'a hyphenated UID, unquoted vs quoted';
  if (!sample.uid) return { question, answer: 'no certificate to ask for', ms: 0 };
  const escaped = sample.uid.replace(/-/g, '\\-');
  const [plain, quoted] = await Promise.all([
    request(urlOf(base, INDEX, { q: `uniqueIdentifier_t:${escaped}`, rows: 0 })),
    request(urlOf(base, INDEX, { q: `uniqueIdentifier_t:"${sample.uid}"`, rows: 0 })),
  ]);
  const [a, b] = [numFound(plain), numFound(quoted)];
  if (a === undefined || b === undefined) return { question, answer: failed(a === undefined ? plain : quoted), ms: plain.ms };
  const answer = a === b ? `both find ${b} (split words become phrases)` : `unquoted finds ${a}, quoted ${b} (split words are OR'ed)`;
  return { question, answer, ms: plain.ms };
};

const titleFallback: Ask = async (base) => {
  const question = 'title_XX_t of records without a translation';
  const probe = await request(urlOf(base, INDEX, { q: `${F.schema}:${IRCC}`, fl: 'title_EN_t,title_AR_t,title_FR_t', rows: 50 }));
  const list = docs(probe);
  if (numFound(probe) === undefined) return { question, answer: failed(probe), ms: probe.ms };
  const english = list.filter((doc) => doc.title_EN_t !== undefined);
  const copied = english.filter((doc) => doc.title_AR_t === doc.title_EN_t).length;
  const missing = english.filter((doc) => doc.title_AR_t === undefined).length;
  return { question, answer: `of ${english.length} English titles, Arabic holds the English text in ${copied}, is missing in ${missing}`, ms: probe.ms };
};

const longUrl: Ask = async (base) => {
  const words = Array.from({ length: 400 }, (_, i) => `title_EN_t:word${i}`).join(' OR ');
  const url = urlOf(base, INDEX, { q: words, rows: 0 });
  const probe = await request(url);
  return { question: `a GET of ${Math.round(url.length / 1024)} KB`, answer: numFound(probe) === undefined ? failed(probe) : 'answered', ms: probe.ms };
};

const errorCors: Ask = async (base) => {
  const probe = await request(urlOf(base, '/api/v2013/countries/ZZ'), { headers: { Origin: 'https://example.org' } });
  const allow = probe.headers.get('access-control-allow-origin');
  return { question: 'CORS headers on a 404', answer: `${failed(probe)}, Access-Control-Allow-Origin: ${allow ?? 'absent'}`, ms: probe.ms };
};

const groupLimitZero: Ask = async (base) => {
  const probe = await request(
    urlOf(base, INDEX, { q: `${F.government}:ke`, rows: 11, group: true, 'group.field': F.groupGovernmentSchema, 'group.limit': 0, 'group.ngroups': true }),
  );
  const grouped = isObject(probe.json) && isObject(probe.json.grouped);
  return { question: 'group.limit=0', answer: grouped ? 'answered' : failed(probe), ms: probe.ms };
};

const postJson: Ask = async (base) => {
  const body = { q: '*:*', fq: [`${F.realm}:abs`, `${F.schema}:${IRCC}`], rows: 0 };
  const [post, get] = await Promise.all([
    request(urlOf(base, '/api/v2013/index'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    request(urlOf(base, INDEX, { q: '*:*', fq: `(${body.fq[0]}) AND (${body.fq[1]})`, rows: 0 })),
  ]);
  const [a, b] = [numFound(post), numFound(get)];
  const answer = a === undefined ? failed(post) : a === b ? `answered, same count as GET (${a})` : `answered ${a}, GET ${b ?? '?'}`;
  return { question: 'POST of JSON arrays to /api/v2013/index', answer, ms: post.ms };
};

const issueDates: Ask = async (base) => {
  const probe = await request(urlOf(base, INDEX, { q: `${F.schema}:${IRCC}`, fl: 'date_dt', rows: 3, sort: 'date_dt desc' }));
  const values = docs(probe).map((doc) => String(doc.date_dt));
  return { question: 'stored time of day of date_dt', answer: values.length ? values.join(' ') : failed(probe), ms: probe.ms };
};

export const WORLD_PROBES: readonly Ask[] = [
  repeatedKeys,
  keyedFacets,
  highlighting,
  acceptHeader,
  splitWords,
  titleFallback,
  longUrl,
  errorCors,
  groupLimitZero,
  postJson,
  issueDates,
];
