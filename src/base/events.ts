/** The events every element fires: bubbling and composed, so a host listens anywhere above. */
import type { ApiErrorKind } from '../api/errors.js';

export interface AbschLoadDetail {
  /** what was loaded, e.g. `{country: 'KE', total: 117}` for a profile */
  [key: string]: unknown;
}

export interface AbschErrorDetail {
  /** the HTTP status, 0 when there was no HTTP answer (network, timeout) or no request (bad input) */
  status: number;
  kind: ApiErrorKind | 'invalid-input';
  /** the message shown to the user, in the element's language */
  message: string;
}

export interface AbschSelectDetail {
  /** the record's unique identifier, upper-case (`ABSCH-IRCC-IN-207343-1`) */
  uid: string;
  schema: string;
  /** the portal URL the link opens when the event is not cancelled */
  url: string;
}

/** `absch-export` (the certificate list's CSV file). */
export interface AbschExportDetail {
  filename: string;
  /** rows of certificates in the file (the header not counted) */
  total: number;
  /** `text/csv;charset=utf-8`, with a byte order mark */
  blob: Blob;
}

/** The events by name; they bubble and are composed, so a listener on document or window gets them too. */
interface AbschEventMap {
  'absch-export': CustomEvent<AbschExportDetail>;
  'absch-load': CustomEvent<AbschLoadDetail>;
  'absch-error': CustomEvent<AbschErrorDetail>;
  'absch-select': CustomEvent<AbschSelectDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging our events into the DOM's maps
  interface HTMLElementEventMap extends AbschEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends AbschEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends AbschEventMap {}
}
