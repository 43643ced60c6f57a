import type { SearchIndex } from '../engine/index.js';
import { invalidParameter, type ApiResult } from '../http.js';
import type { Family, World } from '../switches.js';
import type { Country } from '../types.js';
import { countriesRoute } from './countries.js';
import { documentsRoute, type DocumentStore } from './documents.js';
import { indexRoute } from './index-route.js';
import { thesaurusRoute, type Thesaurus } from './thesaurus.js';

/** Paths exactly as on api.cbd.int, each with its endpoint family (what `only=` switches select). */
export interface RouteDeps {
  index: SearchIndex;
  documents: DocumentStore;
  countries: readonly Country[];
  thesaurus: Thesaurus;
  now: () => Date;
}

export interface Route {
  family: Family;
  methods: readonly string[];
  run(request: Request, url: URL, world: World): Promise<ApiResult> | ApiResult;
}

const API_PREFIX = '/api/v2013/';
const READ = ['GET', 'HEAD'];

function segmentsOf(path: string): string[] | undefined {
  try {
    return path.split('/').filter((s) => s !== '').map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
}

export function resolveRoute(path: string, deps: RouteDeps): Route | undefined {
  if (!path.startsWith(API_PREFIX)) return undefined;
  const segments = segmentsOf(path.slice(API_PREFIX.length));
  if (segments === undefined) {
    return { family: 'documents', methods: READ, run: () => invalidParameter('identifier', 'Invalid URL encoding') };
  }
  const [head, ...rest] = segments;
  switch (head) {
    case 'index':
      if (rest.length > 1 || (rest.length === 1 && rest[0] !== 'select')) return undefined;
      return { family: 'index', methods: ['GET', 'HEAD', 'POST'], run: (request, url, world) => indexRoute(request, url, deps.index, deps.now(), world) };
    case 'documents':
      if (rest.length === 0) return undefined;
      return { family: 'documents', methods: READ, run: (_request, url) => documentsRoute(deps.documents, rest, url) };
    case 'countries':
      return { family: 'countries', methods: READ, run: (_request, url, world) => countriesRoute(deps.countries, rest, url, world) };
    case 'thesaurus':
      return { family: 'thesaurus', methods: READ, run: () => thesaurusRoute(deps.thesaurus, rest) };
    default:
      return undefined;
  }
}
