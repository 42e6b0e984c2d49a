/** Small HTML helpers for the handover document: everything that goes in is escaped here. */
import { escapeHtml } from '../shared/escapeHtml';

export { escapeHtml };

/** "19 Nov 2026" or "19 Nov 2026, 09:30": kept on one line. */
const DAY = /^\d{1,2} [A-Za-z]{3} \d{4}(, \d{2}:\d{2})?$/;

/** A table with a caption (its accessible name), header cells and escaped plain-text cells; a dash for an empty cell. */
export function dataTable(
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options: { captionHidden?: boolean; className?: string } = {},
): string {
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((cell) => `<td${DAY.test(cell) ? ' class="day"' : ''}>${cell.trim() ? escapeHtml(cell) : '<span class="none">—</span>'}</td>`).join('')}</tr>`,
    )
    .join('');
  // A short table is kept on one page (no header alone at the foot of a page); a long one flows, its header repeated.
  const classes = [options.className, rows.length <= 4 ? 'short' : ''].filter(Boolean).join(' ');
  const cls = classes ? ` class="${classes}"` : '';
  return `<table${cls}><caption${options.captionHidden ? ' class="visually-hidden"' : ''}>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** Label/value pairs as a two-column table (reads well on paper and to a screen reader). */
export function fieldTable(caption: string, pairs: readonly [string, string][]): string {
  const rows = pairs
    .map(
      ([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
    )
    .join('');
  return `<table class="fields"><caption class="visually-hidden">${escapeHtml(caption)}</caption><tbody>${rows}</tbody></table>`;
}
