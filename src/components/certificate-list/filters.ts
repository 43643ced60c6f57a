/**
 * The filter and sort controls of the certificate list: the form, the search box's draft (applied
 * after a pause or on Enter), and clearing the filters. Each control writes its attribute back on
 * the element, which then loads page 1 of the new list. In the view's chunk (list-view.ts), since
 * only a list with `filters` draws them; the element draws a placeholder until the chunk is there.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { subjectName, USAGES, type CertificateSort } from '../../api/queries/certificates.js';
import { KEYWORD_TERMS, keywordTerm } from '../../data/keyword-terms.js';
import type { Locale } from '../../i18n/locale.js';
import { pickText } from '../../i18n/lstring.js';
import { invalidBound, type ListRequest } from './attributes.js';
import { activeFilters, usageName } from './labels.js';

/** Typing in the search box waits this long before asking the API. */
const QUERY_DEBOUNCE_MS = 400;

/** The element's attributes that the controls write, and where they are rendered. */
export interface FilterHost extends ReactiveControllerHost {
  usage: string;
  subject: string;
  from: string;
  to: string;
  query: string;
  sort: string;
  /** whether the controls are shown: clearing focuses the search box, else the list */
  readonly filters: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class FilterControls implements ReactiveController {
  /** The search box's text while the person types (applied after a pause, or on Enter). */
  private queryDraft: string;
  private queryTimer?: ReturnType<typeof setTimeout>;

  /** Made once the view chunk is there, perhaps after `query` was set: the box starts with it. */
  constructor(private readonly host: FilterHost) {
    host.addController(this);
    this.queryDraft = host.query ?? '';
  }

  hostDisconnected(): void {
    clearTimeout(this.queryTimer);
  }

  /** The `query` attribute changed (from the page or from the box): the box shows it. Called during the host's update. */
  queryChanged(query: string | null | undefined): void {
    this.queryDraft = query ?? '';
  }

  render(request: ListRequest, locale: Locale): TemplateResult {
    const { filters, sort } = request;
    const host = this.host;
    const fromInvalid = invalidBound(host.from, 'from');
    const toInvalid = invalidBound(host.to, 'to');
    const sorts: [CertificateSort, string][] = [
      ['date-desc', msg('Newest first', { id: 'certs-sort-date-desc' })],
      ['date-asc', msg('Oldest first', { id: 'certs-sort-date-asc' })],
      ['country', msg('Country', { id: 'certs-sort-country' })],
      ['uid', msg('Certificate number', { id: 'certs-sort-uid' })],
    ];
    // A field with text counts, even when the text is not a filter yet (a date being fixed, a word being typed).
    const clearable = activeFilters(filters, locale).length > 0 || [host.from, host.to, this.queryDraft].some((value) => !!value?.trim());
    return html`<form part="filters" class="filters" aria-label=${msg('Filter the certificates', { id: 'certs-filters-label' })} @submit=${this.onSubmit}>
      <div class="field query">
        <label for="query">${msg('Search the certificates', { id: 'certs-filter-query' })}</label>
        <input id="query" type="search" .value=${live(this.queryDraft)} @input=${this.onQueryInput} @change=${this.applyQuery} />
      </div>
      <fieldset class="field usage">
        <legend>${msg('Usage', { id: 'certs-filter-usage' })}</legend>
        ${USAGES.map(
          (usage) => html`<label class="check">
            <input type="checkbox" value=${usage} .checked=${live(filters.usages.includes(usage))} @change=${this.onUsageChange} />
            ${usageName(usage)}
          </label>`,
        )}
      </fieldset>
      <div class="field subject">
        <label for="subject">${msg('Subject matter', { id: 'certs-filter-subject' })}</label>
        <select id="subject" @change=${this.onSubjectChange}>
          ${subjectOptions(filters.subjects, locale)}
        </select>
      </div>
      <div class="dates">
        ${this.renderDate('from', msg('Issued from', { id: 'certs-filter-from' }), host.from, fromInvalid)}
        ${this.renderDate('to', msg('Issued until', { id: 'certs-filter-to' }), host.to, toInvalid)}
        <p id="date-hint" class="hint">${withExamples(msg(str`Dates: a year (${YEAR_MARK}) or a day (${DAY_MARK}).`, { id: 'certs-filter-date-hint' }))}</p>
      </div>
      <div class="field sort">
        <label for="sort">${msg('Sort by', { id: 'certs-sort' })}</label>
        <select id="sort" @change=${this.onSortChange}>
          ${sorts.map(([value, label]) => html`<option value=${value} ?selected=${value === sort}>${label}</option>`)}
        </select>
      </div>
      <div class="field actions">
        <button type="button" part="clear" aria-disabled=${clearable ? 'false' : 'true'} @click=${() => clearable && this.clear()}>
          ${msg('Clear the filters', { id: 'certs-clear-filters' })}
        </button>
      </div>
    </form>`;
  }

  /**
   * A date field, and under it, while its text is neither a year nor a day, a message that says so,
   * tied to the field (aria-describedby, before the general hint), not a red border alone.
   */
  private renderDate(end: 'from' | 'to', label: string, value: string | undefined, invalid: boolean): TemplateResult {
    return html`<div class="field date">
      <label for=${end}>${label}</label>
      <input
        id=${end}
        type="text"
        autocomplete="off"
        aria-describedby=${invalid ? `${end}-error date-hint` : 'date-hint'}
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${live(value ?? '')}
        @change=${this.onDateChange}
      />
      ${invalid
        ? html`<p id="${end}-error" part="date-error" class="date-error">
            ${withExamples(msg(str`“${VALUE_MARK}” is neither a year (${YEAR_MARK}) nor a day (${DAY_MARK}).`, { id: 'certs-filter-date-invalid' }), value?.trim())}
          </p>`
        : nothing}
    </div>`;
  }

  /** Clears every filter but the country (the filter controls and the empty message's button). */
  clear(): void {
    const host = this.host;
    clearTimeout(this.queryTimer);
    host.usage = '';
    host.subject = '';
    host.from = '';
    host.to = '';
    host.query = '';
    this.queryDraft = '';
    // The button that was clicked goes away with the empty message: focus stays in the list.
    void host.updateComplete.then(() => {
      const target = host.renderRoot.querySelector<HTMLElement>(host.filters ? '#query' : '[part=base]');
      target?.focus();
    });
  }

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    this.applyQuery();
  };

