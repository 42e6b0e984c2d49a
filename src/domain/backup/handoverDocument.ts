import { format, parseISO } from 'date-fns';
import type { StoredRecord } from './format';
import { isDataUrl } from './images';
import { humanize, type TablePresentation } from './presentation';

/**
 * The readable half of a client handover: one self-contained HTML file (no scripts, no remote
 * resources) with the client profile and every register, so the client keeps its AI register when the
 * work moves in-house. All user text is escaped: markup in the data shows as text and never runs.
 */

export interface DocumentSection {
  table: string;
  presentation: TablePresentation;
  records: StoredRecord[];
}

export interface HandoverDocumentInput {
  client: StoredRecord;
  sections: DocumentSection[];
  /** Record id -> readable title, so links show "CV summaries" rather than an id. */
  titles: ReadonlyMap<string, string>;
  generatedAt: Date;
  appVersion: string;
}

const HIDDEN_FIELDS = new Set(['id', 'clientId', 'isDemo', 'createdAt', 'updatedAt']);

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function recordTitle(record: StoredRecord): string {
  for (const field of ['title', 'name', 'decision', 'description', 'field']) {
    const value = record[field];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 120);
  }
  return String(record.id ?? record.key ?? 'Record');
}

function formatTimestamp(value: string): string {
  try {
    return format(parseISO(value), 'd MMM yyyy, HH:mm');
  } catch {
    return value;
  }
}

function formatScalar(value: unknown, titles: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined || value === '') return '<span class="empty">—</span>';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return escapeHtml(Number.isFinite(value) ? value.toLocaleString('en-GB') : String(value));
  if (value instanceof Date) return escapeHtml(Number.isNaN(value.getTime()) ? 'Invalid date' : formatTimestamp(value.toISOString()));
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return '<span class="empty">(binary data)</span>';
  const text = String(value);
  if (isDataUrl(text)) return /^data:image\/(png|jpeg|svg\+xml);base64,/i.test(text) ? `<img class="image" src="${escapeHtml(text)}" alt="">` : '<span class="empty">(embedded file)</span>';
  const title = titles.get(text);
  if (title !== undefined) return escapeHtml(title);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return escapeHtml(formatTimestamp(text));
  return escapeHtml(text);
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && !(value instanceof Date) && !ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer)) return Object.values(value).every(isEmpty);
  return false;
}

export function formatValue(value: unknown, titles: ReadonlyMap<string, string>, depth = 0): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '<span class="empty">—</span>';
    if (value.every((v) => v === null || typeof v !== 'object' || v instanceof Date)) return value.map((v) => formatScalar(v, titles)).join(', ');
    return `<ol class="items">${value.map((v) => `<li>${formatValue(v, titles, depth + 1)}</li>`).join('')}</ol>`;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer)) {
    // Inside a nested block only the filled-in parts are shown (an untouched charter is one dash, not twenty).
    const entries = Object.entries(value).filter(([, v]) => !isEmpty(v));
    if (entries.length === 0) return '<span class="empty">—</span>';
    if (depth > 6) return escapeHtml(JSON.stringify(value));
    return `<dl class="nested">${entries.map(([k, v]) => `<dt>${escapeHtml(titles.get(k) ?? humanize(k))}</dt><dd>${formatValue(v, titles, depth + 1)}</dd>`).join('')}</dl>`;
  }
  return formatScalar(value, titles);
}

function visibleFields(record: StoredRecord, only?: string[]): [string, unknown][] {
  return Object.entries(record).filter(([field]) => !HIDDEN_FIELDS.has(field) && (!only || only.includes(field)));
}

function card(record: StoredRecord, titles: ReadonlyMap<string, string>, only?: string[]): string {
  const fields = visibleFields(record, only)
    .map(([field, value]) => `<dt>${escapeHtml(humanize(field))}</dt><dd>${formatValue(value, titles)}</dd>`)
    .join('');
  const stamps = [record.createdAt ? `Created ${formatScalar(record.createdAt, titles)}` : '', record.updatedAt ? `last changed ${formatScalar(record.updatedAt, titles)}` : '']
    .filter(Boolean)
    .join(' · ');
  return `<article class="record"><h3>${escapeHtml(recordTitle(record))}</h3><dl>${fields}</dl>${stamps ? `<p class="stamps">${stamps}</p>` : ''}</article>`;
}

