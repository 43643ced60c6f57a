import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError } from '../../api/errors.js';
import { recordListedQuery, referencedByQuery } from '../../api/queries/record.js';
import { searchIndex } from '../../api/endpoints.js';
import { fetchDocumentInfo, parseRecordId, type DocumentInfo, type RecordId } from '../../api/record-endpoints.js';
import type { ApiConfig } from '../../api/client.js';
import { AbschElement } from '../../base/absch-element.js';
import { withSanitizer } from '../../base/dompurify.js';
import { lazyModule } from '../../base/lazy-module.js';
import { InputProblem, describeFailure, invalidInput, type Failure } from '../../base/messages.js';
import { baseStyles } from '../../base/styles.js';
import { formatDate, parseDate } from '../../i18n/format.js';
import type { LoadedRecord } from './record-data.js';
import type { RecordHost } from './record-view.js';
import { matchesUid, settle, uidOf } from './record-identity.js';
import { recordStyles } from './record.styles.js';

type RecordView = typeof import('./record-view.js');
/** The view and DOMPurify download together, while the record does. */
const recordView = lazyModule(() => withSanitizer(import('./record-view.js')));

/** The record exists but was deleted (`deletedOn` in its info). */
class DeletedRecord extends Error {
  constructor(readonly info: DocumentInfo) {
    super('deleted');
  }
}

/**
 * The record's info, deleted or not. The API's error answers may come without CORS headers, and a
 * browser then sees a network error (API fidelity audit §8): when the index answers and lists no such
 * record, the record is missing, not the API out of reach.
 */
async function fetchRecord(config: ApiConfig, id: RecordId, signal: AbortSignal): Promise<DocumentInfo> {
  try {
    return await fetchDocumentInfo(config, id.path, signal, { includeDeleted: true });
  } catch (error) {
    if (!(error instanceof ApiError && error.kind === 'network')) throw error;
    const listed = await searchIndex(config, recordListedQuery(id), signal).catch(() => undefined);
    if (listed?.numFound === 0) throw new ApiError('not-found', 404, 'Not found.');
    throw error;
  }
}

/** Long values are cut in messages; the attribute keeps them whole. */
const shown = (value: string) => (value.length > 80 ? `${value.slice(0, 79)}…` : value);

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
 *
 * @cssprop --absch-font-family - Font (default: inherited from the page).
 * @cssprop --absch-color-text - Text colour (default: inherited).
 * @cssprop --absch-color-muted - Secondary text (labels, dates, notes).
 * @cssprop --absch-color-link - Links.
 * @cssprop --absch-color-border - Separators and boxes.
 * @cssprop --absch-color-danger - Revocation notices, the "Revoked" mark and error messages.
 * @cssprop --absch-color-warning - The "Expired" mark.
 * @cssprop --absch-color-surface - Notices and buttons.
 * @cssprop --absch-color-skeleton - Placeholders while loading.
 * @cssprop --absch-radius - Corner radius.
 * @cssprop --absch-space-xs - Smallest gap.
 * @cssprop --absch-space-s - Small gap.
 * @cssprop --absch-space-m - Medium gap.
 */
export class AbschRecord extends AbschElement {
  static override styles = [baseStyles, recordStyles];

  /** The record: its UID (`ABSCH-IRCC-IN-207343-1`, any case; it opens the revision it names), its GUID, or `GUID@revision`. */
  @property() uid = '';

  /** Leaves out "Referenced by" (and its index query). */
  @property({ type: Boolean, attribute: 'hide-referenced-by' }) hideReferencedBy = false;

  /** Where portal links open: a browsing-context name such as `_blank`. Default: the same tab. */
  @property({ attribute: 'link-target' }) linkTarget = '';

  /** "Referenced by" groups whose every line is shown. */
  @state() private expanded = new Set<string>();

  private readonly record = new Task(this, {
    // apiBase and appId are arguments only so that changing them loads again.
    task: ([uid, withReferences], { signal }) => this.readyToShow(this.load(uid, withReferences, signal)),
    args: () => [this.uid, !this.hideReferencedBy, this.apiBase, this.appId] as const,
    onComplete: (loaded) => {
      this.emitLoad({
        uid: loaded.uid,
        schema: loaded.info.type,
        referencedBy: loaded.referencedBy && 'value' in loaded.referencedBy ? loaded.referencedBy.value.total : null,
      });
    },
    onError: (error) => this.emitError(this.speaking(() => this.failureOf(error))),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('uid') && this.expanded.size) this.expanded = new Set();
  }

