import { msg, str } from '@lit/localize';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError } from '../../api/errors.js';
import type { AbschLoadDetail } from '../../base/events.js';
import { headingLevel } from '../../base/heading.js';
import { InputProblem, describeFailure, invalidInput, type Failure } from '../../base/messages.js';
import { baseStyles } from '../../base/styles.js';
import { AbschViewElement } from '../../base/view-element.js';
import { linkTarget } from '../../base/link-target.js';
import { formatDate, parseDate } from '../../i18n/format.js';
import type { LoadedRecord } from './record-data.js';
import { clippedForMessage, uidOf } from './record-identity.js';
import { DeletedRecord, loadRecord, recordView } from './record-load.js';
import type { RecordHost } from './record-view.js';
import { recordStyles } from './record.styles.js';

/** Fields in the skeleton: about those of a certificate or a measure, the records people open most. */
const SKELETON_FIELDS = 16;

type RecordArgs = readonly [uid: string, withReferences: boolean, ...config: unknown[]];

/**
 * One record of the ABS Clearing-House, as the portal's record page shows it: a certificate (IRCC),
 * a competent national authority, a measure, a checkpoint, a checkpoint communiqué, a focal point,
 * an ABS procedure, a database, or any other record type through a generic layout. Linked records are named (the certificate's issuing
 * authority, the communiqué's checkpoint), record text is sanitized, and "Referenced by" lists the
 * records that point at this one, by type and by the field that points.
 *
 * Requests: the record (`documents/{id}?info=true`, whose `body` is the record; for a UID
 * `{documentID}@{revision}`, the revision it names, as the portal asks), one index query
 * for "referenced by", one `documents/{GUID@rev}?info=true` per distinct linked record to name, one
 * `countries/{CODE}` per country shown and one thesaurus term per term that has no built-in name;
 * all shared and cached by URL, none twice.
 *
 * @tag absch-record
 * @summary One ABSCH record with its linked records and what references it.
 *
 * @fires absch-load - The record is shown. `detail`: `{uid, schema, referencedBy}` (`referencedBy`: the number of records that point here, `null` when not loaded).
 * @fires absch-error - The record could not be shown: a malformed, unknown or deleted identifier, or a failing API. `detail`: `{status, kind, message}`.
 * @fires absch-select - Cancelable. A linked or referencing record was activated. `detail`: `{uid, schema, url}`; cancel it to show the record in place (for example by setting `uid`).
 *
 * @csspart base - The whole record.
 * @csspart header - Record type, title and marks.
 * @csspart type - The record type.
 * @csspart title - The record's title.
 * @csspart badge - A mark such as "Revoked" or "Expired" (`data-badge` says which).
 * @csspart notice - A revocation, amendment or revision notice.
 * @csspart fallback-note - The note saying a text is shown in another language.
 * @csspart fields - The list of fields.
 * @csspart field - One field (label and value; `data-field` is the record's field name).
 * @csspart label - A field's label.
 * @csspart value - A field's value.
 * @csspart linked-record - A link to a linked record (issuing authority, checkpoint …).
 * @csspart referenced-by - The "Referenced by" section.
 * @csspart referenced-total - The number of records that refer to this one.
 * @csspart referenced-type - One record type in "Referenced by".
 * @csspart referenced-field - The field through which records of a type refer to this one.
 * @csspart referenced-records - A list of referencing records.
 * @csspart referenced-record - One referencing record.
 * @csspart show-all - The button that lists every referencing record of a group.
 * @csspart count - A count.
 * @csspart portal-link - The link to the record on the portal.
 * @csspart error - The error message.
 * @csspart retry - The retry button.
 */
export class AbschRecord extends AbschViewElement<RecordArgs, LoadedRecord, RecordHost> {
  static override styles = [baseStyles, recordStyles];

  /** The record: its UID (`ABSCH-IRCC-IN-207343-1`, any case; it opens the revision it names), its GUID, or `GUID@revision`. */
  @property() uid = '';

  /** Leaves out "Referenced by" (and its index query). */
  @property({ type: Boolean, attribute: 'hide-referenced-by' }) hideReferencedBy = false;