function rowsTable(records: StoredRecord[], titles: ReadonlyMap<string, string>, only?: string[]): string {
  const columns = only ?? [...new Set(records.flatMap((r) => Object.keys(r)))].filter((c) => !HIDDEN_FIELDS.has(c));
  const head = columns.map((c) => `<th scope="col">${escapeHtml(humanize(c))}</th>`).join('');
  const body = records.map((r) => `<tr>${columns.map((c) => `<td>${formatValue(r[c], titles, 5)}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function section(index: number, s: DocumentSection, titles: ReadonlyMap<string, string>): string {
  const count = s.records.length;
  const only = s.presentation.fields;
  const content =
    count === 0
      ? '<p class="empty-register">No records in this register.</p>'
      : s.presentation.layout === 'rows'
        ? rowsTable(s.records, titles, only)
        : s.records.map((r) => card(r, titles, only)).join('');
  return `<section id="section-${index}"><h2>${escapeHtml(s.presentation.label)} <span class="count">${count}</span></h2>${content}</section>`;
}

const STYLE = `body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2330;max-width:960px;margin:40px auto;padding:0 24px}
header{border-bottom:2px solid #2f5bea;padding-bottom:16px;margin-bottom:24px}h1{margin:0 0 4px;font-size:28px}.meta{color:#5b6475;margin:0}
nav ol{columns:2;padding-left:20px}h2{font-size:20px;margin:32px 0 12px;border-bottom:1px solid #d9dde6;padding-bottom:4px}.count{color:#5b6475;font-weight:400;font-size:15px}
.record{border:1px solid #d9dde6;border-radius:8px;padding:12px 16px;margin:0 0 12px;break-inside:avoid}.record h3{margin:0 0 8px;font-size:16px}
dl{display:grid;grid-template-columns:minmax(140px,220px) 1fr;gap:4px 16px;margin:0}dt{color:#5b6475}dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
dl.nested{grid-template-columns:minmax(100px,180px) 1fr;font-size:14px}ol.items{margin:0;padding-left:18px}.empty{color:#98a0ae}.stamps{color:#98a0ae;font-size:12px;margin:8px 0 0}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #e5e8ef;padding:4px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
.image{max-width:120px;max-height:60px}.empty-register{color:#5b6475;font-style:italic}footer{margin-top:40px;color:#98a0ae;font-size:12px}
@media print{body{margin:0}section{break-before:auto}.record{break-inside:avoid}}`;

export function buildHandoverDocument(input: HandoverDocumentInput): string {
  const clientName = typeof input.client.name === 'string' ? input.client.name : 'Client';
  const sections = input.sections.filter((s) => s.presentation.inDocument);
  const toc = sections.map((s, i) => `<li><a href="#section-${i + 1}">${escapeHtml(s.presentation.label)}</a> (${s.records.length})</li>`).join('');
  const generated = format(input.generatedAt, 'd MMMM yyyy, HH:mm');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>AI register handover: ${escapeHtml(clientName)}</title><style>${STYLE}</style></head>
<body><header><h1>${escapeHtml(clientName)}: AI register handover</h1>
<p class="meta">Generated ${escapeHtml(generated)} with CAIO Desk ${escapeHtml(input.appVersion)}. The data file with the same name holds the same records for import into CAIO Desk.</p></header>
<nav aria-label="Contents"><h2>Contents</h2><ol><li><a href="#section-0">Client profile</a></li>${toc}</ol></nav>
<section id="section-0"><h2>Client profile</h2>${card(input.client, input.titles)}</section>
${sections.map((s, i) => section(i + 1, s, input.titles)).join('\n')}
<footer>All text is reproduced as entered; nothing in this document runs code or loads anything from the internet.</footer>
</body></html>
`;
}
