import { sha256HexOfParts } from './checksum';
import { sealTableEntries, tableEntryText } from './seal';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MAX_BACKUP_BYTES,
  backupEnvelopeSchema,
  checksumPayloadParts,
  formatBytes,
  type BackupFile,
} from './format';
import { problem, type BackupProblem, type Checked } from './problems';
import { scanJsonShape } from './scan';

/** Deepest nesting a CAIO Desk file has (file > tables > records > fields > lists of objects) with room to spare. */
export const MAX_NESTING_DEPTH = 32;

/**
 * Reads the text of a backup or client file: size, JSON, header, versions and checksum, in that
 * order, each with its own message. Records are checked afterwards (`validate.ts`).
 */

function fail(...problems: BackupProblem[]): Checked<never> {
  return { ok: false, problems };
}

/** A message of the engine saying the text ended early, without a regular expression over the text itself. */
function endedEarly(error: unknown): boolean {
  const message = (error instanceof Error ? error.message : '').toLowerCase();
  return (
    message.includes('end of json') || message.includes('end of data') || message.includes('unterminated')
  );
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

export function checkSize(bytes: number, limit = MAX_BACKUP_BYTES): BackupProblem | null {
  if (bytes > limit) {
    return problem(
      'too-large',
      `The file is ${formatBytes(bytes)}; CAIO Desk imports files up to ${formatBytes(limit)}. Check that you picked a CAIO Desk backup.`,
    );
  }
  return null;
}

export async function parseBackupText(
  text: string,
  options: { currentSchemaVersion: number; maxBytes?: number },
): Promise<Checked<BackupFile>> {
  const limit = options.maxBytes ?? MAX_BACKUP_BYTES;
  // Each UTF-16 unit is 1 to 3 bytes: more units than the limit is too large without counting.
  const tooLarge = checkSize(
    text.length * 3 <= limit || text.length > limit ? text.length : byteLength(text),
    limit,
  );
  if (tooLarge) return fail(tooLarge);
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.length === 0) return fail(problem('empty', 'The file is empty: there is nothing to import.'));
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    return fail(
      problem(
        'not-json',
        'This file is not a CAIO Desk backup: it is not JSON text (is it a PDF, spreadsheet or archive?).',
      ),
    );
  }
  // One linear pass before parsing: a structure that never closes is a cut-off file; one nested deeper than
  // any CAIO Desk file is refused here, before it can exhaust the parser or the checks after it.
  const shape = scanJsonShape(trimmed);
  if (shape.maxDepth > MAX_NESTING_DEPTH) {
    return fail(
      problem(
        'too-deep',
        `The file is nested ${shape.maxDepth} levels deep (around character ${shape.deepestAt + 1}); CAIO Desk files are at most ${MAX_NESTING_DEPTH} levels deep, so it was not made by CAIO Desk or was changed by hand. Nothing was imported: use a backup or client file exported by CAIO Desk.`,
      ),
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch (error) {
    if (shape.unclosed || endedEarly(error)) {
      return fail(
        problem(
          'truncated',
          'The file is incomplete: it stops part-way through (it was probably cut off while copying or downloading). Use another copy.',
        ),
      );
    }
    return fail(
      problem(
        'not-json',
        `The file is not valid JSON (${error instanceof Error ? error.message : 'unreadable'}). It was changed or damaged.`,
      ),
    );
  }
  if (
    raw === null ||
    typeof raw !== 'object' ||
    Array.isArray(raw) ||
    (raw as Record<string, unknown>).format !== BACKUP_FORMAT
  ) {
    return fail(
      problem(
        'not-backup',
        `This JSON file is not a CAIO Desk backup (it has no "format": "${BACKUP_FORMAT}").`,
      ),
    );
  }
  const header = raw as Record<string, unknown>;
  if (typeof header.formatVersion === 'number' && header.formatVersion > BACKUP_FORMAT_VERSION) {
    return fail(
      problem(
        'newer-format',
        `This file was made by a newer version of CAIO Desk (backup format ${header.formatVersion}; this version reads format ${BACKUP_FORMAT_VERSION}). Update CAIO Desk, then import it again.`,
      ),
    );
  }
  if (typeof header.schemaVersion === 'number' && header.schemaVersion > options.currentSchemaVersion) {
    return fail(
      problem(
        'newer-schema',
        `This file holds data from a newer version of CAIO Desk (database version ${header.schemaVersion}; this version has ${options.currentSchemaVersion}). Update CAIO Desk, then import it again.`,
      ),
    );
  }
  const envelope = backupEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    const where = issue?.path.length ? `“${issue.path.join('.')}”` : 'the header';
    return fail(
      problem(
        'bad-header',
        `The backup header is damaged: ${where} is missing or wrong (${issue?.message ?? 'invalid'}).`,
      ),
    );
  }
  const file = envelope.data as BackupFile;
  if (file.kind === 'client' && !file.clientId)
    return fail(problem('bad-header', 'The backup header is damaged: a client file must name its client.'));
  const { checksum, ...content } = file;
  // The tables as the file has them: hashing that text spares writing 40,000 records out again. A file
  // written by hand in another layout (spaces) is checked the slow way, as written out by JSON.stringify.
  const span = shape.valueSpans.get('tables');
  const tablesText = span ? trimmed.slice(span[0], span[1]).trim() : null;
  let matches =
    tablesText !== null &&
    (await sha256HexOfParts(checksumPayloadParts(content, tablesText))) === checksum.value;
  if (!matches) matches = (await sha256HexOfParts(checksumPayloadParts(content))) === checksum.value;
  if (!matches) {
    return fail(
      problem(
        'bad-checksum',
        'The checksum does not match: the file was changed or damaged after it was made, so it cannot be trusted. Nothing was imported.',
      ),
    );
  }
  return { ok: true, value: file };
}

/** Adds the checksum to a file's content. */
export async function sealBackup(content: Omit<BackupFile, 'checksum'>): Promise<BackupFile> {
  return (await sealBackupText(content)).file;
}

/**
 * The sealed file and its text (exactly `JSON.stringify(file)`), with the tables written out once for both the
 * checksum and the text (`seal.ts`, as a full backup writes them table by table).
 */
export async function sealBackupText(
  content: Omit<BackupFile, 'checksum'>,
): Promise<{ file: BackupFile; text: string }> {
  const { tables, ...header } = content;
  const entries = Object.entries(tables).map(([name, rows]) => tableEntryText(name, rows));
  const { checksum, text } = await sealTableEntries(header, entries);
  return { file: { ...header, tables, checksum }, text };
}
