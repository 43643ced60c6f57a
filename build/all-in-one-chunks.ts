/** The part of a rolldown module graph a code-splitting `name` function is given. */
export interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null;
}

/** `from` and every module it imports statically, directly or not. */
function staticClosure(graph: ModuleGraph, from: string): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    graph.getModuleInfo(id)?.importedIds.forEach(visit);
  };
  visit(from);
  return seen;
}

/**
 * The modules of the all-in-one file: every module its entry imports statically, and every module
 * that two or more of its lazily loaded chunks (views, languages, DOMPurify) import, a lit directive
 * say: one request less per view. What one lazy chunk alone needs stays in that chunk.
 */
export function allInOneModules(graph: ModuleGraph, entry: string): Set<string> {
  const kept = staticClosure(graph, entry);
  const lazyRoots = new Set([...kept].flatMap((id) => graph.getModuleInfo(id)?.dynamicallyImportedIds ?? []));
  const sharers = new Map<string, number>();
  for (const root of lazyRoots) {
    for (const id of staticClosure(graph, root)) if (!kept.has(id)) sharers.set(id, (sharers.get(id) ?? 0) + 1);
  }
  for (const [id, count] of sharers) if (count > 1) kept.add(id);
  return kept;
}

/**
 * Rolldown's `codeSplitting` for the all-in-one file: one group, named as the entry, that holds
 * {@link allInOneModules}, so they are in the entry's own file.
 *
 * Waits for: https://github.com/rolldown/rolldown/issues/10731. Without the group, rolldown puts what
 * the entry shares with two or more lazy chunks in a chunk the entry imports first: one more round
 * trip before anything renders.
 */
export function allInOneChunks(name: string, entry: string) {
  let kept: Set<string> | undefined; // computed on the first call: rolldown passes the whole graph to each one
  return {
    groups: [{ name: (id: string, graph: ModuleGraph) => ((kept ??= allInOneModules(graph, entry)).has(id) ? name : null) }],
  };
}
