/** What can go wrong between an element and the API, in terms an element can explain to a person. */
export type ApiErrorKind =
  /** no answer: offline, DNS, CORS refused, connection reset */
  | 'network'
  /** no answer within the timeout */
  | 'timeout'
  /** the API answered 404 */
  | 'not-found'
  /** the API answered 429 after our retries */
  | 'rate-limited'
  /** any other 4xx/5xx after our retries */
  | 'http'
  /** a 200 whose body is not JSON */
  | 'malformed'
  /** JSON, but not of the shape the endpoint documents */
  | 'shape';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    /** the HTTP status, or 0 when there was no HTTP answer */
    readonly status: number,
    message: string,
  ) {
    super(message);
  }

  /**
   * Whether trying again later may give another answer: not for a 404 or another 4xx, but yes for
   * an unreadable 200, which is as often a proxy's or a half-delivered page as a changed API.
   */
  get retryable(): boolean {
    return this.kind !== 'not-found' && !(this.kind === 'http' && this.status >= 400 && this.status < 500);
  }
}

/** An abort caused by the element itself (a newer request replaced this one): never shown. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
