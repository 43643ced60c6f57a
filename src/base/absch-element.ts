/**
 * The base of every absch-* element: configuration attributes with page-wide defaults, language
 * and direction, typed events, and the shared loading / error / empty templates.
 */
import { msg } from '@lit/localize';
import { TaskStatus, type Task } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ApiConfig } from '../api/client.js';
import { directionOf, resolveLocale, SOURCE_LOCALE, toLocale, type Locale } from '../i18n/locale.js';
import { interfaceStringsLoaded, loadInterfaceStrings, withLocale } from '../i18n/localization.js';
import { onPageLanguageChange } from '../i18n/page-language.js';
import { warnAttribute } from './attribute-values.js';
import { pageDefaults } from './config.js';
import type { AbschErrorDetail, AbschLoadDetail, AbschSelectDetail } from './events.js';
import type { Failure } from './messages.js';

export abstract class AbschElement extends LitElement {
  /** Base URL of the API. Default: the page-wide default, else `https://api.cbd.int`. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** Base URL of the portal that links open. Default: the page-wide default, else `https://absch.cbd.int`. */
  @property({ attribute: 'portal-base' }) portalBase?: string;

  /** Identifies the embedding application to the API (sent as the `app-id` query parameter). */
  @property({ attribute: 'app-id' }) appId?: string;

  /**
   * `realm_ss` of the records shown. Default: the page-wide default, else the realm of the API base
   * (`abs`; `abs-dev` on the development API `https://api.cbddev.xyz`). A training page sets `abs-trg`.
   */
  @property() realm?: string;

  /**
   * Where the element keeps API answers: `persistent` (across page loads too: a repeat visit draws at
   * once, and when the API is down the last answer is shown with its date) or `memory` (this page
   * only). Default: the page-wide default, else `persistent`.
   */
  @property() cache?: string;

  /**
   * Overrides the language of the page for this element (`ar`, `en`, `es`, `fr`, `ru`, `zh`; regional
   * tags accepted). Reflected, because language resolution reads attributes up the tree.
   */
  @property({ reflect: true }) override lang!: string;

  /** The resolved language: API content is asked for and shown in it, and interface strings speak it. */
  @state() protected locale: Locale = 'en';

  /**
   * What the status region says, and the load it says it for (see `announcement()`): a screen
   * reader reads a region again whenever its text changes, so only a new load changes it.
   */
  private said?: { load: unknown; text: unknown };

