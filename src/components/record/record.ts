import { localized, msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError } from '../../api/errors.js';
import { recordUrl } from '../../api/portal-links.js';
import { referencedByQuery } from '../../api/queries/record.js';
import { searchIndex } from '../../api/endpoints.js';
import { fetchDocumentInfo, parseRecordId, type DocumentInfo } from '../../api/record-endpoints.js';
import { AbschElement } from '../../base/absch-element.js';
import { InputProblem, describeFailure, invalidInput, type Failure } from '../../base/messages.js';
import { loadSanitizer } from '../../base/dompurify.js';
import { sanitized } from '../../base/sanitize.js';
import { baseStyles } from '../../base/styles.js';
import { RECORD_TYPES } from '../../data/record-types.js';
import { formatDate, parseDate } from '../../i18n/format.js';
import { pickText } from '../../i18n/lstring.js';
import { fallbackNote, fieldLabelOf, fieldValue, langOf, type FieldContext } from './fields.js';
import { genericLayout, humanize, isLString, layoutFor, type Layout } from './layouts.js';
import { collectNeeds, groupReferencedBy, keyOf, matchesUid, resolveNames, settle, uidOf, type Names, type ReferencedBy, type Settled } from './record-data.js';
import { renderReferencedBy } from './referenced-by.js';
import { recordStyles } from './record.styles.js';

interface RecordView {
  info: DocumentInfo;
  uid: string;
  layout: Layout;
  names: Names;
  /** absent under `hide-referenced-by` */
  referencedBy?: Settled<ReferencedBy>;
}

/** The record exists but was deleted (`deletedOn` in its info). */
class DeletedRecord extends Error {
  constructor(readonly info: DocumentInfo) {
    super('deleted');
  }
}

/** Long values are cut in messages; the attribute keeps them whole. */
const shown = (value: string) => (value.length > 80 ? `${value.slice(0, 79)}…` : value);

