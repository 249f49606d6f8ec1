import { sources, type Source } from '../content/index.js';

const byId = new Map(sources.map((source) => [source.id, source]));

/** The cited sources, in the order cited; ids missing from the list are skipped. */
export const resolveSources = (ids: readonly string[]): Source[] =>
  ids.flatMap((id) => byId.get(id) ?? []);