  private stopObservingPage?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resolveLanguage();
    this.stopObservingPage = onPageLanguageChange(() => this.resolveLanguage());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingPage?.();
    this.stopObservingPage = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.resolveLanguage();
    if (changed.has('portalBase') && this.portalBase?.trim() && !isHttpUrl(this.portalBase.trim())) {
      // Links built on anything else could carry javascript: or break; the default is used instead.
      warnAttribute(this.localName, 'portal-base', this.portalBase, 'an absolute http(s) URL', `using ${pageDefaults().portalBase}`);
    }
    const cache = this.cache?.trim().toLowerCase();
    if (changed.has('cache') && cache && cache !== 'persistent' && cache !== 'memory') {
      warnAttribute(this.localName, 'cache', String(this.cache), 'persistent or memory', 'using persistent');
    }
    // A new language loads nothing: the region is emptied rather than read again in other words.
    // (`locale` is protected, so not a key of PropertyValues<this>; its first value is no change.)
    if ((changed as PropertyValues).get('locale') !== undefined && this.said) this.said = { ...this.said, text: '' };
  }

  /**
   * Every string the element builds while it updates (render, willUpdate, updated) is in its own
   * language. The locale is read at each `msg()`, since `willUpdate` may resolve a new one.
   */
  protected override performUpdate(): void {
    withLocale(() => this.locale, () => super.performUpdate());
  }

  /** `fn`'s strings in the element's language: for strings built outside an update (events, files, callbacks). */
  protected speaking<T>(fn: () => T): T {
    return withLocale(this.locale, fn);
  }

  private resolveLanguage(): void {
    // The property first: when it is set from script, the attribute is written only after this update.
    const own = this.lang?.trim();
    const locale = own ? (toLocale(own) ?? SOURCE_LOCALE) : resolveLocale(this);
    if (locale !== this.locale) this.locale = locale;
    if (!interfaceStringsLoaded(locale)) {
      // Rendered in English until then; this element's language only, its neighbours keep theirs.
      void loadInterfaceStrings(locale).then(() => {
        if (this.locale === locale) this.requestUpdate();
      });
    }
  }

  /** Resolves when the interface strings of the element's language are loaded and rendered. */
  async localeReady(): Promise<void> {
    let locale: Locale;
    do {
      locale = this.locale;
      await loadInterfaceStrings(locale);
      await this.updateComplete;
    } while (locale !== this.locale);
  }

  /**
   * The status region's text for `load` (the value a load produced, or its error; `undefined` while
   * loading: `aria-busy` says that, the region says nothing). At most one announcement per load, and
   * none for the element's first load: on a page of seven charts nobody asked for seven sentences,
   * and the content is there to be read. A later load (a retry, a new page, filter or country, by the
   * user or by the host page) is said once, in `text()`. `load` is compared with `===`: a key that
   * leaves the language out makes a load that only changed language stay silent.
   */
  protected announcement<T>(load: unknown, text?: () => T): T | '' {
    if (load === undefined) {
      // Emptied while loading, so that the same load's words coming back are not read again.
      if (this.said) this.said = { ...this.said, text: '' };
      return '';
    }
    if (this.said === undefined) this.said = { load, text: '' };
    else if (this.said.load !== load) this.said = { load, text: text ? text() : '' };
    return this.said.text as T | '';
  }

  /** `announcement()` for a task: its value once complete (said with `text`); its error is said by the alert. */
  protected taskAnnouncement<T>(task: Task<readonly unknown[], T>, text: (value: T) => string): string {
    if (task.status === TaskStatus.COMPLETE) return this.announcement(task.value, () => text(task.value as T));
    return this.announcement(task.status === TaskStatus.ERROR ? task.error : undefined);
  }

  /**
   * `work`, resolved only once the element's interface strings (asked for when it connected) have
   * loaded too: no wait unless they are slower than the data, and a loaded state, with what its
   * status region says, is drawn once, in the element's language, not in English first and then
   * again. The shell puts the view's download in `work`, beside the requests.
   */
  protected async readyToShow<T>(work: Promise<T>): Promise<T> {
    const [value] = await Promise.all([work, loadInterfaceStrings(this.locale)]);
    return value;
  }

  protected get direction(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  protected get apiConfig(): ApiConfig {
    const defaults = pageDefaults();
    return {
      apiBase: this.apiBase || defaults.apiBase,
      appId: this.appId || defaults.appId,
      realm: this.realm?.trim() || defaults.realm,
      transport: defaults.transport,
      cache: this.cache?.trim().toLowerCase() === 'memory' ? 'memory' : this.cache?.trim() ? 'persistent' : defaults.cache,
      timeout: defaults.timeout,
      retries: defaults.retries,
    };
  }

  /** The portal links point to: `portal-base` when it is an absolute http(s) URL, else the page-wide default. */
  protected get portal(): string {
    const given = this.portalBase?.trim();
    return (given && isHttpUrl(given) ? given : pageDefaults().portalBase).replace(/\/$/, '');
  }

  protected emitLoad(detail: AbschLoadDetail): void {
    this.dispatchEvent(new CustomEvent('absch-load', { detail, bubbles: true, composed: true }));
  }

  protected emitError(failure: Failure): void {
    const detail: AbschErrorDetail = { status: failure.status, kind: failure.kind, message: failure.message };
    this.dispatchEvent(new CustomEvent('absch-error', { detail, bubbles: true, composed: true }));
  }

  /** Fires the cancelable `absch-select`; the link is followed only when no listener cancels it. */
  protected selectRecord(event: MouseEvent, detail: AbschSelectDetail): void {
    const selected = new CustomEvent('absch-select', { detail, bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(selected)) event.preventDefault();
  }

  protected renderFailure(failure: Failure, retry: () => void): TemplateResult {
    return html`<div class="message" part="error" data-kind="error" role="alert">
      <p>${failure.message}</p>
      ${failure.retryable ? html`<button type="button" part="retry" @click=${retry}>${msg('Try again', { id: 'retry' })}</button>` : nothing}
    </div>`;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
