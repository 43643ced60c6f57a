/**
 * Checks that a JSON answer has the shape the endpoint documents before an element reads it: a
 * 200 with the wrong body (a proxy's page, a changed API) becomes a clear 'shape' error instead of
 * a TypeError deep inside a template. Index answers have their own reader (index-answer.ts).
 */
import { ApiError } from './errors.js';
import type { Country } from './types.js';

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
