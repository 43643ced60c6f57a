/**
 * Failure switches for tests, understood only by the mock: `/__mock/{switches}/api/…` where
 * `{switches}` is `key=value` pairs joined by `,` (e.g. `/__mock/status=503,times=2,id=t7/api/v2013/countries/KE`).
 * A test sets the widget's `api-base` to `http://host/__mock/status=500,id=t42`; the widget knows nothing.
 */
export type Family = 'index' | 'documents' | 'countries' | 'thesaurus';
export const FAMILIES: readonly Family[] = ['index', 'documents', 'countries', 'thesaurus'];

export interface Switches {
  /** the switch string as written: the key of the `times` counter */
  raw: string;
  delay?: number;
  status?: number;
  hang: boolean;
  malformed: boolean;
  wrongshape: boolean;
  /** not a failure: country names in the countries and index answers carry XSS payloads and spreadsheet formulas */
  hostilenames: boolean;
  times?: number;
  /** the first N requests of this switch string get normal answers; the switches act from the next one on (an API that goes down) */
  after?: number;
  only?: Family;
  id?: string;
  /** how the real API may behave where no public source settles it: not a failure, see `World` */
  world: World;
}

/**
 * A possible behaviour of the real api.cbd.int that no public source settles (each key is one
 * switch; the default is what the mock does without it). Not a failure: a world applies to every
 * request of its switch string, whatever `times` and `only` say.
 */
export interface World {
  /** `strip`: local params (`{!key=…}`, `{!tag=…}`, `{!ex=…}`) are silently removed from fq and facet params */
  localparams: 'keep' | 'strip';
  /** `ignore`: `hl` and every `hl.*` param are dropped, listed in nonSupportedParams, no `highlighting` */
  hl: 'serve' | 'ignore';
  /** `last`: a GET keeps only the last value of a repeated query key (POST bodies unaffected) */
  repeated: 'all' | 'last';
  /** false: the API's own error answers (4xx/5xx of a route) carry no CORS headers */
  errorcors: boolean;
  /** `strict`: 406 unless the request accepts application/json */
  accept: 'any' | 'strict';
  /** true: Solr's `autoGeneratePhraseQueries`, an unquoted term the analyser splits is a phrase (stock Solr: its tokens ORed) */
  autophrase: boolean;
  /** `ignore`: `GET countries` answers whole countries whatever its Mongo-style projection `f` asks (default: only the fields `f` names) */
  projection: 'honour' | 'ignore';
}

export const DEFAULT_WORLD: Readonly<World> = { localparams: 'keep', hl: 'serve', repeated: 'all', errorcors: true, accept: 'any', autophrase: false, projection: 'honour' };

export class SwitchError extends Error {}

const MOCK_PREFIX = '/__mock/';
const MAX_DELAY_MS = 120_000;

function intValue(key: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (value === '' || !Number.isInteger(n) || n < min || n > max) {
    throw new SwitchError(`mock switch ${key}=${value}: expected an integer from ${min} to ${max}`);
  }
  return n;
}

function choice<T extends string>(key: string, value: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new SwitchError(`mock switch ${key}=${value}: expected ${allowed.join(' or ')}`);
  return value as T;
}

function flag(key: string, value: string): boolean {
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  throw new SwitchError(`mock switch ${key}=${value}: expected 1 or 0`);
}

export function parseSwitches(raw: string): Switches {
  const sw: Switches = { raw, hang: false, malformed: false, wrongshape: false, hostilenames: false, world: { ...DEFAULT_WORLD } };
  for (const pair of raw.split(',').filter((p) => p !== '')) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    switch (key) {
      case 'delay': sw.delay = intValue(key, value, 0, MAX_DELAY_MS); break;
      case 'status': sw.status = intValue(key, value, 400, 599); break;
      case 'times': sw.times = intValue(key, value, 0, 1_000_000); break;
      case 'after': sw.after = intValue(key, value, 0, 1_000_000); break;
      case 'hang': sw.hang = flag(key, value); break;
      case 'malformed': sw.malformed = flag(key, value); break;
      case 'wrongshape': sw.wrongshape = flag(key, value); break;
      case 'hostilenames': sw.hostilenames = flag(key, value); break;
      case 'id': sw.id = value; break;
      case 'localparams': sw.world.localparams = choice(key, value, ['keep', 'strip']); break;
      case 'hl': sw.world.hl = choice(key, value, ['serve', 'ignore']); break;
      case 'repeated': sw.world.repeated = choice(key, value, ['all', 'last']); break;
      case 'errorcors': sw.world.errorcors = flag(key, value); break;
      case 'accept': sw.world.accept = choice(key, value, ['any', 'strict']); break;
      case 'autophrase': sw.world.autophrase = flag(key, value); break;
      case 'projection': sw.world.projection = choice(key, value, ['honour', 'ignore']); break;
      case 'only':
        if (!FAMILIES.includes(value as Family)) throw new SwitchError(`mock switch only=${value}: expected one of ${FAMILIES.join('|')}`);
        sw.only = value as Family;
        break;
      default:
        throw new SwitchError(`unknown mock switch '${key}' (known: delay status hang malformed wrongshape hostilenames times after only id localparams hl repeated errorcors accept autophrase projection)`);
    }
  }
  return sw;
}

/** Splits `/__mock/{switches}/api/…` into the switches and the real path. */
export function splitMockPath(pathname: string): { switches: Switches | undefined; path: string } {
  if (!pathname.startsWith(MOCK_PREFIX)) return { switches: undefined, path: pathname };
  const rest = pathname.slice(MOCK_PREFIX.length);
  const slash = rest.indexOf('/');
  const segment = slash < 0 ? rest : rest.slice(0, slash);
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    throw new SwitchError(`mock switches are not valid URL encoding: ${segment}`);
  }
  return { switches: parseSwitches(decoded), path: slash < 0 ? '/' : rest.slice(slash) };
}

/** Counts, per switch string, the requests the switches applied to (state of one handler instance). */
export class SwitchCounters {
  private readonly seen = new Map<string, number>();

  /** Whether the switches act on this request; counts it when they do. */
  applies(sw: Switches, family: Family | undefined): boolean {
    if (sw.only !== undefined && sw.only !== family) return false;
    if (sw.times === undefined && sw.after === undefined) return true;
    const n = this.seen.get(sw.raw) ?? 0;
    this.seen.set(sw.raw, n + 1);
    const from = sw.after ?? 0;
    return n >= from && (sw.times === undefined || n - from < sw.times);
  }
}

/** Resolves after `ms`, or as soon as `signal` aborts. */
export function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

export const HANG_CAP_MS = MAX_DELAY_MS;
