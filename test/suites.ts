/**
 * Suites every element runs alike, each called from the element's own test file with that
 * element's template (the pattern of Web Awesome's `runFormControlBaseTests` and Lion's
 * `*.suite.js`): a failing API, odd attribute values, and accessibility in each state.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { configure } from '../src/base/config.js';
import type { AbschErrorDetail, AbschLoadDetail } from '../src/base/events.js';
import { answerFailures, apiBase, part, rendered, settled, text, type AbschTestElement, type AnswerFailure, type MockSwitches } from './helpers.js';

/** The element under test, its API at `base` (mock-api, with or without switches). */
export type TemplateAt = (base: string) => TemplateResult;

/** An address where nothing answers: the browser reports a network failure. */
const UNREACHABLE = 'http://127.0.0.1:9';

/** What `console.warn` is given while `run` runs (first argument of each call), the warning not shown. */
export async function captureWarnings(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

/**
 * The `absch-error` and `absch-load` events fired while a describe block's tests run (they bubble
 * and are composed, so the document hears them): emptied before each test.
 */
function recordEvents(): { errors: AbschErrorDetail[]; loads: AbschLoadDetail[] } {
  const seen = { errors: [] as AbschErrorDetail[], loads: [] as AbschLoadDetail[] };
  const onError = (event: Event) => seen.errors.push((event as CustomEvent<AbschErrorDetail>).detail);
  const onLoad = (event: Event) => seen.loads.push((event as CustomEvent<AbschLoadDetail>).detail);
  beforeEach(() => {
    seen.errors.length = 0;
    seen.loads.length = 0;
    document.addEventListener('absch-error', onError);
    document.addEventListener('absch-load', onLoad);
  });
  afterEach(() => {
    document.removeEventListener('absch-error', onError);
    document.removeEventListener('absch-load', onLoad);
  });
  return seen;
}

export interface ApiFailureSuite<T extends AbschTestElement> {
  template: TemplateAt;
  /** the endpoint families whose 500 is shown and then retried (`only=`), one test each */
  retried: NonNullable<MockSwitches['only']>[];
  /** whether the element shows its data again after the retry */
  loaded: (el: T) => unknown;
  /** where focus is after the retry (default: the element's section, part=base) */
  focusAfterRetry?: (el: T) => Element | null;
  /** the failures explained, each with its retry (default: answerFailures(), every endpoint) */
  failures?: AnswerFailure[];
}

/**
 * A failing API: each failure is explained in the user's words with a retry, fires one
 * `absch-error` with its status, and the state is accessible; a 500 of each request the element makes is retried
 * with the button, which loads the element, fires one `absch-load` and keeps focus inside it.
 */
export function describeApiFailures<T extends AbschTestElement>(suite: ApiFailureSuite<T>): void {
  describe('a failing API (shared suite)', () => {
    beforeEach(() => configure({ retries: 0, timeout: 1000 }));
    const { errors, loads } = recordEvents();

    for (const only of suite.retried) {
      it(`shows a 500 of the ${only} request with a retry button that works`, async () => {
        const el = await rendered<T>(suite.template(apiBase({ status: 500, times: 1, only })));
        expect(text(part(el, 'error'))).to.contain('The Clearing-House answered with an error (500).');
        expect(errors.map((e) => [e.status, e.kind])).to.deep.equal([[500, 'http']]);
        expect(loads).to.deep.equal([]);
        await expect(el).to.be.accessible();
        part(el, 'retry')!.focus();
        part(el, 'retry')!.click();
        await waitUntil(() => suite.loaded(el), 'retry did not load', { timeout: 5000 });
        await settled(el);
        expect(el.shadowRoot!.activeElement, 'focus stays in the element').to.equal(suite.focusAfterRetry?.(el) ?? part(el, 'base'));
        expect(loads, 'one absch-load, after the retry').to.have.length(1);
        expect(part(el, 'error')).to.equal(null);
      });
    }

    for (const [name, switches, message, status] of suite.failures ?? answerFailures()) {
      it(`explains ${name} and offers to retry`, async () => {
        const el = await rendered<T>(suite.template(apiBase(switches)));
        expect(text(part(el, 'error'))).to.contain(message);
        expect(part(el, 'retry')).to.exist;
        expect(errors.map((e) => e.status), 'one absch-error, with the status').to.deep.equal([status]);
        await expect(el).to.be.accessible();
      });
    }

    it('explains a network failure and offers to retry', async () => {
      const el = await rendered<T>(suite.template(UNREACHABLE));
      expect(text(part(el, 'error'))).to.contain('The Clearing-House could not be reached.');
      expect(part(el, 'retry')).to.exist;
      expect(errors.map((e) => e.kind)).to.deep.equal(['network']);
    });
  });
}

export interface WarningCase<T extends AbschTestElement> {
  /** what is odd, for the test's title */
  name: string;
  template: TemplateAt;
  /** the warnings it gives, each exactly once: the whole text, or a pattern */
  warnings: (string | RegExp)[];
  /** what the element does instead: the fallback the warning announced */
  fallback: (el: T) => unknown;
}

/**
 * Odd attribute values: the element warns once, naming the attribute and what it does instead, and
 * shows that fallback; drawing again does not repeat the warning.
 */
export function describeAttributeWarnings<T extends AbschTestElement & { requestUpdate(): void; updateComplete: Promise<boolean> }>(cases: WarningCase<T>[]): void {
  describe('odd attribute values (shared suite)', () => {
    for (const { name, template, warnings: expected, fallback } of cases) {
      it(`${name}: warns once and falls back`, async () => {
        let el!: T;
        const warnings = await captureWarnings(async () => {
          el = await rendered<T>(template(apiBase()));
          el.requestUpdate();
          await el.updateComplete;
        });
        for (const warning of expected) {
          const said = warnings.filter((w) => (typeof warning === 'string' ? w === warning : warning.test(w)));
          expect(said, `${String(warning)} in ${JSON.stringify(warnings)}`).to.have.length(1);
        }
        await fallback(el);
      });
    }
  });
}

export interface AccessibleStates<T extends AbschTestElement> {
  template: TemplateAt;
  /** the least number of skeleton shapes shown while loading */
  skeletons: number;
  /** what a skeleton shape is (default `.skeleton`) */
  skeletonSelector?: string;
  /** the element with nothing to show, and how it says so */
  empty?: { template: TemplateAt; shown: (el: T) => unknown };
}

/**
 * Accessibility (axe) in each state: loading (busy, a skeleton, the status region silent),
 * loaded, failed and empty.
 */
export function describeAccessibleStates<T extends AbschTestElement>(states: AccessibleStates<T>): void {
  describe('accessible in every state (shared suite)', () => {
    it('while loading: a skeleton, marked busy, loading not announced', async () => {
      const el = await fixture<T>(states.template(apiBase({ delay: 600 })));
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(el.shadowRoot!.querySelectorAll(states.skeletonSelector ?? '.skeleton').length).to.be.at.least(states.skeletons);
      expect(text(el.shadowRoot!.querySelector('[role=status]')), 'aria-busy says it').to.equal('');
      await expect(el).to.be.accessible();
      await settled(el);
    });

    it('when loaded', async () => {
      const el = await rendered<T>(states.template(apiBase()));
      expect(part(el, 'error')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('when the API fails', async () => {
      configure({ retries: 0 });
      const el = await rendered<T>(states.template(apiBase({ status: 500 })));
      expect(part(el, 'error')).to.exist;
      await expect(el).to.be.accessible();
    });

    const empty = states.empty;
    if (empty) {
      it('when there is nothing to show', async () => {
        const el = await rendered<T>(empty.template(apiBase()));
        expect(empty.shown(el)).to.be.ok;
        await expect(el).to.be.accessible();
      });
    }
  });
}