/**
 * One record of the ABS Clearing-House, as the portal's record page shows it: a certificate (IRCC),
 * a competent national authority, a measure, a checkpoint, a checkpoint communiqué, or any other
 * record type through a generic layout. Linked records are named (the certificate's issuing
 * authority, the communiqué's checkpoint), record text is sanitized, and "Referenced by" lists the
 * records that point at this one, by type and by the field that points.
 *
 * Requests: the record (`documents/{id}?info=true`, whose `body` is the record), one index query
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
@localized()
export class AbschRecord extends AbschElement {
  static override styles = [baseStyles, recordStyles];

  /** The record: its UID (`ABSCH-IRCC-IN-207343-1`, any case), its GUID, or `GUID@revision`. */
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
    onComplete: (view) => {
      this.loadedAnnouncement = this.loadedText(view);
      this.emitLoad({
        uid: view.uid,
        schema: view.info.type,
        referencedBy: view.referencedBy && 'value' in view.referencedBy ? view.referencedBy.value.total : null,
      });
    },
    onError: (error) => this.emitError(this.failureOf(error)),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('uid') && this.expanded.size) this.expanded = new Set();
  }

  private async load(raw: string, withReferences: boolean, signal: AbortSignal): Promise<RecordView> {
    const id = parseRecordId(raw);
    if (!id) throw new InputProblem(raw);
    const config = this.apiConfig;
    // A GUID is known before the record arrives: its "referenced by" query can go at the same time.
    const early = withReferences && id.kind === 'guid' ? settle(searchIndex(config, referencedByQuery(id.identifier), signal)) : undefined;
    // Record HTML needs DOMPurify: its chunk downloads while the record does.
    const [info] = await Promise.all([fetchDocumentInfo(config, id.path, signal, { includeDeleted: true }), loadSanitizer()]);
    if (id.kind === 'uid' && !matchesUid(info, id)) throw new ApiError('not-found', 404, 'The UID names another record.');
    if (info.deletedOn) throw new DeletedRecord(info);
    const layout = layoutFor(info.type) ?? genericLayout(info.body);
    const [names, references] = await Promise.all([
      resolveNames(config, collectNeeds(info, layout.fields), signal),
      withReferences ? (early ?? settle(searchIndex(config, referencedByQuery(info.identifier), signal))) : undefined,
    ]);
    signal.throwIfAborted();
    return {
      info,
      uid: uidOf(info),
      layout,
      names,
      referencedBy: references && ('value' in references ? { value: groupReferencedBy(references.value, info.identifier) } : references),
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
      <span class="visually-hidden" role="status"
        >${busy ? msg('Loading…', { id: 'loading' }) : this.record.status === TaskStatus.COMPLETE ? this.loadedAnnouncement : ''}</span
      >
      ${this.record.render({
        initial: () => this.renderSkeleton(),
        pending: () => this.renderSkeleton(),
        complete: (view) => this.renderRecord(view),
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

  /** The record's title in the element's language (or another), from its layout's title fields or the info's. */
  private titleOf(view: RecordView) {
    const titleValue = view.layout.title.map((key) => view.info.body[key]).find(isLString) ?? view.info.title;
    return pickText(titleValue as Record<string, string> | undefined, this.locale);
  }

  /** The status region's sentence when a record has loaded: its title (cut as in messages), else its UID. */
  private loadedText(view: RecordView): string {
    const title = shown(this.titleOf(view)?.text ?? view.uid);
    return msg(str`Record loaded: ${title}.`, { id: 'record-loaded' });
  }

  private renderRecord(view: RecordView): TemplateResult {
    const { info, layout } = view;
    const body = info.body;
    const typeName = pickText(RECORD_TYPES[info.type]?.title, this.locale);
    const title = this.titleOf(view);
    const titleLang = langOf(title, this.locale);
    const recordLang = title?.fallback ? title.lang : null;
    const ctx: FieldContext = {
      locale: this.locale,
      recordLang,
      portal: this.portal,
      linkTarget: this.linkTarget,
      uid: view.uid,
      body,
      names: view.names,
      now: new Date(),
      select: (event, detail) => this.selectRecord(event, detail),
    };
    const revoked = body.amendmentIntent === 1 || body.amendmentIntent === '1';
    const expiry = info.type === 'absPermit' ? parseDate(body.dateOfExpiry) : null;
    const expired = !!expiry && expiry.getTime() < ctx.now.getTime();
    const portalUrl = recordUrl(this.portal, this.locale, info.type, view.uid);
    return html`<header part="header">
        <p part="type" class="type" lang=${langOf(typeName, this.locale).lang}>${typeName?.text ?? info.type}</p>
        <h2 part="title" lang=${titleLang.lang} dir=${titleLang.dir}>${title?.text ?? view.uid}</h2>
        ${revoked || expired
          ? html`<p class="badges">
              ${revoked ? html`<span class="badge" part="badge" data-badge="revoked">${msg('Revoked', { id: 'record-revoked' })}</span>` : nothing}
              ${expired ? html`<span class="badge" part="badge" data-badge="expired">${msg('Expired', { id: 'record-expired' })}</span>` : nothing}
            </p>`
          : nothing}
      </header>
      ${recordLang ? fallbackNote(recordLang, this.locale) : nothing} ${this.renderNotices(view, revoked, ctx)}
      <dl part="fields" class="fields">
        ${layout.fields.map((spec) => {
          const value = fieldValue(spec, ctx);
          return value === nothing
            ? nothing
            : html`<div part="field" class="field" data-field=${keyOf(body, spec)}>
                <dt part="label">${fieldLabelOf(spec, humanize, this.locale)}</dt>
                <dd part="value">${value}</dd>
              </div>`;
        })}
      </dl>
      ${view.referencedBy ? this.renderReferences(view.referencedBy) : nothing}
      <p class="portal">
        <a part="portal-link" href=${portalUrl} target=${this.linkTarget || nothing} rel=${this.linkTarget ? 'noopener' : nothing}
          >${msg('View this record on the ABS Clearing-House', { id: 'record-portal-link' })}</a
        >
      </p>`;
  }

  /** Revocation or amendment (with its description), and an earlier revision asked for by `GUID@rev`. */
  private renderNotices(view: RecordView, revoked: boolean, ctx: FieldContext): TemplateResult | typeof nothing {
    const { info } = view;
    const body = info.body;
    const certificate = info.type === 'absPermit';
    const amended = !revoked && info.revision > 1 && (body.amendmentIntent === 0 || body.amendmentIntent === '0') && isLString(body.amendmentDescription);
    const description = isLString(body.amendmentDescription) ? pickText(body.amendmentDescription as Record<string, string>, this.locale) : null;
    const descriptionLang = langOf(description, this.locale);
    const older = info.latestRevision !== undefined && info.revision < info.latestRevision;
    if (!revoked && !amended && !older) return nothing;
    return html`${revoked || amended
      ? html`<div part="notice" class="notice" data-notice=${revoked ? 'revoked' : 'amended'}>
          <p class="notice-title">
            ${revoked
              ? certificate
                ? msg('This certificate was revoked.', { id: 'record-notice-revoked-certificate' })
                : msg('This record was revoked.', { id: 'record-notice-revoked' })
              : certificate
                ? msg('This certificate was amended.', { id: 'record-notice-amended-certificate' })
                : msg('This record was amended.', { id: 'record-notice-amended' })}
          </p>
          ${description
            ? html`<div class="rich-text" lang=${descriptionLang.lang} dir=${descriptionLang.dir}>${sanitized(description.text)}</div>
                ${description.fallback && description.lang !== ctx.recordLang ? fallbackNote(description.lang, this.locale) : nothing}`
            : nothing}
        </div>`
      : nothing}
    ${older
      ? html`<p part="notice" class="notice" data-notice="older-revision">
          ${msg(str`This is revision ${info.revision} of the record; the latest is revision ${info.latestRevision}.`, { id: 'record-notice-older-revision' })}
        </p>`
      : nothing}`;
  }

  private renderReferences(references: Settled<ReferencedBy>): TemplateResult {
    if ('value' in references) {
      return renderReferencedBy(references.value, {
        locale: this.locale,
        portal: this.portal,
        linkTarget: this.linkTarget,
        select: (event, detail) => this.selectRecord(event, detail),
        isExpanded: (key) => this.expanded.has(key),
        expand: (key) => this.expand(key),
      });
    }
    const failure = describeFailure(references.error);
    return html`<section part="referenced-by" class="referenced-by" aria-labelledby="referenced-by-heading">
      <h3 id="referenced-by-heading">${msg('Referenced by', { id: 'record-referenced-by' })}</h3>
      ${this.renderFailure(
        { ...failure, message: msg(str`The records that refer to this one could not be loaded. ${failure.message}`, { id: 'record-referenced-by-failed' }) },
        () => this.retry(),
      )}
    </section>`;
  }

  /** Shows every line of a group and moves focus to the first line that was hidden (the button goes away). */
  private async expand(key: string): Promise<void> {
    this.expanded = new Set([...this.expanded, key]);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.via[data-key="${CSS.escape(key)}"] a[data-first-revealed]`)?.focus();
  }
}