  /** Where portal links open: `_blank` or another window name; anything else is ignored, with a warning. Default: the same tab. */
  @property({ attribute: 'link-target' }) linkTarget = '';

  /** The level of the record's title, 1 to 6, so that it fits under the page's own headings; "Referenced by" and its groups follow one, two and three levels below. Default: 2. */
  @property({ attribute: 'heading-level' }) headingLevel = '';

  /** "Referenced by" groups whose every line is shown. */
  @state() private expanded = new Set<string>();

  protected readonly viewModule = recordView;
  protected readonly baseClass = 'record';

  // apiBase, appId and realm are arguments only so that changing them loads again.
  protected loadArgs() {
    return [this.uid, !this.hideReferencedBy, this.apiBase, this.appId, this.realm] as const;
  }

  protected loadData([uid, withReferences]: RecordArgs, signal: AbortSignal): Promise<LoadedRecord> {
    return loadRecord(this.apiConfig, uid, withReferences, signal);
  }

  protected loadDetail(loaded: LoadedRecord): AbschLoadDetail {
    return {
      uid: loaded.uid,
      schema: loaded.info.type,
      referencedBy: loaded.referencedBy && 'value' in loaded.referencedBy ? loaded.referencedBy.value.total : null,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('linkTarget')) linkTarget(this.linkTarget, this.localName);
    if (changed.has('uid') && this.expanded.size) this.expanded = new Set();
    if (changed.has('headingLevel')) headingLevel(this.headingLevel, 2, this.localName);
  }

  protected override failureOf(error: unknown): Failure {
    const value = this.uid.trim();
    if (error instanceof InputProblem) {
      return invalidInput(
        value === ''
          ? msg('No record is set. Give its unique identifier, such as ABSCH-IRCC-IN-207343-1.', { id: 'record-no-uid' })
          : msg(str`“${clippedForMessage(value)}” is not a record identifier. Give a unique identifier such as ABSCH-IRCC-IN-207343-1.`, { id: 'record-malformed-uid' }),
      );
    }
    if (error instanceof DeletedRecord) {
      const deleted = parseDate(error.info.deletedOn);
      const uid = uidOf(error.info);
      return {
        kind: 'not-found',
        status: 404,
        retryable: false,
        message: deleted
          ? msg(str`The record ${uid} was deleted on ${formatDate(deleted, this.locale)}; it is no longer published.`, { id: 'record-deleted-on' })
          : msg(str`The record ${uid} was deleted; it is no longer published.`, { id: 'record-deleted' }),
      };
    }
    if (error instanceof ApiError && (error.kind === 'not-found' || (error.kind === 'http' && error.status === 400))) {
      return { ...describeFailure(error), message: msg(str`No record with the identifier “${clippedForMessage(value)}” is published.`, { id: 'record-not-found' }) };
    }
    return describeFailure(error);
  }

  /** The layout of a record, in grey: its title and as many fields as a certificate or a measure shows, so that the page below stays in place. */
  protected renderSkeleton(): TemplateResult {
    return html`<div part="header" aria-hidden="true">
        <span class="skeleton type-line"></span>
        <span class="skeleton title-line"></span>
      </div>
      <div class="fields" aria-hidden="true">
        ${Array.from({ length: SKELETON_FIELDS }, () => html`<div class="field"><span class="skeleton label-line"></span><span class="skeleton value-line"></span></div>`)}
      </div>`;
  }

  protected viewHost(): RecordHost {
    return {
      locale: this.locale,
      portal: this.portal,
      linkTarget: linkTarget(this.linkTarget),
      headingLevel: headingLevel(this.headingLevel, 2),
      select: (event, detail) => this.selectRecord(event, detail),
      isExpanded: (key) => this.expanded.has(key),
      expand: (key) => void this.expand(key),
      failure: (failure) => this.renderFailure(failure, () => this.retry()),
    };
  }

  /** Shows every line of a group and moves focus to the first line that was hidden (the button goes away). */
  private async expand(key: string): Promise<void> {
    this.expanded = new Set([...this.expanded, key]);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.via[data-key="${CSS.escape(key)}"] a[data-first-revealed]`)?.focus();
  }
}
