/**
 * The one error type of the query engine. The HTTP layer turns it into the real API's 400 body
 * (`{statusCode:400, code:"invalidParameter", fields:[param], message}`), so a bad query is never a 500
 * and never a silent empty result.
 */
export class QueryError extends Error {
  /** the request parameter at fault (`q`, `fq`, `sort`, `rows`, …) */
  readonly param: string;

  constructor(param: string, message: string) {
    super(message);
    this.name = 'QueryError';
    this.param = param;
  }

  /** the same error blamed on another parameter (a sub-query parsed for `fq` or `facet.query`) */
  withParam(param: string): QueryError {
    return param === this.param ? this : new QueryError(param, this.message);
  }
}
