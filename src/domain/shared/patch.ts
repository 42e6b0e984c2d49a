/**
 * Patches of records, as the one write path applies them. A patch maps a field name, or a dotted path
 * into a nested object or array (`scores.impact`, `texts.headlines.1`), to its new value. A path patch
 * changes only that part, so two quick edits of different parts of one field never overwrite each other.
 * A value of `undefined` removes the field. Patches are plain data: they can be journaled before they are written and replayed after a crash.
 */

export type Patch = Record<string, unknown>;

export function getPath(record: unknown, path: string): unknown {
  let current: unknown = record;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A copy of `record` with the value at `path` replaced (objects and arrays on the way are copied). */
export function setPath<T>(record: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const container = (record ?? {}) as Record<string, unknown>;
  const next =
    rest.length === 0
      ? value
      : setPath(container[head!] ?? (/^\d+$/.test(rest[0]!) ? [] : {}), rest.join('.'), value);
  if (Array.isArray(container)) {
    const copy = [...container] as unknown[];
    copy[Number(head)] = next;
    return copy as T;
  }
  const copy: Record<string, unknown> = { ...container, [head!]: next };
  // `undefined` removes the field (JSON, and so the journal, cannot hold it).
  if (next === undefined) delete copy[head!];
  return copy as T;
}

export function applyPatch<T>(record: T, patch: Patch): T {
  return Object.entries(patch).reduce((current, [path, value]) => setPath(current, path, value), record);
}

/** The top-level fields a patch touches (`scores.impact` touches `scores`). */
export function topFields(patch: Patch): string[] {
  return [...new Set(Object.keys(patch).map((path) => path.split('.')[0]!))];
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The top-level fields whose value differs between two versions of a record (bookkeeping ignored). */
export function differingFields(
  before: object,
  after: object,
  ignore: readonly string[] = ['updatedAt'],
): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (key) => !ignore.includes(key) && !sameValue(a[key], b[key]),
  );
}
