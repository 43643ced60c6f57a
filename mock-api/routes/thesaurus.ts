import type { Term } from '../types.js';
import { notFound, type ApiResult } from '../http.js';

/**
 * `GET /api/v2013/thesaurus/domains/{idOrName}/terms` and `/thesaurus/terms/{id}`. Domain ids and
 * names match case-insensitively (SCBD code writes GUIDs in both cases); term ids exactly first.
 */
export class Thesaurus {
  private readonly domains = new Map<string, Term[]>();
  private readonly terms = new Map<string, Term>();

  constructor(domains: Readonly<Record<string, Term[]>>) {
    for (const [id, terms] of Object.entries(domains)) {
      this.domains.set(id.toUpperCase(), terms);
      for (const term of terms) {
        if (!this.terms.has(term.identifier)) this.terms.set(term.identifier, term);
      }
    }
  }

  domain(id: string): Term[] | undefined {
    return this.domains.get(id.toUpperCase());
  }

  term(id: string): Term | undefined {
    return this.terms.get(id) ?? this.terms.get(id.toUpperCase()) ?? this.terms.get(id.toLowerCase());
  }
}

/** `rest` = path segments after `thesaurus/`. */
export function thesaurusRoute(thesaurus: Thesaurus, rest: string[]): ApiResult {
  const [kind, id, sub] = rest;
  if (kind === 'domains' && id !== undefined && sub === 'terms' && rest.length === 3) {
    const terms = thesaurus.domain(id);
    return terms ? { status: 200, body: terms } : notFound('Domain not found');
  }
  if (kind === 'terms' && id !== undefined && rest.length === 2) {
    const term = thesaurus.term(id);
    return term ? { status: 200, body: term } : notFound('Term not found');
  }
  return notFound();
}
