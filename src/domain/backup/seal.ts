import { sha256HexOfParts } from './checksum';
import { checksumPayloadParts, type BackupFile } from './format';

/**
 * Sealing a backup whose tables are written out one at a time: each table becomes its own text
 * (`"name":[…records…]`) as soon as it is read, so its records can be collected before the next table
 * is read; the file's text is those texts joined, exactly `JSON.stringify` of the sealed file.
 */

export type BackupHeader = Omit<BackupFile, 'checksum' | 'tables'>;

/** One table's entry of the `tables` object, its records already encoded (`encodeValue`). */
export function tableEntryText(name: string, encodedRows: readonly unknown[]): string {
  return `${JSON.stringify(name)}:${JSON.stringify(encodedRows)}`;
}

/** The `tables` object's text in parts, from its entries: joined, the text `JSON.stringify(tables)` gives. */
function tablesTextParts(entries: readonly string[]): string[] {
  const parts = ['{'];
  entries.forEach((entry, i) => parts.push(i === 0 ? entry : `,${entry}`));
  parts.push('}');
  return parts;
}

/** The checksum and the file's text of a header and its tables' entries (`tableEntryText`), in table order. */
export async function sealTableEntries(
  header: BackupHeader,
  entries: readonly string[],
): Promise<{ checksum: BackupFile['checksum']; text: string }> {
  const tables = tablesTextParts(entries);
  // Hashed part by part: the tables' text is never joined (nor copied) for the checksum.
  const [head, , end] = checksumPayloadParts({ ...header, tables: {} }, '');
  const checksum = {
    algorithm: 'SHA-256' as const,
    value: await sha256HexOfParts([head, ...tables, end]),
  };
  // Joined with `+`: V8 keeps such a join as a rope of the parts until it is read, not a second copy.
  let text = `${JSON.stringify(header).slice(0, -1)},"tables":`;
  for (const part of tables) text += part;
  return { checksum, text: `${text},"checksum":${JSON.stringify(checksum)}}` };
}
