/**
 * How a table is named in lists (CSV export, import preview): all optional, with readable defaults for any
 * table. The client handover has its own allow-list and labels (`src/domain/handover`).
 */
export interface TablePresentation {
  /** Plural title, e.g. "Use cases". */
  label: string;
  /** Sort order in lists (lower first); unregistered tables follow by schema order. */
  order: number;
}

const ACRONYMS = new Set([
  'ai',
  'dpia',
  'kpi',
  'dpa',
  'eu',
  'sso',
  'raci',
  'id',
  'url',
  'gdpr',
  'csv',
  'pdf',
  'dpo',
  'iso',
  'soc',
]);

function acronym(word: string): string | null {
  if (ACRONYMS.has(word)) return word.toUpperCase();
  if (word.endsWith('s') && ACRONYMS.has(word.slice(0, -1))) return `${word.slice(0, -1).toUpperCase()}s`;
  return null;
}

/** `businessOwner` -> "Business owner", `dpiaStatus` -> "DPIA status", `useCases` -> "Use cases". */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .split(/\s+/)
    .map((w) => w.toLowerCase());
  return words.map((w, i) => acronym(w) ?? (i === 0 ? w[0].toUpperCase() + w.slice(1) : w)).join(' ');
}

export function defaultPresentation(name: string, schemaIndex: number): TablePresentation {
  return { label: humanize(name), order: 1000 + schemaIndex };
}
