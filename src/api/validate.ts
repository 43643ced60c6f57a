/**
 * Checks that a JSON answer has the shape the endpoint documents before an element reads it: a
 * 200 with the wrong body (a proxy's page, a changed API) becomes a clear 'shape' error instead of
 * a TypeError deep inside a template.
 */
import { ApiError } from './errors.js';
import type { Country, DocList, GroupedField } from './types.js';

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function shapeError(what: string): ApiError {
  return new ApiError('shape', 200, `The API's answer is not a valid ${what}.`);
}

export function asCountry(value: unknown): Country {
  if (!isRecord(value) || typeof value.code !== 'string' || !isRecord(value.name)) throw shapeError('country');
  return {
    code: value.code,
    name: value.name as Country['name'],
    treaties: isRecord(value.treaties) ? (value.treaties as Country['treaties']) : {},
  };
}

/** A list of countries; one odd entry is left out rather than hiding the other two hundred. */
export function asCountries(value: unknown): Country[] {
  if (!Array.isArray(value)) throw shapeError('list of countries');
  const countries = value.flatMap((item: unknown) => {
    try {
      return [asCountry(item)];
    } catch {
      return [];
    }
  });
  if (value.length > 0 && countries.length === 0) throw shapeError('list of countries');
  return countries;
}

export function asDocList(value: unknown, what: string): DocList {
  if (!isRecord(value) || typeof value.numFound !== 'number' || !Array.isArray(value.docs) || !value.docs.every(isRecord)) {
    throw shapeError(what);
  }
  return { numFound: value.numFound, start: typeof value.start === 'number' ? value.start : 0, docs: value.docs };
}

/** `grouped[field]` of a grouped index answer. */
export function asGrouped(value: unknown, field: string): GroupedField {
  const grouped = isRecord(value) && isRecord(value.grouped) ? value.grouped[field] : undefined;
  if (!isRecord(grouped) || !Array.isArray(grouped.groups)) throw shapeError('grouped search result');
  return {
    matches: typeof grouped.matches === 'number' ? grouped.matches : 0,
    ngroups: typeof grouped.ngroups === 'number' ? grouped.ngroups : undefined,
    groups: grouped.groups.map((group: unknown) => {
      if (!isRecord(group)) throw shapeError('grouped search result');
      return {
        groupValue: typeof group.groupValue === 'string' ? group.groupValue : null,
        doclist: asDocList(group.doclist, 'grouped search result'),
      };
    }),
  };
}
