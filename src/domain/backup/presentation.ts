/** How a table appears in documents and lists: all optional, with readable defaults for any table. */
export interface TablePresentation {
  /** Plural title, e.g. "Use cases". */
  label: string;
  /** Sort order in the handover document and lists (lower first); unregistered tables follow by schema order. */
  order: number;
  /** `cards`: one block per record (registers); `rows`: one compact table (logs, history). */
  layout: 'cards' | 'rows';
  /** False for internal tables (settings) that a client document must not show. */
  inDocument: boolean;
  /** Only these fields in the document (e.g. a report list without its frozen snapshot); all when absent. */
  fields?: string[];
}

const ACRONYMS = new Set(['ai', 'dpia', 'kpi', 'dpa', 'eu', 'sso', 'raci', 'id', 'url', 'gdpr', 'csv', 'pdf', 'dpo', 'iso', 'soc']);

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
  return words
    .map((w, i) => acronym(w) ?? (i === 0 ? w[0].toUpperCase() + w.slice(1) : w))
    .join(' ');
}

export function defaultPresentation(name: string, schemaIndex: number): TablePresentation {
  return { label: humanize(name), order: 1000 + schemaIndex, layout: 'cards', inDocument: true };
}
