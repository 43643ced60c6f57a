import { QueryError } from './errors.js';

/**
 * Solr local params at the start of a parameter value: `{!tag=a,b}query`, `{!ex=a,b key=k}field`,
 * `{!lucene q.op=AND df=title_t}text`. Values may be quoted with ' or ". The rest of the string after
 * the closing brace is returned untouched for the lucene parser.
 */
export interface LocalParams {
  /** the query parser type (`{!lucene}` or `{!type=lucene}`), if given */
  type: string | undefined;
  params: Map<string, string>;
  /** the value after the local params */
  rest: string;
}

const NONE = (rest: string): LocalParams => ({ type: undefined, params: new Map(), rest });

function readValue(text: string, from: number): { value: string; end: number } {
  const quote = text[from];
  if (quote === '"' || quote === "'") {
    let value = '';
    let i = from + 1;
    while (i < text.length && text[i] !== quote) {
      if (text[i] === '\\' && i + 1 < text.length) i++;
      value += text[i++];
    }
    if (i >= text.length) throw new Error('unterminated quoted value');
    return { value, end: i + 1 };
  }
  let end = from;
  while (end < text.length && text[end] !== ' ' && text[end] !== '}') end++;
  return { value: text.slice(from, end), end };
}

export function parseLocalParams(input: string, param: string): LocalParams {
  const text = input.trimStart();
  if (!text.startsWith('{!')) return NONE(input);
  const params = new Map<string, string>();
  let type: string | undefined;
  let i = 2;
  try {
    while (i < text.length && text[i] !== '}') {
      if (text[i] === ' ') { i++; continue; }
      let keyEnd = i;
      while (keyEnd < text.length && !' =}'.includes(text[keyEnd]!)) keyEnd++;
      const key = text.slice(i, keyEnd);
      if (text[keyEnd] === '=') {
        const { value, end } = readValue(text, keyEnd + 1);
        params.set(key, value);
        i = end;
      } else if (type === undefined && params.size === 0) {
        type = key; // the short form `{!lucene …}` names the parser first
        i = keyEnd;
      } else {
        throw new Error(`unexpected '${key}'`);
      }
    }
    if (text[i] !== '}') throw new Error("missing '}'");
  } catch (error) {
    throw new QueryError(param, `org.apache.solr.search.SyntaxError: invalid local params in '${input}': ${(error as Error).message}`);
  }
  return { type: type ?? params.get('type'), params, rest: text.slice(i + 1) };
}

/** Comma-separated tag lists (`tag=a,b`, `ex=a,b`). */
export function tagList(value: string | undefined): string[] {
  return (value ?? '').split(',').map((t) => t.trim()).filter((t) => t !== '');
}
