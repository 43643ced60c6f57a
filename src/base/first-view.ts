/**
 * An element's first view, loaded before its first update, for server rendering
 * (src/server/render-element.ts) and for the hydration of what a server drew: the server draws the
 * first view from the API's answers, the browser draws it again from the same answers, and Lit adopts
 * the server's DOM node for node, with nothing asked of the API. A chunk of its own in the browser,
 * loaded only by an element that came with `defer-hydration`.
 */
import type { PropertyValues } from 'lit';
import { _$LE } from 'lit-element/private-ssr-support.js';
import { askAlone, primeAnswers } from '../api/shared-request.js';
import type { Locale } from '../i18n/locale.js';
import { loadInterfaceStrings } from '../i18n/localization.js';
import type { LazyModule } from './lazy-module.js';
import type { Failure } from './messages.js';
import { FIRST_VIEW_ATTRIBUTE, type AbschViewElement, type FirstView, type FirstViewPayload, type View } from './view-element.js';

type AnyViewElement = AbschViewElement<readonly unknown[], unknown, unknown>;

/**
 * The element's own loading steps, which are protected in the class (a page has no use for them):
 * the server and the hydration drive them from outside, as the element's first update would.
 */
interface LoadingSteps {
  willUpdate(changed: PropertyValues): void;
  loadArgs(): readonly unknown[];
  wantsLoad(args: readonly unknown[]): boolean;
  loadData(args: readonly unknown[], signal: AbortSignal): Promise<unknown>;
  readonly viewModule: LazyModule<View<unknown, unknown>>;
  readonly locale: Locale;
  speaking<T>(fn: () => T): T;
  failureOf(error: unknown): Failure;
}

/**
 * Loads `element`'s first view as its first update would: `changed` is what that update will be told
 * changed (the attributes set so far, from which elements work out their state in `willUpdate`).
 * Undefined when the element asks for nothing yet (a search without text).
 */
export async function loadFirstView(element: AnyViewElement, changed: PropertyValues, signal: AbortSignal): Promise<FirstView<unknown, unknown> | undefined> {
  const steps = element as unknown as LoadingSteps;
  steps.willUpdate(changed);
  const args = steps.loadArgs();
  if (!steps.wantsLoad(args)) return undefined;
  try {
    const [data, view] = await Promise.all([steps.loadData(args, askAlone(signal)), steps.viewModule.load(), loadInterfaceStrings(steps.locale)]);
    return { loaded: { data, view } };
  } catch (error) {
    // The view too, whatever became of it: what an element draws above a failure (the certificate
    // list's filters) may come with it, and the browser must draw the same as the server.
    await Promise.all([loadInterfaceStrings(steps.locale), viewSettled(steps)]);
    return { failure: steps.speaking(() => steps.failureOf(error)) };
  }
}

const viewSettled = (steps: LoadingSteps) => steps.viewModule.load().then(() => undefined, () => undefined);

/**
 * Reads the answers a server-rendered element came with, and, where Lit's hydration support is on the
 * page (src/hydrate.ts), draws the server's first view again from them before Lit adopts its DOM.
 * Without the support, the element is drawing afresh already: its first load finds those answers.
 */
export async function hydrate(element: AnyViewElement): Promise<void> {
  const script = element.querySelector(`:scope > script[${FIRST_VIEW_ATTRIBUTE}]`);
  let payload: FirstViewPayload = {};
  try {
    payload = JSON.parse(script?.textContent ?? '{}') as FirstViewPayload;
  } catch {
    // A damaged payload: the element loads as if it had none.
  }
  if (payload.answers) primeAnswers(payload.answers);
  if ('litElementHydrateSupport' in globalThis) {
    if (payload.failure) {
      await viewSettled(element as unknown as LoadingSteps);
      element.firstView = { failure: payload.failure };
    }
    else if (payload.answers) element.firstView = await loadFirstView(element, _$LE.changedProperties(element), new AbortController().signal);
  }
  element.removeAttribute('defer-hydration');
}
