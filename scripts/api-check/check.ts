/**
 * `npm run api:check -- <base>`: one request of every shape the library uses, made by the library's
 * own loaders, then the questions no public source settles. Returns rows for a table and whether
 * every shape an element needs came back readable.
 */
import { recorded, type Exchange } from './recording-fetch.ts';
import { LIBRARY_SHAPES, type ShapeContext } from './library-shapes.ts';
import { findSample, WORLD_PROBES, type WorldRow } from './world-probes.ts';

export interface ShapeRow {
  shape: string;
  /** HTTP statuses of the requests the shape made, in order (0: no answer) */
  statuses: number[];
  /** 'ok', or why the library could not read the answer */
  fields: string;
  nonSupportedParams: string[];
  ms: number;
  ok: boolean;
  /** what was fetched, for api:record */
  exchanges: Exchange[];
}

export interface CheckResult {
  base: string;
  shapes: ShapeRow[];
  world: WorldRow[];
  ok: boolean;
}

function reason(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

export async function runCheck(base: string, options: { now?: Date } = {}): Promise<CheckResult> {
  const context: ShapeContext = { base, now: options.now ?? new Date() };
  const shapes: ShapeRow[] = [];
  for (const shape of LIBRARY_SHAPES) {
    const { error, exchanges } = await recorded(() => shape.run(context));
    shapes.push({
      shape: shape.name,
      statuses: exchanges.map((exchange) => exchange.status),
      fields: error === undefined ? 'ok' : reason(error),
      nonSupportedParams: [...new Set(exchanges.flatMap((exchange) => exchange.nonSupportedParams))],
      ms: exchanges.reduce((total, exchange) => total + exchange.ms, 0),
      ok: error === undefined,
      exchanges,
    });
  }
  const sample = await findSample(base);
  const world: WorldRow[] = [];
  for (const ask of WORLD_PROBES) world.push(await ask(base, sample));
  return { base, shapes, world, ok: shapes.every((row) => row.ok) };
}

/** Plain-text table: the columns padded, one row a line. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n');
}

export function report(result: CheckResult): string {
  const shapes = table(
    ['shape', 'status', 'fields the elements read', 'nonSupportedParams', 'ms'],
    result.shapes.map((row) => [row.shape, row.statuses.join(' ') || '-', row.fields, row.nonSupportedParams.join(' ') || '-', String(row.ms)]),
  );
  const world = table(['question', 'the API answers', 'ms'], result.world.map((row) => [row.question, row.answer, String(row.ms)]));
  const verdict = result.ok ? 'Every shape the elements need was answered and read.' : `${result.shapes.filter((row) => !row.ok).length} shape(s) the elements need failed.`;
  return `API: ${result.base}\n\n${shapes}\n\n${world}\n\n${verdict}`;
}