  private async load(raw: string, withReferences: boolean, signal: AbortSignal): Promise<LoadedRecord> {
    const id = parseRecordId(raw);
    if (!id) throw new InputProblem(raw);
    const config = this.apiConfig;
    // A GUID is known before the record arrives: its "referenced by" query can go at the same time.
    const early = withReferences && id.kind === 'guid' ? settle(searchIndex(config, referencedByQuery(id.identifier), signal)) : undefined;
    const [info, view] = await Promise.all([fetchRecord(config, id, signal), recordView.load()]);
    if (id.kind === 'uid' && !matchesUid(info, id)) throw new ApiError('not-found', 404, 'The UID names another record.');
    if (info.deletedOn) throw new DeletedRecord(info);
    const layout = view.layoutFor(info.type, info.body);
    const [names, references] = await Promise.all([
      view.resolveNames(config, view.collectNeeds(info, layout.fields), signal),
      withReferences ? (early ?? settle(searchIndex(config, referencedByQuery(info.identifier), signal))) : undefined,
    ]);
    signal.throwIfAborted();
    return {
      info,
      uid: uidOf(info),
      layout,
      names,
      referencedBy: references && ('value' in references ? { value: view.groupReferencedBy(references.value, info.identifier) } : references),
    };
  }

  private failureOf(error: unknown): Failure {
    const value = this.uid.trim();
    if (error instanceof InputProblem) {
      return invalidInput(
        value === ''
          ? msg('No record is set. Give its unique identifier, such as ABSCH-IRCC-IN-207343-1.', { id: 'record-no-uid' })
          : msg(str`“${shown(value)}” is not a record identifier. Give a unique identifier such as ABSCH-IRCC-IN-207343-1.`, { id: 'record-malformed-uid' }),
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
      return { ...describeFailure(error), message: msg(str`No record with the identifier “${shown(value)}” is published.`, { id: 'record-not-found' }) };
    }
    return describeFailure(error);
  }

  override render(): TemplateResult {
    const busy = this.record.status <= TaskStatus.PENDING;
    // tabindex -1: focus can rest on the record when the button it held goes away.
    return html`<section part="base" class="record" dir=${this.direction} lang=${this.locale} aria-busy=${busy ? 'true' : 'false'} tabindex="-1">
      <span class="visually-hidden" role="status">${this.taskAnnouncement(this.record, (loaded) => this.loadedText(loaded, recordView.loaded))}</span>
      ${this.record.render({
        initial: () => this.renderSkeleton(),
        pending: () => this.renderSkeleton(),
        complete: (loaded) => {
          // The load awaited the view, so it is there.
          const view = recordView.loaded;
          return view ? view.renderRecord(loaded, this.viewHost()) : this.renderSkeleton();
        },
        error: (error) => this.renderFailure(this.failureOf(error), () => this.retry()),
      })}
    </section>`;
  }

  private retry(): void {
    this.renderRoot.querySelector<HTMLElement>('[part=base]')?.focus();
    void this.record.run();
  }

  private renderSkeleton(): TemplateResult {
    return html`<div part="header" aria-hidden="true">
        <span class="skeleton type-line"></span>
        <span class="skeleton title-line"></span>
      </div>
      <div class="fields" aria-hidden="true">
        ${[1, 2, 3, 4, 5, 6].map(() => html`<div class="field"><span class="skeleton label-line"></span><span class="skeleton value-line"></span></div>`)}
      </div>`;
  }

  /** The status region's sentence when a record has loaded: its title (cut as in messages), else its UID. */
  private loadedText(loaded: LoadedRecord, view: RecordView | undefined): string {
    const title = shown(view?.recordTitle(loaded, this.locale)?.text ?? loaded.uid);
    return msg(str`Record loaded: ${title}.`, { id: 'record-loaded' });
  }

  private viewHost(): RecordHost {
    return {
      locale: this.locale,
      portal: this.portal,
      linkTarget: this.linkTarget,
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