  private onQueryInput = (event: Event): void => {
    this.queryDraft = (event.target as HTMLInputElement).value;
    this.host.requestUpdate();
    clearTimeout(this.queryTimer);
    this.queryTimer = setTimeout(() => this.applyQuery(), QUERY_DEBOUNCE_MS);
  };

  private applyQuery = (): void => {
    clearTimeout(this.queryTimer);
    const input = this.host.renderRoot.querySelector<HTMLInputElement>('#query');
    const value = input ? input.value : this.queryDraft;
    if (value.trim() !== (this.host.query ?? '').trim()) this.host.query = value;
  };

  private onUsageChange = (): void => {
    const checked = Array.from(this.host.renderRoot.querySelectorAll<HTMLInputElement>('.usage input:checked')).map((input) => input.value);
    this.host.usage = checked.join(' ');
  };

  private onSubjectChange = (event: Event): void => {
    this.host.subject = (event.target as HTMLSelectElement).value;
  };

  private onDateChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.host[input.id === 'from' ? 'from' : 'to'] = input.value.trim();
  };

  private onSortChange = (event: Event): void => {
    this.host.sort = (event.target as HTMLSelectElement).value;
  };
}

/**
 * The examples of the date messages go into the sentence as placeholders (translators keep them as
 * they are: the field takes these digits), and come out as <bdi dir="ltr">, so that in Arabic
 * "2017-05-01" reads as it is typed, not reversed by the sentence's direction.
 */
const YEAR_MARK = '\uE000';
const DAY_MARK = '\uE001';
/** Where the person's own text goes, isolated (<bdi>) in whatever direction it has. */
const VALUE_MARK = '\uE002';

function withExamples(sentence: string, value = ''): (string | TemplateResult)[] {
  return sentence.split(/([\uE000-\uE002])/).map((piece) => {
    if (piece === YEAR_MARK) return html`<bdi dir="ltr">2017</bdi>`;
    if (piece === DAY_MARK) return html`<bdi dir="ltr">2017-05-01</bdi>`;
    if (piece === VALUE_MARK) return html`<bdi>${value}</bdi>`;
    return piece;
  });
}

/** Any subject; the chosen ones when there are several (from the attribute); each root term with its narrower terms. */
function subjectOptions(selected: readonly string[], locale: Locale): TemplateResult {
  const one = selected.length === 1 ? selected[0] : undefined;
  const name = (id: string) => pickText(keywordTerm(id)?.title, locale)?.text ?? id;
  const option = (id: string) => html`<option value=${subjectName(id)} ?selected=${id === one}>${name(id)}</option>`;
  const roots = KEYWORD_TERMS.filter((item) => !item.broader);
  return html`<option value="" ?selected=${selected.length === 0}>${msg('Any subject matter', { id: 'certs-filter-subject-any' })}</option>
    ${selected.length > 1
      ? html`<option value=${selected.map(subjectName).join(' ')} selected>${new Intl.ListFormat(locale, { type: 'disjunction' }).format(selected.map(name))}</option>`
      : nothing}
    ${roots.map((root) => {
      const narrower = KEYWORD_TERMS.filter((item) => item.broader === root.identifier);
      return narrower.length
        ? html`<optgroup label=${name(root.identifier)}>${option(root.identifier)}${narrower.map((item) => option(item.identifier))}</optgroup>`
        : option(root.identifier);
    })}`;
}
