import type { z } from 'zod';
import type { StoredRecord } from './format';

/**
 * What backup code knows about one table. Built from the live database schema (every table, none
 * named in code) plus what areas registered (a stricter schema, references the name rule cannot guess).
 */
export interface ReferenceSpec {
  /** Where the ids are: `useCaseId`, `aiSystemIds[]`, `vendors[].vendorId`. */
  path: string;
  /** The table the ids point at, or the tables (a field like `relatedIds` may hold ids of several). */
  target: string | readonly string[];
}

/** One link found in a record: the id must be a record of one of `targets` (tables that exist). */
export interface FoundReference {
  path: string;
  targets: string[];
  id: string;
}

export function specTargets(spec: ReferenceSpec): string[] {
  return typeof spec.target === 'string' ? [spec.target] : [...spec.target];
}

export interface TableDescriptor {
  name: string;
  /** Primary key property (`id` for most tables, `key` for settings). */
  keyPath: string;
  /** Auto-increment primary key (numbers allowed). */
  autoKey: boolean;
  /** Has a `clientId` index: every record belongs to one client (or is workspace-wide when null). */
  clientOwned: boolean;
  /** Stricter zod schema registered by the area that owns the table. */
  schema?: z.ZodType;
  /** Explicit references (from the registry). */
  references: ReferenceSpec[];
  /** Top-level fields the name rule must not treat as references. */
  notReferences: string[];
}

/** Reads the values at a path like `vendors[].vendorId` (arrays flattened); returns non-empty strings. */
export function valuesAtPath(record: unknown, path: string): string[] {
  let current: unknown[] = [record];
  for (const rawSegment of path.split('.')) {
    const isList = rawSegment.endsWith('[]');
    const segment = isList ? rawSegment.slice(0, -2) : rawSegment;
    const next: unknown[] = [];
    for (const value of current) {
      if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) continue;
      const child = (value as Record<string, unknown>)[segment];
      if (isList) {
        if (Array.isArray(child)) next.push(...child);
      } else next.push(child);
    }
    current = next;
  }
  return current.filter((v): v is string => typeof v === 'string' && v.length > 0);
}

/** Table names a field stem could mean: `useCase` -> useCases, `policy` -> policies, `process` -> processes. */
function pluralsOf(stem: string): string[] {
  const forms = [`${stem}s`, `${stem}es`];
  if (stem.endsWith('y')) forms.push(`${stem.slice(0, -1)}ies`);
  return forms;
}

/**
 * The name rule: a top-level field `<singular>Id` or `<singular>Ids` whose plural is a table name
 * is a reference to that table (`useCaseId` -> useCases, `riskIds` -> risks). `id` and `clientId`
 * are handled separately.
 */
export function inferredTarget(field: string, tableNames: ReadonlySet<string>): string | null {
  const match = /^([a-z][A-Za-z0-9]*?)Ids?$/.exec(field);
  if (!match || field === 'clientId') return null;
  return pluralsOf(match[1]).find((name) => tableNames.has(name)) ?? null;
}

/** Every reference of one record: explicit specs plus inferred top-level fields. */
export function referencesOf(
  record: StoredRecord,
  table: TableDescriptor,
  tableNames: ReadonlySet<string>,
): FoundReference[] {
  const found: FoundReference[] = [];
  // An explicit spec replaces the name rule for its field, but only while one of its target tables exists.
  const live = table.references
    .map((spec) => ({ spec, targets: specTargets(spec).filter((t) => tableNames.has(t)) }))
    .filter((r) => r.targets.length > 0);
  const explicitTopLevel = new Set(live.map((r) => r.spec.path.replace(/\[\]$/, '')));
  for (const { spec, targets } of live) {
    for (const id of valuesAtPath(record, spec.path)) found.push({ path: spec.path, targets, id });
  }
  for (const field of Object.keys(record)) {
    if (explicitTopLevel.has(field) || table.notReferences.includes(field) || field === table.keyPath)
      continue;
    const target = inferredTarget(field, tableNames);
    if (!target) continue;
    const path = Array.isArray(record[field]) ? `${field}[]` : field;
    for (const id of valuesAtPath(record, path)) found.push({ path, targets: [target], id });
  }
  return found;
}

export function keyOf(record: StoredRecord, table: Pick<TableDescriptor, 'keyPath'>): unknown {
  return record[table.keyPath];
}

/** Words for a table name in messages and documents: `useCases` -> "use cases". */
export function tableWords(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
}
