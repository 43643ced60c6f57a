/** Date helpers. All dates are UTC so the snapshot is the same in every time zone. */
import type { Rng } from './random.js';

export const DAY_MS = 86_400_000;

/** the day the Secretariat's figures describe; the data never goes past it (except the pending ratification) */
export const FIGURES_DAY = new Date(Date.UTC(2019, 9, 1));

export function parseYmd(ymd: string): Date {
  return new Date(`${ymd}T00:00:00Z`);
}

/** `YYYY-MM-DD`, the form of record dates and treaty dates */
export function ymd(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM-DDTHH:MM:SSZ`, the form of index `_dt` fields and document timestamps */
export function isoZ(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function addYears(date: Date, years: number): Date {
  const d = new Date(date.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}

/**
 * A moment in [from, to). `skew` > 1 leans towards `to`: the Clearing-House grew every year, so
 * later years hold more records.
 */
export function between(rng: Rng, from: Date, to: Date, skew = 1): Date {
  const t = Math.pow(rng.float(), 1 / skew);
  const ms = from.getTime() + Math.floor(t * (to.getTime() - from.getTime()));
  // whole seconds: the index stores no milliseconds
  return new Date(Math.floor(ms / 1000) * 1000);
}

/** Midnight UTC of the same day: record dates (issuance, expiry, adoption) carry no time of day. */
export function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
