/**
 * The one way export file names are built (CSV, PDF, PPTX, DOCX, ICS, HTML forms, backups, evidence).
 * Each export composes its own readable base ("Brightside - Risks - 2026-11-26", "brightside-handover-…");
 * `fileName` makes it safe on every desktop and adds the extension.
 */

/** Path separators, the characters Windows reserves, and control characters. */
const RESERVED = /[\\/:*?"<>|\p{Cc}]/u;
const RESERVED_ALL = new RegExp(RESERVED.source, 'gu');
const MAX_BASE_LENGTH = 180;

/** True when a name has no path separator, reserved or control character (what the save dialog accepts). */
export function isSafeFileName(name: string): boolean {
  return !RESERVED.test(name);
}

/**
 * `base` with every reserved character as "-", runs of white space as one space, no leading or trailing
 * dots or spaces (".." is a folder; Windows drops trailing dots), at most 180 characters, then
 * `.extension`. An empty base becomes "export".
 */
export function fileName(base: string, extension?: string): string {
  const safe = base
    .replace(RESERVED_ALL, '-')
    .replace(/\s+/g, ' ')
    .slice(0, MAX_BASE_LENGTH)
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const name = safe || 'export';
  return extension ? `${name}.${extension.replace(/^\.+/, '')}` : name;
}

/** A slug-style part of a name: letters and digits kept, other runs as one "-" ("Van Dijk & Co" -> "Van-Dijk-Co"). */
export function namePart(text: string, maxLength = 60): string {
  return text
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/** The lower-case ASCII form of a client name for file names: "Van Dijk & Partners" -> "van-dijk-partners". */
export function fileSlug(name: string, fallback = 'client'): string {
  const slug = namePart(
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
    60,
  );
  return slug || fallback;
}
