/**
 * Solr date values and date math: an ISO instant (`2019-10-01T00:00:00Z`, `…00.000Z`) or `NOW`,
 * followed by any number of `+N UNIT`, `-N UNIT` and `/UNIT` (rounding down), e.g. `NOW/DAY-1YEAR`.
 * All arithmetic is in UTC, as Solr's default time zone. Returns ms since the epoch, or undefined
 * when the text is not a valid Solr date (the caller answers 400, as Solr does).
 */
type Unit = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'milli';

const UNITS: Record<string, Unit> = {
  YEAR: 'year', YEARS: 'year', MONTH: 'month', MONTHS: 'month', DAY: 'day', DAYS: 'day', DATE: 'day',
  HOUR: 'hour', HOURS: 'hour', MINUTE: 'minute', MINUTES: 'minute', SECOND: 'second', SECONDS: 'second',
  MILLI: 'milli', MILLIS: 'milli', MILLISECOND: 'milli', MILLISECONDS: 'milli',
};

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/** Length of a valid ISO instant at the start of `text` (up to and including `Z`), or 0. */
function isoLength(text: string): number {
  const shape = 'dddd-dd-ddTdd:dd:dd';
  for (let i = 0; i < shape.length; i++) {
    if (shape[i] === 'd' ? !isDigit(text[i]) : text[i] !== shape[i]) return 0;
  }
  let end = shape.length;
  if (text[end] === '.') {
    end++;
    const fractionStart = end;
    while (isDigit(text[end])) end++;
    if (end === fractionStart) return 0;
  }
  return text[end] === 'Z' ? end + 1 : 0;
}

function add(ms: number, amount: number, unit: Unit): number {
  const d = new Date(ms);
  switch (unit) {
    case 'year': d.setUTCFullYear(d.getUTCFullYear() + amount); break;
    case 'month': d.setUTCMonth(d.getUTCMonth() + amount); break;
    case 'day': d.setUTCDate(d.getUTCDate() + amount); break;
    case 'hour': d.setUTCHours(d.getUTCHours() + amount); break;
    case 'minute': d.setUTCMinutes(d.getUTCMinutes() + amount); break;
    case 'second': d.setUTCSeconds(d.getUTCSeconds() + amount); break;
    case 'milli': d.setUTCMilliseconds(d.getUTCMilliseconds() + amount); break;
  }
  return d.getTime();
}

// From the largest unit down: rounding to a unit resets every smaller one.
const ORDER: readonly Unit[] = ['year', 'month', 'day', 'hour', 'minute', 'second', 'milli'];
const RESET: Record<Unit, (d: Date) => void> = {
  year: () => undefined,
  month: (d) => d.setUTCMonth(0),
  day: (d) => d.setUTCDate(1),
  hour: (d) => d.setUTCHours(0),
  minute: (d) => d.setUTCMinutes(0),
  second: (d) => d.setUTCSeconds(0),
  milli: (d) => d.setUTCMilliseconds(0),
};

function roundDown(ms: number, unit: Unit): number {
  const d = new Date(ms);
  for (const smaller of ORDER.slice(ORDER.indexOf(unit) + 1)) RESET[smaller](d);
  return d.getTime();
}

function readWord(text: string, from: number): string {
  let end = from;
  while (end < text.length && text[end]!.toUpperCase() !== text[end]!.toLowerCase()) end++;
  return text.slice(from, end);
}

export function parseDateMath(text: string, now: Date): number | undefined {
  let ms: number;
  let i: number;
  if (text.startsWith('NOW')) {
    ms = now.getTime();
    i = 3;
  } else {
    i = isoLength(text);
    if (i === 0) return undefined;
    ms = Date.parse(text.slice(0, i));
    if (Number.isNaN(ms)) return undefined;
  }
  while (i < text.length) {
    const op = text[i];
    if (op !== '+' && op !== '-' && op !== '/') return undefined;
    i++;
    let digits = '';
    if (op !== '/') {
      while (isDigit(text[i])) digits += text[i++];
      if (digits === '') return undefined;
    }
    const word = readWord(text, i);
    const unit = UNITS[word.toUpperCase()];
    if (unit === undefined) return undefined;
    i += word.length;
    ms = op === '/' ? roundDown(ms, unit) : add(ms, (op === '-' ? -1 : 1) * Number(digits), unit);
  }
  return ms;
}

/** Strict numbers for `_i`/`_d` fields (Solr rejects `12abc` and, for ints, `1.5`). */
export function parseNumber(text: string, integer: boolean): number | undefined {
  if (text.trim() === '' || text.trim() !== text) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n)) return undefined;
  return integer && !Number.isInteger(n) ? undefined : n;
}
