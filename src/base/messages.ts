/** The user-facing explanation of a failure, in the interface language. */
import { msg, str } from '@lit/localize';
import { ApiError } from '../api/errors.js';
import type { AbschErrorDetail } from './events.js';

export interface Failure extends AbschErrorDetail {
  /** whether a retry button can help */
  retryable: boolean;
}

export function describeFailure(error: unknown): Failure {
  if (!(error instanceof ApiError)) {
    return { kind: 'network', status: 0, retryable: true, message: msg('Something went wrong while loading the data.', { id: 'error-unknown' }) };
  }
  const base = { kind: error.kind, status: error.status, retryable: error.retryable };
  switch (error.kind) {
    case 'network':
      return { ...base, message: msg('The Clearing-House could not be reached. Check your connection and try again.', { id: 'error-network' }) };
    case 'timeout':
      return { ...base, message: msg('The Clearing-House took too long to answer.', { id: 'error-timeout' }) };
    case 'rate-limited':
      return { ...base, message: msg('The Clearing-House is receiving too many requests. Please try again in a moment.', { id: 'error-rate-limited' }) };
    case 'not-found':
      return { ...base, message: msg('The Clearing-House has no such information.', { id: 'error-not-found' }) };
    case 'malformed':
    case 'shape':
      return { ...base, message: msg('The Clearing-House sent an answer that cannot be read.', { id: 'error-unreadable' }) };
    default:
      return { ...base, message: msg(str`The Clearing-House answered with an error (${error.status}).`, { id: 'error-http' }) };
  }
}

/** A problem with an element's own attributes: explained to the user, never sent to the API. */
export class InputProblem extends Error {}

export function invalidInput(message: string): Failure {
  return { kind: 'invalid-input', status: 0, retryable: false, message };
}
