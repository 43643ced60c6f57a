/**
 * The one contract between an element and its loaded view, and the one shell around it.
 *
 * An element knows how to load its data (`loadData`) and what it looks like while loading
 * (`renderSkeleton`). Its view, a chunk of its own downloaded beside the data (base/lazy-module.ts),
 * knows how to draw the data (`render`) and what the status region says when it has loaded
 * (`announce`). The load task resolves to both, `{ data, view }`, so a complete state always has its
 * view, and the type system sees it. The shell draws the rest once for every element: the section
 * with `aria-busy`, its language and direction, the status region, the skeleton, the error with its
 * retry button, and the focus after a retry (Shoelace and Web Awesome keep such chrome in their base
 * classes too).
 */
import { msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { answerChanges, requestsOf, staleSince, type AnswerChange } from '../api/shared-request.js';
import { formatDate } from '../i18n/format.js';
import { AbschElement } from './absch-element.js';
import { warnAttribute } from './attribute-values.js';
import { pageDefaults } from './config.js';
import type { AbschLoadDetail } from './events.js';
import type { LazyModule } from './lazy-module.js';
import { describeFailure, type Failure } from './messages.js';

/** What every view module exports. `Host` is what the view reads and calls on its element. */
export interface View<Data, Host> {
  /** The loaded state, drawn from the data and the host (its language, links, callbacks). */
  render(data: Data, host: Host): TemplateResult;
  /** What the status region says once a load the user asked for is shown (see `announcement()`). */
  announce?(data: Data, host: Host): string;
}

/** What an element's load task resolves to: the data, and the view that draws it. */
export interface Loaded<Data, Host> {
  readonly data: Data;
  readonly view: View<Data, Host>;
}

/**
 * The first view a server drew (src/server/render-element.ts): its loaded state, or the failure it
 * showed. The browser draws the same, from the same answers, to hydrate it.
 */
export type FirstView<Data, Host> = { readonly loaded: Loaded<Data, Host> } | { readonly failure: Failure };

/**
 * What a server-rendered element carries for the browser, as JSON in a `<script type="application/json"
 * data-absch-first-view>` child: the API's answers its first view was drawn from (keyed by request),
 * or the failure it showed.
 */
export interface FirstViewPayload {
  answers?: Record<string, unknown>;
  failure?: Failure;
}

/** The attribute of that script. */
export const FIRST_VIEW_ATTRIBUTE = 'data-absch-first-view';

/**
 * The base of every element that loads data and draws it with its view.
 *
 * @csspart stale - The note under data from an earlier visit, shown because the Clearing-House could not be reached.
 */
export abstract class AbschViewElement<Args extends readonly unknown[], Data, Host> extends AbschElement {
  /**
   * The element's view module, downloaded when the first load starts. Not `view`: that name is
   * `<absch-stats>`'s public attribute.
   */
  protected abstract readonly viewModule: LazyModule<View<Data, Host>>;

  /** The `class` of the base section, which the element's styles address. */
  protected abstract readonly baseClass: string;

  /** What the load depends on: a change of any of them loads again. */
  protected abstract loadArgs(): Args;

  /** Loads the data for `args`; throws an `InputProblem` for attributes that cannot be asked for. */
  protected abstract loadData(args: Args, signal: AbortSignal): Promise<Data>;

  /** What the view reads and calls on the element. */
  protected abstract viewHost(): Host;

  /** The layout of the loaded state, in grey, so that nothing jumps when the data arrives. */
  protected abstract renderSkeleton(): TemplateResult;

  /** The `absch-load` event's detail. */
  protected abstract loadDetail(data: Data): AbschLoadDetail;

  /**
   * `lazy`: the element loads when it comes near the viewport, as images with `loading="lazy"` do,
   * so that a long page asks the API only for what is read; `eager`: at once. Default: the page-wide
   * default, else `lazy`.
   */
  @property({ attribute: 'loading' }) loadingMode = '';

  protected readonly loading = new Task<Args, Loaded<Data, Host>>(this, {
    task: async (args, { signal }) => {
      await this.hydrating;
      // A server-rendered first view is the first load's result: no request, the server's DOM kept.
      const first = this.firstView;
      this.firstView = undefined;
      this.hydrated = first;
      if (first) {
        // Loaded already, as if it had come near: a later load does not wait for the viewport.
        this.near = true;
        return 'loaded' in first ? first.loaded : initialState;
      }
      this.asksNothing = !this.wantsLoad(args);
      if (this.asksNothing) return initialState;
      await this.nearViewport(signal);
      const asked = requestsOf(signal);
      const [data, view] = await this.readyToShow(Promise.all([this.loadData(args, signal), this.viewModule.load()]));
      this.drawnFrom = asked;
      return { data, view };
    },
    args: () => this.loadArgs(),
    onComplete: ({ data }) => {
      if (!this.showsLoad(data)) return;
      this.saidStale = this.staleSince !== undefined;
      this.emitLoad({ ...this.loadDetail(data), ...(this.saidStale ? { stale: true } : {}) });
    },
    onError: (error) => this.emitError(this.speaking(() => this.failureOf(error))),
  });

  /**
   * @internal The first view, when a server drew it (server rendering sets it; hydration sets it from
   * the server's answers). The first load takes it, and keeps it in `hydrated` while it is shown.
   */
  firstView?: FirstView<Data, Host>;
  /** The server's first view, from the first load on, until a load of the browser's own replaces it. */
  private hydrated?: FirstView<Data, Host>;
  /** Set while a server-rendered element reads the answers it came with (first-view.ts). */
  private hydrating?: Promise<void>;

  /** The last load's arguments asked for nothing (`wantsLoad`): the initial state is final, not busy. */
  private asksNothing = false;
  /** The requests the shown data came from: a stored answer among them may be renewed, or turn out stale. */
  private drawnFrom = new Set<string>();
  /** A load run because a stored answer was renewed: the old view stays until the new one is drawn. */
  private refreshing = false;
  /** Whether `absch-load` said that the data shown is stale. */
  private saidStale = false;

  private readonly onAnswerChange = (event: Event) => {
    const { key, change } = (event as CustomEvent<AnswerChange>).detail;
    if (!this.drawnFrom.has(key) || this.loading.status !== TaskStatus.COMPLETE) return;
    if (change === 'stale') {
      // Shown from the store, then the API failed: the host learns it once, as a load that is stale.
      if (!this.saidStale && this.loading.value) {
        this.saidStale = true;
        this.emitLoad({ ...this.loadDetail(this.loading.value.data), stale: true });
      }
      return this.requestUpdate();
    }
    this.refreshing = true;
    void this.loading.run().finally(() => (this.refreshing = false));
  };

  /** Whether the element has come near the viewport once (from then on, it loads at once). */
  private near = false;
  private whenNear?: Promise<void>;
  private reachedNear?: () => void;
  private nearObserver?: IntersectionObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    answerChanges.addEventListener('change', this.onAnswerChange);
    if (this.reachedNear && !this.near) this.observeNearness();
    // Server-rendered: Lit's hydration support waits for this attribute to go (@lit-labs/ssr-client).
    // What reads the server's answers is a chunk of its own (first-view.ts): most pages have no
    // server-rendered element. The first load waits for it, so that it finds those answers.
    if (this.hasAttribute('defer-hydration')) this.hydrating = import('./first-view.js').then(({ hydrate }) => hydrate(this), () => this.removeAttribute('defer-hydration'));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    answerChanges.removeEventListener('change', this.onAnswerChange);
    this.nearObserver?.disconnect();
    this.nearObserver = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('loadingMode')) return;
    const mode = this.loadingMode.trim().toLowerCase();
    if (mode === 'eager') this.comeNear();
    else if (mode && mode !== 'lazy') warnAttribute(this.localName, 'loading', this.loadingMode, 'lazy or eager', 'using lazy');
  }

  /** `loading`, else the page-wide default. */
  private get loadsEagerly(): boolean {
    return (this.loadingMode.trim().toLowerCase() || pageDefaults().loading) === 'eager';
  }

  /** Resolves when the element is within half a screen's height of the viewport, or at once when it loads eagerly. */
  private nearViewport(signal: AbortSignal): Promise<void> {
    if (this.near || this.loadsEagerly || typeof IntersectionObserver === 'undefined') return Promise.resolve();
    // Already near (most elements of most pages): no need to wait for the observer's first frame,
    // which a page in a background tab may not get for a long time.
    if (this.isConnected && isNear(this.getBoundingClientRect())) {
      this.near = true;
      return Promise.resolve();
    }
    this.whenNear ??= new Promise<void>((resolve) => (this.reachedNear = resolve));
    if (this.isConnected) this.observeNearness();
    const near = this.whenNear;
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      void near.then(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      });
    });
  }

  private observeNearness(): void {
    if (this.nearObserver) return;
    this.nearObserver = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && this.comeNear(), { rootMargin: `${NEAR * 100}% 0px` });
    this.nearObserver.observe(this);
  }

  private comeNear(): void {
    this.near = true;
    this.nearObserver?.disconnect();
    this.nearObserver = undefined;
    this.reachedNear?.();
  }

  /** When the oldest answer shown was given, if the API could not renew it. */
  private get staleSince(): Date | undefined {
    return staleSince(this.drawnFrom);
  }

  /**
   * Whether a completed load is the one shown: an element that corrects an attribute from the answer
   * (a page after the last) returns false, and loads again at once; `absch-load` is left to that load.
   */
  protected showsLoad(_data: Data): boolean {
    return true;
  }

  /**
   * Whether `args` ask for anything. When they do not (a search that waits for text), nothing is
   * requested or downloaded, not even the view: the task goes back to its initial state, and
   * `renderInitial()` is drawn, not busy.
   */
  protected wantsLoad(_args: Args): boolean {
    return true;
  }

  /** The failure a load error is explained with, in the element's language. */
  protected failureOf(error: unknown): Failure {
    return describeFailure(error);
  }

  /** What goes above the loaded state, in every state: a title, filters, a form. */
  protected renderBefore(): unknown {
    return nothing;
  }

  /** Before the first load, and while `wantsLoad` is false: the skeleton, unless the element has a state of its own. */
  protected renderInitial(): unknown {
    return this.renderSkeleton();
  }

  /** While a new load runs: the skeleton (an element that keeps its last result in view overrides this). */
  protected renderPending(): unknown {
    return this.renderSkeleton();
  }

  /** What the status region says (see `announcement()`); by default the view's `announce` once a load is shown. */
  protected announce(): unknown {
    return this.taskAnnouncement(this.loading, ({ data, view }) => view.announce?.(data, this.viewHost()) ?? '');
  }

  /** `aria-labelledby` of the base section: the id of a heading the element draws in `renderBefore`. */
  protected get labelledBy(): string | undefined {
    return undefined;
  }

  override render(): TemplateResult {
    const { status } = this.loading;
    const first = this.firstView ?? this.hydrated;
    const busy = !first && (status === TaskStatus.PENDING || (status === TaskStatus.INITIAL && !this.asksNothing));
    // The server's first view is drawn as the load it stands for would be.
    const drawFirst = first && (() => ('loaded' in first ? this.renderLoaded(first.loaded) : this.renderFailure(first.failure, () => this.retry())));
    // tabindex -1: focus can rest on the section when the retry button it held goes away.
    return html`<section part="base" class=${this.baseClass} dir=${this.direction} lang=${this.locale} aria-busy=${busy ? 'true' : 'false'} aria-labelledby=${this.labelledBy ?? nothing} tabindex="-1">
      <span class="visually-hidden" role="status">${this.announce()}</span>
      ${this.renderBefore()}
      ${this.loading.render({
        initial: drawFirst ?? (() => this.renderInitial()),
        pending: drawFirst ?? (() => (this.refreshing && this.loading.value ? this.renderLoaded(this.loading.value) : this.renderPending())),
        complete: (loaded) => this.renderLoaded(loaded),
        error: (error) => this.renderFailure(this.failureOf(error), () => this.retry()),
      })}
    </section>`;
  }

  /**
   * A loaded state, with the stale note when it applies. An element that keeps its last result in view
   * while loading draws it with this in `renderPending` (with a host of its own): the same template as
   * the complete state, so Lit keeps its DOM, and the focus in it, when the new result arrives.
   */
  protected renderLoaded({ data, view }: Loaded<Data, Host>, host: Host = this.viewHost()): TemplateResult {
    const stale = this.staleSince;
    return html`${view.render(data, host)}
    ${stale
      ? html`<p part="stale" class="stale-note" role="note">
          ${msg(str`Shown as saved on ${formatDate(stale, this.locale)}: the Clearing-House could not be reached for newer data.`, { id: 'stale-note' })}
        </p>`
      : nothing}`;
  }

  /** Loads again, with focus on the section, since the retry button goes away. */
  protected retry(): void {
    this.renderRoot.querySelector<HTMLElement>('[part=base]')?.focus();
    void this.loading.run();
  }
}

/** How near the viewport an element starts loading: half the viewport's height above or below it. */
const NEAR = 0.5;

/** Whether a box is within `NEAR` of the viewport; a box that is not laid out (display: none) counts as near. */
function isNear(box: DOMRect): boolean {
  const margin = window.innerHeight * NEAR;
  return box.top < window.innerHeight + margin && box.bottom > -margin;
}
